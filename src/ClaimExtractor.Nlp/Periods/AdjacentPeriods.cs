using ClaimExtractor.Core.Periods;
using ClaimExtractor.Nlp.Pipeline;

namespace ClaimExtractor.Nlp.Periods;

/// <summary>
/// The calendar month, quarter or year next to publication, named without "next" or "last": "the coming month" and
/// "the upcoming year" are the next ones, as is "the year ahead"; "the latest quarter" and "the most recent quarter" are
/// the last quarter ended by publication, the one a results story reports.
/// </summary>
internal static class AdjacentPeriods
{
    /// <summary>Reads such a period starting at token <paramref name="i"/>, or null.</summary>
    public static PeriodExpression? Read(AnalyzedDocument doc, int i)
    {
        DateOnly? pub = doc.Published;
        if ((doc.Is(i, "upcoming") || doc.Is(i, "coming")) && (doc.Is(i + 1, "month") || doc.Is(i + 1, "year")))
        {
            return PeriodResolver.Make(doc, i, i + 2, pub is { } p ? Next(p, doc.Is(i + 1, "year")) : null, PeriodCue.Relative);
        }

        // "in the year ahead", not "a year ahead of schedule" nor "the year ahead of the vote"
        if (doc.Is(i, "year") && doc.Is(i - 1, "the") && doc.Is(i + 1, "ahead") && !doc.Is(i + 2, "of"))
        {
            return PeriodResolver.Make(doc, i - 1, i + 2, pub is { } p ? Next(p, year: true) : null, PeriodCue.Relative);
        }

        int unit = doc.Is(i, "latest") ? i + 1 : doc.Is(i, "most") && doc.Is(i + 1, "recent") ? i + 2 : -1;
        if (unit > 0 && doc.Is(i - 1, "the") && (doc.Is(unit, "quarter") || (doc.Is(unit, "fiscal") && doc.Is(unit + 1, "quarter"))))
        {
            int end = doc.Is(unit, "quarter") ? unit + 1 : unit + 2;
            return PeriodResolver.Make(doc, i - 1, end, pub is { } p ? EndedQuarter(p) : null, PeriodCue.Part);
        }

        return null;
    }

    private static Period Next(DateOnly day, bool year) =>
        year ? Period.Year(day.Year + 1) : Period.Month(day.AddMonths(1).Year, day.AddMonths(1).Month);

    /// <summary>The last quarter whose last day is before <paramref name="day"/>.</summary>
    public static Period EndedQuarter(DateOnly day)
    {
        var previous = new DateOnly(day.Year, ((day.Month - 1) / 3 * 3) + 1, 1).AddMonths(-3);
        return Period.Quarter(previous.Year, ((previous.Month - 1) / 3) + 1);
    }
}
