using System.Globalization;

namespace ClaimExtractor.Storage.Mapping;

/// <summary>
/// Decimals as text. The store keeps the invariant round-trip form (scale included) so a saved value reads back as
/// the same <see cref="decimal"/>; exports use a plain form without trailing zeros or exponent (1340000000).
/// Unbounded interval ends (<see cref="decimal.MinValue"/>, <see cref="decimal.MaxValue"/>) are stored as NULL.
/// </summary>
internal static class DecimalText
{
    public static string ToStored(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static decimal FromStored(string text) => decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);

    public static string? LowToStored(decimal low) => low == decimal.MinValue ? null : ToStored(low);

    public static string? HighToStored(decimal high) => high == decimal.MaxValue ? null : ToStored(high);

    public static decimal LowFromStored(string? text) => text is null ? decimal.MinValue : FromStored(text);

    public static decimal HighFromStored(string? text) => text is null ? decimal.MaxValue : FromStored(text);

    /// <summary>The export form: 660500000, 61, 0.5, -2.1; never an exponent.</summary>
    public static string ToPlain(decimal value)
    {
        var text = value.ToString(CultureInfo.InvariantCulture);
        if (!text.Contains('.', StringComparison.Ordinal))
        {
            return text;
        }

        text = text.TrimEnd('0');
        return text.EndsWith('.') ? text[..^1] : text;
    }
}
