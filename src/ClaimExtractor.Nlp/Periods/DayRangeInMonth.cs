using ClaimExtractor.Core.Periods;
using ClaimExtractor.Nlp.Pipeline;

namespace ClaimExtractor.Nlp.Periods;

/// <summary>
/// Days of a month named relative to publication: "the 20th of next month", "the 5th day of this month", "from 4 to 22 this month", "between 4 and 22 this month", "4 till 23
/// of this month", "from 4-23 in next month", "the 5th to the 9th of last month". Days that do not fit the month leave
/// the range unresolved.
/// </summary>
internal static class DayRangeInMonth
{
    /// <summary>Reads a day range in this, next or last month starting at token <paramref name="i"/>, or null.</summary>
    public static PeriodExpression? Read(AnalyzedDocument doc, int i, int end)
    {
        bool between = doc.Is(i, "between");
        int at = between || doc.Is(i, "from") ? i + 1 : i;
        if (!between && at == i && Day(doc, at, end, out int only, out int onlyEnd) && Single(doc, onlyEnd) is { } single)
        {
            return doc.Published is { } pub && pub.AddMonths(single.Shift) is var m && only <= DateTime.DaysInMonth(m.Year, m.Month)
                ? PeriodResolver.Make(doc, i, single.End, Period.Day(new DateOnly(m.Year, m.Month, only)), PeriodCue.Day)
                : PeriodResolver.Make(doc, i, single.End, null, PeriodCue.Day);
        }

        if (!Day(doc, at, end, out int first, out int after) || !(doc.Is(after, "to") || doc.Is(after, "till") || doc.Is(after, "until")
            || doc.Is(after, "through") || doc.Is(after, "-") || (between && doc.Is(after, "and")))
            || !Day(doc, after + 1, end, out int last, out int lastEnd) || last <= first)
        {
            return null;
        }

        int shiftAt = doc.Is(lastEnd, "of") || doc.Is(lastEnd, "in") ? lastEnd + 1 : lastEnd;
        if (!doc.Is(shiftAt + 1, "month") || PeriodWords.MonthShift(doc, shiftAt) is not { } shift)
        {
            return null;
        }

        Period? period = null;
        if (doc.Published is { } p && p.AddMonths(shift) is var month && last <= DateTime.DaysInMonth(month.Year, month.Month))
        {
            period = Period.Between(Period.Day(new DateOnly(month.Year, month.Month, first)), Period.Day(new DateOnly(month.Year, month.Month, last)));
        }

        return PeriodResolver.Make(doc, i, shiftAt + 2, period, PeriodCue.Day);
    }

    // "of next month", "day of this month", "in last month" after a single day, not before a possessive ("20 of this
    // month's applicants" is a count): the month's shift and the token after the phrase
    private static (int Shift, int End)? Single(AnalyzedDocument doc, int after)
    {
        int at = doc.Is(after, "day") ? after + 1 : after;
        if (!(doc.Is(at, "of") || (doc.Is(at, "in") && at == after)) || !doc.Is(at + 2, "month") || doc.Is(at + 3, "'s") || doc.Is(at + 3, "’s"))
        {
            return null;
        }

        return PeriodWords.MonthShift(doc, at + 1) is { } shift ? (shift, at + 3) : null;
    }

    // "4", "4th", "the 4th"
    private static bool Day(AnalyzedDocument doc, int i, int end, out int day, out int after) =>
        NumericDates.TryDay(doc, doc.Is(i, "the") ? i + 1 : i, end, out day, out after);

}
