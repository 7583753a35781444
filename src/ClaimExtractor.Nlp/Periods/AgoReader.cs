using ClaimExtractor.Core.Periods;
using ClaimExtractor.Nlp.Pipeline;

namespace ClaimExtractor.Nlp.Periods;

/// <summary>
/// Counting back from publication: "two years ago", "three days earlier", "6 months ago", "1 month and 21 days ago",
/// "2 years, 1 month ago", "a few days ago" (three). Years or months alone name the whole year or month back ("two years ago, sales were $4
/// million"), years and months the month; with weeks or days the count is exact, to the day.
/// </summary>
internal static class AgoReader
{
    /// <summary>Reads a count back starting at token <paramref name="i"/>, or null.</summary>
    public static PeriodExpression? Read(AnalyzedDocument doc, int i, int end, DateOnly? pub)
    {
        if (Few(doc, i, end, pub) is { } few)
        {
            return few;
        }

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
            exact |= u is "day" or "week" or "fortnight";
            months |= u is "month" or "quarter";
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

    // "a few days ago", "few weeks earlier", "a few months ago": three units back, as the suites count a few; "a few years
    // ago" stays unread (a year three back is more than the writer said)
    private static PeriodExpression? Few(AnalyzedDocument doc, int i, int end, DateOnly? pub)
    {
        int at = doc.Is(i, "a") ? i + 1 : i;
        if (at + 2 >= end || !doc.Is(at, "few") || RelativePeriods.Unit(doc.TokenText(at + 1)) is not { } unit || unit is "year" or "decade"
            || !(doc.Is(at + 2, "ago") || doc.Is(at + 2, "earlier")))
        {
            return null;
        }

        var back = pub is { } p ? RelativePeriods.Back(p, unit, 3) : (DateOnly?)null;
        Period? period = back is not { } day ? null : unit == "month" ? Period.Month(day.Year, day.Month) : Period.Day(day);
        return PeriodResolver.Make(doc, i, at + 3, period, PeriodCue.Relative);
    }
}
