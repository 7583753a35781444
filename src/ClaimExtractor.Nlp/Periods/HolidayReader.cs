using ClaimExtractor.Core.Periods;
using ClaimExtractor.Nlp.Pipeline;

namespace ClaimExtractor.Nlp.Periods;

/// <summary>
/// Holidays as days: "Christmas 2013", "Thanksgiving of 2012", "Black Friday of this year", "this Easter" (the
/// publication year's), "next Thanksgiving", "the following Easter" (the first after publication), "last Christmas" (the
/// latest before it); a bare one ("over
/// Thanksgiving", "Black Friday sales") is the latest on or before publication, as a bare month is.
/// </summary>
internal static class HolidayReader
{
    /// <summary>Reads a holiday starting at token <paramref name="i"/>, or null.</summary>
    public static PeriodExpression? Read(HolidayLexicon holidays, AnalyzedDocument doc, int i, int end)
    {
        if (holidays.Match(doc, i, end, out int after) is not { } holiday)
        {
            return null;
        }

        int yearAt = doc.Is(after, "of") ? after + 1 : after;
        bool next = doc.Is(i - 1, "next") || doc.Is(i - 1, "following"), last = doc.Is(i - 1, "last") || doc.Is(i - 1, "previous");
        int first = next || last || doc.Is(i - 1, "this") ? i - 1 : i;
        DateOnly? day = null;
        if (PeriodResolver.TryYear(doc, yearAt, end, out int year, out int yearEnd))
        {
            (day, after) = (holiday.In(year), yearEnd);
        }
        else if (doc.Published is { } pub && doc.Is(yearAt - 1, "of") && doc.Is(yearAt + 1, "year") && PeriodWords.MonthShift(doc, yearAt) is { } shift)
        {
            // "Black Friday of this year", "Thanksgiving of next year"
            (day, after) = (holiday.In(pub.Year + shift), yearAt + 2);
        }
        else if (doc.Published is { } p)
        {
            var latest = holiday.In(p.Year) <= p ? holiday.In(p.Year) : holiday.In(p.Year - 1);
            day = doc.Is(i - 1, "this") ? holiday.In(p.Year)
                : next ? (holiday.In(p.Year) > p ? holiday.In(p.Year) : holiday.In(p.Year + 1))
                : last ? (latest < p ? latest : holiday.In(p.Year - 1))
                : latest;
        }

        return PeriodResolver.Make(doc, first, after, day is { } d ? Period.Day(d) : null, PeriodCue.Day);
    }
}
