using ClaimExtractor.Core.Periods;
using ClaimExtractor.Nlp.Pipeline;

namespace ClaimExtractor.Nlp.Periods;

/// <summary>
/// Days reached by counting weekdays from publication: "three Fridays from now", "two Sundays hence" (the third or
/// second such weekday after publication) and "in four business days", "in 10 working days" (Monday to Friday).
/// </summary>
internal static class WeekdayCounts
{
    /// <summary>Reads such a day starting at token <paramref name="i"/>, or null.</summary>
    public static PeriodExpression? Read(AnalyzedDocument doc, int i, int end)
    {
        // both phrases are told by the word two tokens on: a cheap test first, as this runs at every token
        if (doc.Is(i, "in") && (doc.Is(i + 2, "business") || doc.Is(i + 2, "working")) && doc.Is(i + 3, "days") && i + 3 < end
            && CountWords.Read(doc, i + 1, article: false) is { } days)
        {
            return PeriodResolver.Make(doc, i, i + 4, doc.Published is { } p ? Period.Day(WorkingDaysAfter(p, days)) : null, PeriodCue.Relative);
        }

        int after = doc.Is(i + 2, "hence") ? i + 3 : doc.Is(i + 2, "from") && (doc.Is(i + 3, "now") || doc.Is(i + 3, "today")) ? i + 4 : -1;
        if (after < 0 || after > end || Plural(doc.TokenText(i + 1)) is not { } weekday || CountWords.Read(doc, i, article: false) is not { } n)
        {
            return null;
        }

        return PeriodResolver.Make(doc, i, after, doc.Published is { } pub ? Period.Day(Nth(pub, weekday, n)) : null, PeriodCue.Relative);
    }

    // "Fridays", "sundays": the weekday a plural names
    private static DayOfWeek? Plural(ReadOnlySpan<char> word) =>
        word.Length > 4 && word[^1] is 's' ? PeriodWords.Weekday(word[..^1]) : null;

    // the nth such weekday after the day (not the day itself)
    private static DateOnly Nth(DateOnly day, DayOfWeek weekday, int n)
    {
        int ahead = ((int)weekday - (int)day.DayOfWeek + 7) % 7;
        return day.AddDays((ahead == 0 ? 7 : ahead) + (7 * (n - 1)));
    }

    private static DateOnly WorkingDaysAfter(DateOnly day, int n)
    {
        while (n > 0)
        {
            day = day.AddDays(1);
            n -= day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? 0 : 1;
        }

        return day;
    }
}
