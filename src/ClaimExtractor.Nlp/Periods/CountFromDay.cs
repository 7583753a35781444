using ClaimExtractor.Core.Periods;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Periods;

/// <summary>
/// A stretch counted from a named day: "for 3 days from today", "for 3 days, from today", "3 days starting from next
/// Monday", "a week starting tomorrow", "2 weeks starting May 20th": from that day to the count's end.
/// </summary>
internal static class CountFromDay
{
    /// <summary>Reads a stretch from a day starting at token <paramref name="i"/> (the count, or "for" before it), or null.</summary>
    public static PeriodExpression? Read(AnalyzedDocument doc, Sentence sentence, int i)
    {
        int end = sentence.EndToken;
        bool lead = doc.Is(i, "for");
        int countAt = lead ? i + 1 : i;
        if (!Opens(doc, countAt) || CountWords.Read(doc, countAt, article: true) is not { } count
            || RelativePeriods.Unit(doc.TokenText(countAt + 1)) is not { } unit || unit == "decade")
        {
            return null;
        }

        int at = countAt + 2;
        if (doc.Is(at, ","))
        {
            at++;
        }

        // "starting from", "starting", and after "for" also a bare "from"
        bool starting = doc.Is(at, "starting");
        if (!starting && !(lead && doc.Is(at, "from")))
        {
            return null;
        }

        at += starting && doc.Is(at + 1, "from") ? 2 : 1;
        if (at >= end || DayAt(doc, sentence, at) is not { Period: { Start: { } start, End: { } last } } day || start != last)
        {
            return null;
        }

        return PeriodResolver.Make(doc, i, day.EndToken, Period.Spanning(start, RelativePeriods.Back(start, unit, -count)), PeriodCue.Relative);
    }

    // the day the stretch starts on, read from token `at`: a date, or a weekday ("Monday", "next Monday"), which a nested
    // read leaves to the weekday reader
    private static PeriodExpression? DayAt(AnalyzedDocument doc, Sentence sentence, int at)
    {
        if (PeriodResolver.Read(doc, sentence, at, nested: true) is { } day)
        {
            return day;
        }

        int weekdayAt = PeriodWords.Weekday(doc.TokenText(at)) is not null ? at : at + 1;
        return weekdayAt < sentence.EndToken && PeriodWords.Weekday(doc.TokenText(weekdayAt)) is { } weekday
            && WeekdayReader.Read(doc, sentence, weekdayAt, weekday) is { } named && named.FirstToken == at
            ? named
            : null;
    }

    /// <summary>Whether a count at token <paramref name="i"/> is followed by its unit and "starting" or "from" (cheap: no lookup).</summary>
    public static bool Opens(AnalyzedDocument doc, int i)
    {
        int at = doc.Is(i + 2, ",") ? i + 3 : i + 2;
        return doc.Is(at, "starting") || doc.Is(at, "from");
    }
}
