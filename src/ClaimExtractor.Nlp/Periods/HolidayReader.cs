using ClaimExtractor.Core.Periods;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Periods;

/// <summary>
/// Holidays as days: "Christmas 2013", "Thanksgiving of 2012", "Black Friday of this year", "this Easter" (the
/// publication year's), "next Thanksgiving", "the following Easter" (the first after publication), "last Christmas" (the
/// latest before it); a bare one ("over Thanksgiving", "Black Friday sales") is the latest on or before publication, as a
/// bare month is, unless it is at most a month ahead or the clause looks ahead (<see cref="Tense"/>): then the coming one.
/// </summary>
internal static class HolidayReader
{
    // how near a holiday must be to be the one a bare mention speaks of
    private const int UpcomingDays = 31;

    /// <summary>Reads a holiday starting at token <paramref name="i"/>, or null.</summary>
    public static PeriodExpression? Read(HolidayLexicon holidays, AnalyzedDocument doc, Sentence sentence, int i)
    {
        int end = sentence.EndToken;
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
            var soonest = holiday.In(p.Year) > p ? holiday.In(p.Year) : holiday.In(p.Year + 1);
            day = doc.Is(i - 1, "this") ? holiday.In(p.Year)
                : next ? soonest
                : last ? (latest < p ? latest : holiday.In(p.Year - 1))
                : Upcoming(doc, sentence, first, p, soonest) ? soonest
                : latest;
        }

        return PeriodResolver.Make(doc, first, after, day is { } d ? Period.Day(d) : null, PeriodCue.Day);
    }

    // "Black Friday deals" two weeks before it, "will travel over Thanksgiving": the coming one, as the season's sales
    // and plans speak of it; a month or more ahead, or with no cue, the latest one
    private static bool Upcoming(AnalyzedDocument doc, Sentence sentence, int first, DateOnly pub, DateOnly soonest) =>
        soonest.DayNumber - pub.DayNumber <= UpcomingDays || Tense.Ahead(doc, sentence, first);
}
