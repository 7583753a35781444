using System.Globalization;
using System.Text.Json;
using ClaimExtractor.Core.Quantities;

namespace ClaimExtractor.Nlp.Tests.PeerSuites;

/// <summary>
/// An expected numeric value as the suites write it: a point ("94000", 5, "61%") or an interval ("[20,30)",
/// <c>{"from":10,"to":20}</c>, quantulum3's value ± uncertainty) whose missing end is open.
/// </summary>
internal sealed record PeerValue(decimal? Point, decimal? Low, decimal? High, bool IsRange)
{
    public static PeerValue? Read(JsonElement expected)
    {
        if (!expected.TryGetProperty("value", out var value))
        {
            return null;
        }

        var read = value.ValueKind switch
        {
            JsonValueKind.Number => Number(value) is { } n ? new PeerValue(n, null, null, false) : null,
            JsonValueKind.String => Text(value.GetString() ?? ""),
            JsonValueKind.Object => new PeerValue(null, Bound(value, "from"), Bound(value, "to"), true),
            _ => null,
        };
        if (read is { IsRange: false, Point: { } point } && expected.TryGetProperty("uncertainty", out var u) && Number(u) is { } spread && spread != 0)
        {
            // quantulum3 writes "8- to 16-meter" as 12 ± 4.
            return new PeerValue(null, point - spread, point + spread, true);
        }

        return read;
    }

    public PeerValue Scaled(decimal factor) => new(Point * factor, Low * factor, High * factor, IsRange);

    /// <summary>True when <paramref name="q"/> states this value: the same point, or the same ends (an open end must be open).</summary>
    public bool Agrees(Quantity q)
    {
        if (!IsRange)
        {
            return Point is { } p && Close(p, q.Value);
        }

        if (Low is { } from && High is { } to && from == to)
        {
            // "[20,20]": exactly 20
            return Close(from, q.Value);
        }

        bool low = Low is not { } l || Close(l, q.Low);
        bool high = High is { } h ? Close(h, q.High) : q.High == decimal.MaxValue;
        return low && high;
    }

    public override string ToString() => IsRange
        ? $"[{Low?.ToString(CultureInfo.InvariantCulture) ?? "-inf"}, {High?.ToString(CultureInfo.InvariantCulture) ?? "+inf"}]"
        : Point?.ToString(CultureInfo.InvariantCulture) ?? "?";

    private static bool Close(decimal want, decimal got) => Math.Abs(want - got) <= Math.Max(Math.Abs(want) * 0.000001m, 0.0000001m);

    private static decimal? Bound(JsonElement interval, string name) =>
        interval.TryGetProperty(name, out var b) && b.ValueKind == JsonValueKind.Number ? Number(b) : null;

    private static decimal? Number(JsonElement number) =>
        number.ValueKind != JsonValueKind.Number ? null
        : number.TryGetDecimal(out decimal d) ? d
        : Fits(number.GetDouble());

    private static PeerValue? Text(string text)
    {
        text = text.Trim().TrimEnd('%');
        if (text.Length > 2 && text[0] is '[' or '(' && text[^1] is ']' or ')')
        {
            string[] ends = text[1..^1].Split(',');
            return ends.Length == 2 ? new PeerValue(null, Parse(ends[0]), Parse(ends[1]), true) : null;
        }

        return Parse(text) is { } point ? new PeerValue(point, null, null, false) : null;
    }

    private static decimal? Parse(string text) =>
        decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal d) ? d
        : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double x) ? Fits(x)
        : null;

    private static decimal? Fits(double x) => double.IsFinite(x) && Math.Abs(x) < 7.9e28 ? (decimal)x : null;
}
