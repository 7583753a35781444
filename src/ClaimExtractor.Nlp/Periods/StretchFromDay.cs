using ClaimExtractor.Core.Periods;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Periods;

/// <summary>
/// A stretch of days counted from the day it began: "the 12-day holiday period that began Nov. 22" is 22 November to 3
/// December, "the 10-day period beginning Friday" ten days from that Friday; not the one day its start names.
/// </summary>
internal static class StretchFromDay
{
    // how many words may stand between the stretch's length and its noun: "the 12-day Thanksgiving holiday travel period"
    private const int Reach = 4;

    private static readonly WordSet StretchNouns = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "period", "stretch", "window", "span", "spell", "run");

    private static readonly WordSet StartWords = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "began", "begins", "beginning", "begun", "started", "starts", "starting", "from");

    /// <summary>Widens each single day in <paramref name="found"/> that starts a counted stretch to the whole stretch.</summary>
    public static void Settle(AnalyzedDocument doc, List<PeriodExpression> found)
    {
        for (int k = 0; k < found.Count; k++)
        {
            var day = found[k];
            int start = day.FirstToken - 1;
            if (day.Period is not { Start: { } first, End: { } last } || first != last || !doc.IsAny(start, StartWords))
            {
                continue;
            }

            int noun = doc.Is(start - 1, "that") || doc.Is(start - 1, "which") ? start - 2 : doc.Is(start - 1, "has") && doc.Is(start - 2, "that") ? start - 3 : start - 1;
            if (!doc.IsAny(noun, StretchNouns) || Length(doc, noun) is not { } days)
            {
                continue;
            }

            found[k] = day with { Period = Period.Spanning(first, first.AddDays(days - 1)), Cue = PeriodCue.Relative };
        }
    }

    // the days a duration right before the stretch's noun counts ("12-day", "two-week"), or null
    private static int? Length(AnalyzedDocument doc, int noun)
    {
        foreach (var q in doc.Quantities)
        {
            if (q.EndToken <= noun && q.EndToken >= noun - Reach && q.Form == Quantities.QuantityForm.Measure && q.Quantity.Value is > 0 and <= 366
                && q.Quantity.Value % 1 == 0 && (q.Quantity.Unit.Code is "day" or "week"))
            {
                return (int)q.Quantity.Value * (q.Quantity.Unit.Code == "week" ? 7 : 1);
            }
        }

        return null;
    }
}
