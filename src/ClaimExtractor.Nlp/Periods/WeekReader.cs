using ClaimExtractor.Core.Periods;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Periods;

/// <summary>
/// Weeks named by a day or a place in a month or year, Monday to Sunday: "the week of April 10", "the week commencing
/// February 4", "w/c Feb 4" (the week holding that day); "the first week of October", "the third week of this month",
/// "the last week of 2016", "the third week next year", "the second last week of October 2018". Week n of a month or year counts as ISO 8601 does: the first is the one holding the 4th.
/// </summary>
internal static class WeekReader
{
    /// <summary>Reads a named week starting at token <paramref name="i"/>, or null.</summary>
    public static PeriodExpression? Read(AnalyzedDocument doc, Sentence sentence, int i)
    {
        int at = doc.Is(i, "the") ? i + 1 : i;
        // every phrase here has "week" (or "w/c") within four tokens: a cheap test first, as this runs at every token
        if (!doc.Is(at, "week") && !doc.Is(at + 1, "week") && !doc.Is(at + 2, "week") && !doc.Is(at + 3, "week") && !doc.Is(at, "w"))
        {
            return null;
        }

        if (DayAt(doc, at) is { } dayAt)
        {
            // "the week of the 18th": a day of the month alone is the latest such day
            var day = PeriodResolver.Read(doc, sentence, dayAt, nested: true) ?? MonthReader.ReadDayOfMonth(doc, sentence, dayAt, doc.Published, dated: true);
            return day is { Period: { Start: { } s, End: { } e } } && s == e && day.FirstToken == dayAt
                ? PeriodResolver.Make(doc, i, day.EndToken, Holding(s), PeriodCue.Relative)
                : null;
        }

        if (!Ordinal(doc, at, sentence.EndToken, out int n, out int weekAt))
        {
            return null;
        }

        // "the third last week of 2018", "2nd last week of October": counted back from the last
        bool fromEnd = n > 0 && doc.Is(weekAt, "last");
        weekAt += fromEnd ? 1 : 0;
        if (!doc.Is(weekAt, "week") || WholeAt(doc, weekAt + 1, at > i) is not { } wholeAt)
        {
            return null;
        }

        var whole = Whole(doc, sentence, wholeAt);
        if (whole is not { Period: { Start: { } start, End: { } end } } || whole.FirstToken != wholeAt || start.Day != 1)
        {
            return null;
        }

        bool month = start.Month == end.Month && start.Year == end.Year && end.AddDays(1).Day == 1;
        bool year = start.Month == 1 && end.Month == 12 && end.Day == 31 && start.Year == end.Year;
        if (!month && !year)
        {
            return null;
        }

        // ISO 8601: the first week holds the 4th day, the last holds the 4th-last
        var week = n == 0 ? Holding(end.AddDays(-3)) : fromEnd ? Holding(end.AddDays(-3 - (7 * (n - 1)))) : Holding(start.AddDays(3 + (7 * (n - 1))));
        return week.End > end.AddDays(3) ? null : PeriodResolver.Make(doc, i, whole.EndToken, week, PeriodCue.Relative);
    }

    // where the month or year of "the third week of May" starts; after "the", "of" may go before "next year", "this
    // month" ("said last week this year would be hard" is no week of the year)
    private static int? WholeAt(AnalyzedDocument doc, int at, bool afterThe) =>
        doc.Is(at, "of") ? at + 1
        : afterThe && (doc.Is(at, "next") || doc.Is(at, "this") || doc.Is(at, "last")) && (doc.Is(at + 1, "year") || doc.Is(at + 1, "month")) ? at : null;

    // the month or year a week is counted in: "of May", "of next year", "of 2027", "of two thousand and twenty seven"
    // (a spelled year standing alone is a count, after "the nth week of" it is the year)
    private static PeriodExpression? Whole(AnalyzedDocument doc, Sentence sentence, int at) =>
        PeriodResolver.Read(doc, sentence, at, nested: true)
        ?? (SpelledYears.TryRead(doc, at, sentence.EndToken, standalone: false, out int year, out int after)
            ? PeriodResolver.Make(doc, at, after, Period.Year(year), PeriodCue.Year)
            : null);

    // where the day of "the week of DAY", "the week commencing DAY", "w/c DAY" starts
    private static int? DayAt(AnalyzedDocument doc, int at)
    {
        if (doc.Is(at, "week"))
        {
            if (doc.Is(at + 1, "of"))
            {
                return at + 2;
            }

            if (doc.Is(at + 1, "commencing") || doc.Is(at + 1, "beginning") || doc.Is(at + 1, "starting"))
            {
                return doc.Is(at + 2, "on") ? at + 3 : at + 2;
            }
        }

        bool glued = at + 2 < doc.Tokens.Count && doc.Tokens[at + 1].Start == doc.Tokens[at].End && doc.Tokens[at + 2].Start == doc.Tokens[at + 1].End;
        return glued && doc.Is(at, "w") && doc.Is(at + 1, "/") && doc.Is(at + 2, "c") ? at + 3 : null;
    }

    /// <summary>"first" to "fifth", "1st" to "5th", or "last" (0) at token <paramref name="i"/>.</summary>
    internal static bool Ordinal(AnalyzedDocument doc, int i, int end, out int n, out int after)
    {
        after = i + 1;
        n = doc.Is(i, "first") ? 1 : doc.Is(i, "second") ? 2 : doc.Is(i, "third") ? 3 : doc.Is(i, "fourth") ? 4 : doc.Is(i, "fifth") ? 5 : doc.Is(i, "last") ? 0 : -1;
        if (n >= 0)
        {
            return true;
        }

        return NumericDates.TryDay(doc, i, end, out n, out after) && after == i + 2 && n <= 5;
    }

    // the Monday-to-Sunday week holding a day
    private static Period Holding(DateOnly day)
    {
        var monday = day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
        return Period.Spanning(monday, monday.AddDays(6));
    }
}
