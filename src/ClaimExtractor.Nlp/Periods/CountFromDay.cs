using ClaimExtractor.Core.Periods;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Periods;

/// <summary>
/// A stretch counted from a named day: "for 3 days from today", "for 3 days, from today", "3 days starting from next
/// Monday", "a week starting tomorrow", "2 weeks starting May 20th", "from today to two and a half days later": from that
/// day to the count's end.
/// </summary>
internal static class CountFromDay
{
    /// <summary>Reads a stretch from a day starting at token <paramref name="i"/> (the count, or "for" before it), or null.</summary>
    public static PeriodExpression? Read(AnalyzedDocument doc, Sentence sentence, int i)
    {
        int end = sentence.EndToken;
        if (doc.Is(i, "from"))
        {
            return ToLater(doc, sentence, i);
        }

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

    // "from today to two and half days later", "from May 3 until three weeks later": "later" counts from the range's own
    // first day (a part left over, "and a half", does not reach another day)
    private static PeriodExpression? ToLater(AnalyzedDocument doc, Sentence sentence, int from)
    {
        if (DayAt(doc, sentence, from + 1) is not { Period: { Start: { } start, End: { } last } } day || start != last
            || !(doc.Is(day.EndToken, "to") || doc.Is(day.EndToken, "until") || doc.Is(day.EndToken, "till"))
            || CountWords.Read(doc, day.EndToken + 1, article: true) is not { } count)
        {
            return null;
        }

        int unitAt = day.EndToken + 2;
        unitAt += doc.Is(unitAt, "and") && doc.Is(unitAt + 1, "half") ? 2 : doc.Is(unitAt, "and") && doc.Is(unitAt + 1, "a") && doc.Is(unitAt + 2, "half") ? 3 : 0;
        return unitAt + 1 < sentence.EndToken && RelativePeriods.Unit(doc.TokenText(unitAt)) is { } unit and not "decade" && doc.Is(unitAt + 1, "later")
            ? PeriodResolver.Make(doc, from, unitAt + 2, Period.Spanning(start, RelativePeriods.Back(start, unit, -count)), PeriodCue.Relative)
            : null;
    }

    // the day the stretch starts on, read from token `at`: a date, a day written before its month ("20th dec", "the 20th
    // of December", which the month reader reads from the month), or a weekday ("Monday", "next Monday"), which a nested
    // read leaves to the weekday reader
    private static PeriodExpression? DayAt(AnalyzedDocument doc, Sentence sentence, int at)
    {
        if (PeriodResolver.Read(doc, sentence, at, nested: true) is { } day)
        {
            return day;
        }

        if (doc.Tokens[at].Kind == TokenKind.Number || doc.Is(at, "the"))
        {
            for (int month = at + 1; month <= at + 4 && month < sentence.EndToken; month++)
            {
                if (PeriodWords.Month(doc.TokenText(month)) is not null)
                {
                    return PeriodResolver.Read(doc, sentence, month, nested: true) is { } dayFirst && dayFirst.FirstToken == at ? dayFirst : null;
                }
            }
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
