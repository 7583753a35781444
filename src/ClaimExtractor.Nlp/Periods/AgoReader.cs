using ClaimExtractor.Core.Periods;
using ClaimExtractor.Nlp.Pipeline;

namespace ClaimExtractor.Nlp.Periods;

/// <summary>
/// Counting back from publication: "two years ago", "three days earlier", "6 months ago", "1 month and 21 days ago",
/// "2 years, 1 month ago". Years or months alone name the whole year or month back ("two years ago, sales were $4
/// million"), years and months the month; with weeks or days the count is exact, to the day.
/// </summary>
internal static class AgoReader
{
    /// <summary>Reads a count back starting at token <paramref name="i"/>, or null.</summary>
    public static PeriodExpression? Read(AnalyzedDocument doc, int i, int end, DateOnly? pub)
    {
        // only a unit word after the first count can start one; most tokens stop here
        if (i + 2 >= end || RelativePeriods.Unit(doc.TokenText(i + 1)) is null or "decade")
        {
            return null;
        }

        var back = pub;
        bool exact = false, months = false;
        int parts = 0, at = i;
        while (at + 1 < end && CountWords.Read(doc, at, article: parts == 0) is { } count && RelativePeriods.Unit(doc.TokenText(at + 1)) is { } u and not "decade")
        {
            back = back is { } b ? RelativePeriods.Back(b, u, count) : null;
            exact |= u is "day" or "week";
            months |= u == "month";
            parts++;
            at += 2;
            // "1 month, 21 days ago", "1 month and 21 days ago"
            if ((doc.Is(at, ",") || doc.Is(at, "and")) && CountWords.Read(doc, at + 1, article: false) is not null)
            {
                at++;
            }
        }

        if (parts == 0 || !(doc.Is(at, "ago") || doc.Is(at, "earlier")))
        {
            return null;
        }

        Period? period = back is not { } day ? null
            : exact ? Period.Day(day)
            : months ? Period.Month(day.Year, day.Month)
            : Period.Year(day.Year);
        return PeriodResolver.Make(doc, i, at + 1, period, PeriodCue.Relative);
    }
}
