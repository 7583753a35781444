using ClaimExtractor.Core.Periods;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Periods;

/// <summary>
/// A weekday with a day of the month and no month: "Friday the 13th", "Tuesday, the 15th", "until Tuesday the 15th",
/// "Tuesday the eleventh", "Sunday 31", "Monday 21 between 9:30 and 3 pm". The day is the nearest such day of a month, either side of
/// publication, that falls on that weekday.
/// </summary>
internal static class WeekdayWithDay
{
    /// <summary>Reads such a day after the weekday at token <paramref name="i"/>, or null.</summary>
    public static PeriodExpression? Read(AnalyzedDocument doc, Sentence sentence, int i, DayOfWeek weekday)
    {
        DateOnly? pub = doc.Published;
        int dayAt = doc.Is(i + 1, ",") ? i + 2 : i + 1;
        if (doc.Is(dayAt, "the") && MonthReader.ReadDayOfMonth(doc, sentence, dayAt, pub, dated: true) is { } dayOfMonth)
        {
            var named = dayOfMonth.Period?.Start is { } day && pub is { } near && Nearest(near, day.Day, weekday) is { } match ? Period.Day(match) : dayOfMonth.Period;
            return PeriodResolver.Make(doc, i, dayOfMonth.EndToken, named, PeriodCue.Day);
        }

        // a day in words after "the" ("Tuesday the eleventh", "Friday the fifteen"), or a bare day number, closing the phrase
        int end = sentence.EndToken;
        bool read = doc.Is(dayAt, "the")
            ? DayWords.TryOrdinal(doc, dayAt + 1, end, out int day2, out int dayEnd) || DayWords.TryCardinal(doc, dayAt + 1, end, out day2, out dayEnd)
                || Teen(doc, dayAt + 1, end, out day2, out dayEnd)
            : NumericDates.TryDay(doc, i + 1, end, out day2, out dayEnd) && dayEnd == i + 2;
        return read && pub is { } now && Closes(doc, dayEnd, end) && Nearest(now, day2, weekday) is { } numbered
            ? PeriodResolver.Make(doc, i, dayEnd, Period.Day(numbered), PeriodCue.Day)
            : null;
    }

    // a day number ends the phrase: the end, a clause's punctuation, or a time or range of times after it ("Friday 13
    // people" is a count; "Monday 12-4", "Thursday 8:00" are hours)
    private static bool Closes(AnalyzedDocument doc, int at, int end) =>
        at >= end || doc.TokenText(at) is "," or ";" or "." or "!" or "?" or ")" || doc.Is(at, "at") || doc.Is(at, "between") || doc.Is(at, "from");

    // "fifteen" in "Friday the fifteen": a single number word from ten to thirty (under ten, "the three" are people)
    private static bool Teen(AnalyzedDocument doc, int i, int end, out int day, out int after)
    {
        after = i + 1;
        day = i < end && NumberNames.Values.TryGetValue(doc.TokenText(i), out int n) ? n : 0;
        return day is >= 10 and <= 31;
    }

    // the day-th nearest publication that falls on the weekday, within a year either side
    private static DateOnly? Nearest(DateOnly pub, int day, DayOfWeek weekday)
    {
        DateOnly? best = null;
        for (int shift = -12; shift <= 12; shift++)
        {
            var month = pub.AddMonths(shift);
            if (day <= DateTime.DaysInMonth(month.Year, month.Month) && new DateOnly(month.Year, month.Month, day) is var candidate
                && candidate.DayOfWeek == weekday && (best is not { } b || Math.Abs(candidate.DayNumber - pub.DayNumber) < Math.Abs(b.DayNumber - pub.DayNumber)))
            {
                best = candidate;
            }
        }

        return best;
    }
}
