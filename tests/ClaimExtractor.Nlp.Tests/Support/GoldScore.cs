using System.Globalization;
using System.Text.Json;
using ClaimExtractor.Core.Claims;
using ClaimExtractor.Core.Quantities;
using ClaimExtractor.Core.Text;

namespace ClaimExtractor.Nlp.Tests.Support;

/// <summary>
/// Scores predicted claims against a <c>gold.json</c> as GOLD-FORMAT.md says: same document, the predicted span
/// overlaps the gold quote's first occurrence at or after the gold <c>start</c>, same unit, value within 0.5% (for
/// dates, the period label equals the gold value). Each prediction matches at most one gold claim.
/// </summary>
internal sealed record GoldScore(int Gold, int Predicted, int Matched, int SubjectRight, int PeriodRight, IReadOnlyList<string> Misses, IReadOnlyList<string> Extras)
{
    public double Precision => Predicted == 0 ? 0 : (double)Matched / Predicted;

    public double Recall => Gold == 0 ? 0 : (double)Matched / Gold;

    public double SubjectAccuracy => Matched == 0 ? 0 : (double)SubjectRight / Matched;

    public double PeriodAccuracy => Matched == 0 ? 0 : (double)PeriodRight / Matched;

    public static GoldScore Score(JsonElement gold, IReadOnlyDictionary<string, (string Text, IReadOnlyList<Claim> Claims)> predictions)
    {
        int goldCount = 0, matched = 0, subjects = 0, periods = 0;
        var used = new HashSet<Claim>(ReferenceEqualityComparer.Instance);
        var misses = new List<string>();
        foreach (var g in gold.GetProperty("claims").EnumerateArray())
        {
            goldCount++;
            string doc = g.GetProperty("doc").GetString()!; // gold format: every claim names its document
            var (text, claims) = predictions[doc];
            string quote = g.GetProperty("quote").GetString()!;
            int from = g.TryGetProperty("start", out var s) ? s.GetInt32() : 0;
            int at = text.IndexOf(quote, Math.Min(from, text.Length), StringComparison.OrdinalIgnoreCase);
            var goldSpan = new TextSpan(at, at + quote.Length);
            var hit = at < 0 ? null : claims.FirstOrDefault(c => !used.Contains(c) && c.Quantity.Span.Overlaps(goldSpan) && Agrees(g, c));
            if (hit is null)
            {
                misses.Add($"{doc}: {g.GetProperty("id").GetString()} '{quote}'");
                continue;
            }

            used.Add(hit);
            matched++;
            subjects += SubjectAgrees(g, hit) ? 1 : 0;
            periods += string.Equals(Label(g, "period"), hit.Period?.Label, StringComparison.Ordinal) ? 1 : 0;
        }

        var extras = predictions.SelectMany(p => p.Value.Claims.Where(c => !used.Contains(c)).Select(c => $"{p.Key}: '{c.Quote}' {c.MetricKey}")).ToList();
        int predicted = predictions.Sum(p => p.Value.Claims.Count);
        return new GoldScore(goldCount, predicted, matched, subjects, periods, misses, extras);
    }

    private static bool Agrees(JsonElement g, Claim c)
    {
        string unit = g.GetProperty("unit").GetString()!;
        if (!string.Equals(unit, c.Quantity.Unit.Code, StringComparison.Ordinal))
        {
            return false;
        }

        var value = g.GetProperty("value");
        if (unit == "date")
        {
            return string.Equals(value.GetString(), DateQuantity.DateOf(c.Quantity)?.Label, StringComparison.Ordinal);
        }

        if (value.ValueKind == JsonValueKind.Array)
        {
            return Close(value[0].GetDecimal(), c.Quantity.Low) && Close(value[1].GetDecimal(), c.Quantity.High);
        }

        return Close(value.GetDecimal(), c.Quantity.Value);
    }

    private static bool Close(decimal want, decimal got) => Math.Abs(want - got) <= Math.Abs(want) * 0.005m;

    private static bool SubjectAgrees(JsonElement g, Claim c)
    {
        if (c.Subject is null)
        {
            return g.GetProperty("subject").ValueKind == JsonValueKind.Null;
        }

        var names = new List<string?> { g.GetProperty("subject").GetString() };
        if (g.TryGetProperty("subject_aliases", out var aliases))
        {
            names.AddRange(aliases.EnumerateArray().Select(a => a.GetString()));
        }

        return names.Any(n => string.Equals(n, c.Subject.Name, StringComparison.OrdinalIgnoreCase));
    }

    private static string? Label(JsonElement g, string field) =>
        g.TryGetProperty(field, out var p) && p.ValueKind != JsonValueKind.Null ? p.ToString() : null;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"claims: gold {Gold}, predicted {Predicted}, matched {Matched}; precision {Precision:0.000}, recall {Recall:0.000}; subject accuracy {SubjectAccuracy:0.000}, period accuracy {PeriodAccuracy:0.000}");
}
