using ClaimExtractor.Core.Periods;
using ClaimExtractor.Nlp.Pipeline;

namespace ClaimExtractor.Nlp.Periods;

/// <summary>
/// "The rest of the year", "the remainder of this month", "rest of the week", "for the rest of the quarter": from
/// publication to the end of the week (Monday to Sunday), month, quarter or year it falls in.
/// </summary>
internal static class RestOfPeriod
{
    /// <summary>Reads the rest of a period starting at token <paramref name="i"/>, or null.</summary>
    public static PeriodExpression? Read(AnalyzedDocument doc, int i, int end)
    {
        if (!doc.Is(i, "rest") && !doc.Is(i, "remainder"))
        {
            return null;
        }

        int at = doc.Is(i + 1, "of") ? i + 2 : i + 1;
        if (doc.Is(at, "the") || doc.Is(at, "this") || doc.Is(at, "my") || doc.Is(at, "our"))
        {
            at++;
        }

        if (at >= end || !(doc.Is(at, "week") || doc.Is(at, "month") || doc.Is(at, "quarter") || doc.Is(at, "year")))
        {
            return null;
        }

        int first = doc.Is(i - 1, "the") ? i - 1 : i;
        Period? period = doc.Published is { } p ? Period.Spanning(p, EndOf(doc, at, p)) : null;
        return PeriodResolver.Make(doc, first, at + 1, period, PeriodCue.Relative);
    }

    private static DateOnly EndOf(AnalyzedDocument doc, int unit, DateOnly day) =>
        doc.Is(unit, "week") ? day.AddDays(6 - (((int)day.DayOfWeek + 6) % 7))
        : doc.Is(unit, "month") ? new DateOnly(day.Year, day.Month, DateTime.DaysInMonth(day.Year, day.Month))
        : doc.Is(unit, "quarter") ? new DateOnly(day.Year, ((day.Month - 1) / 3 * 3) + 1, 1).AddMonths(3).AddDays(-1)
        : new DateOnly(day.Year, 12, 31);
}
