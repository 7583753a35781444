using System.Globalization;
using System.Text.Json;

namespace ClaimExtractor.Nlp.Tests.Support;

/// <summary>Field comparisons for spec expectations; each returns a failure line or null.</summary>
internal static class Expect
{
    public static string? Decimal(JsonElement expected, string field, decimal actual)
    {
        if (!expected.TryGetProperty(field, out var e))
        {
            return null;
        }

        decimal want = e.GetDecimal();
        decimal tolerance = Math.Abs(want) * 0.000001m + 0.01m;
        return Math.Abs(actual - want) <= tolerance ? null : $"{field}: expected {want.ToString(CultureInfo.InvariantCulture)}, got {actual.ToString(CultureInfo.InvariantCulture)}";
    }

    public static string? Text(JsonElement expected, string field, string? actual)
    {
        if (!expected.TryGetProperty(field, out var e))
        {
            return null;
        }

        string? want = e.ValueKind == JsonValueKind.Null ? null : e.GetString();
        return string.Equals(want, actual, StringComparison.Ordinal) ? null : $"{field}: expected {want ?? "null"}, got {actual ?? "null"}";
    }
}
