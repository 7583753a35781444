using ClaimExtractor.Core.Periods;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Periods;

/// <summary>
/// Weekdays. A bare one ("on Wednesday", "by Wednesday evening", "late Wednesday") is the latest such day on or before
/// publication: news reports what happened (the suites resolve it forward; see the peer-suite conventions); in a clause
/// that looks ahead ("will meet on Friday", <see cref="Tense"/>) it is the first on or after publication. A week
/// named with it picks the day in that week ("Tuesday next week", "on Sunday of last week", "next week on Friday",
/// "this Friday", "Friday after next"); "next Tuesday" and "the following Tuesday" are next week's, "last Tuesday" and "previous Tuesday"
/// last week's, "this coming Tuesday" the first one after publication, "this past Tuesday" the last one before it;
/// "the first Monday of March" is that day of the month; "Friday the 13th" and "Sunday 31" are read by <see cref="WeekdayWithDay"/>.
/// A weekday dates a figure; it is never a date claim of its own (see <see cref="PeriodCue.Weekday"/>).
/// </summary>
internal static class WeekdayReader
{
    /// <summary>Reads a weekday at token <paramref name="i"/> with what qualifies it before or after, or null.</summary>
    public static PeriodExpression? Read(AnalyzedDocument doc, Sentence sentence, int i, DayOfWeek weekday)
    {
        if (WeekdayWithDay.Read(doc, sentence, i, weekday) is { } numbered)
        {
            return numbered;
        }

        // "rescued since Saturday": from the latest such day to publication
        if (doc.Is(i - 1, "since"))
        {
            DateOnly? published = doc.Published;
            int sinceEnd = doc.Is(i + 1, "morning") || doc.Is(i + 1, "afternoon") || doc.Is(i + 1, "evening") || doc.Is(i + 1, "night") ? i + 2 : i + 1;
            return PeriodResolver.Make(doc, i - 1, sinceEnd,
                published is { } since ? Period.Between(Period.Day(Latest(since.AddDays(-1), weekday, 0)), Period.Day(since)) : null, PeriodCue.Since);
        }

        // "until Monday" is the end of something else; "every Monday" a habit
        if (doc.Is(i - 1, "until") || doc.Is(i - 1, "every"))
        {
            return null;
        }

        int end = sentence.EndToken;
        DateOnly? pub = doc.Published;
        if (NthInMonth(doc, sentence, i, weekday) is { } nth)
        {
            return nth;
        }

        int after = i + 1;
        if (doc.Is(after, "morning") || doc.Is(after, "afternoon") || doc.Is(after, "evening") || doc.Is(after, "night"))
        {
            after++;
        }

        // "Friday after next": the second one after publication
        if (doc.Is(after, "after") && doc.Is(after + 1, "next"))
        {
            return PeriodResolver.Make(doc, i, after + 2, pub is { } n ? Period.Day(Latest(n, weekday, 0).AddDays(14)) : null, PeriodCue.Weekday);
        }

        // "Tuesday next week", "Sunday of last week", "Monday, this week"
        int weekAt = doc.Is(after, "of") || doc.Is(after, ",") ? after + 1 : after;
        if (WeekShift(doc, weekAt, end) is var (shift, weekEnd))
        {
            return PeriodResolver.Make(doc, i, weekEnd, pub is { } p ? InWeek(p, shift, weekday) : null, PeriodCue.Weekday);
        }

        if (Modifier(doc, i) is var (first, modified))
        {
            return PeriodResolver.Make(doc, first, after, pub is { } p ? modified(p, weekday) : null, PeriodCue.Weekday);
        }

        int start = doc.Is(i - 1, "late") || doc.Is(i - 1, "early") ? i - 1 : i;
        // "officials said on Thursday", "confirmed early Thursday": the day of the report, not of the figure
        if (PeriodWords.DatesReport(doc, start))
        {
            return null;
        }

        // "the meeting will be held on Friday": the first one on or after publication
        bool ahead = Tense.Ahead(doc, sentence, start);
        return PeriodResolver.Make(doc, start, after, pub is { } d ? Period.Day(ahead ? Soonest(d, weekday) : Latest(d, weekday, 0)) : null, PeriodCue.Weekday);
    }

    /// <summary>A week and then its day, "next week on Friday", "this week Monday", "previous week - Monday", at token <paramref name="i"/>, or null.</summary>
    public static PeriodExpression? ReadWeekFirst(AnalyzedDocument doc, int i, int end)
    {
        if (WeekShift(doc, i, end) is not var (shift, weekEnd))
        {
            return null;
        }

        int at = doc.Is(weekEnd, "on") || doc.Is(weekEnd, ",") || doc.Is(weekEnd, "-") ? weekEnd + 1 : weekEnd;
        if (at >= end || PeriodWords.Weekday(doc.TokenText(at)) is not { } weekday)
        {
            return null;
        }

        return PeriodResolver.Make(doc, i, at + 1, doc.Published is { } p ? InWeek(p, shift, weekday) : null, PeriodCue.Weekday);
    }

    // "the first Monday of March", "the second Tuesday in next month", "the last Friday of July": that day of the month;
    // "the second Sunday" closing the phrase (not "last Sunday", last week's), "the first Monday of the month": in the
    // publication month
    private static PeriodExpression? NthInMonth(AnalyzedDocument doc, Sentence sentence, int i, DayOfWeek weekday)
    {
        int at = WeekReader.Ordinal(doc, i - 1, i, out int n, out int after) && after == i ? i - 1
            : WeekReader.Ordinal(doc, i - 2, i, out n, out after) && after == i ? i - 2 : -1;
        if (at < sentence.FirstToken)
        {
            return null;
        }

        DateOnly start, last;
        int end;
        bool ofMonth = doc.Is(i + 1, "of") || doc.Is(i + 1, "in");
        // "the second Sunday." and "the first Monday of the month" are in the publication month
        if ((ofMonth && doc.Is(i + 2, "the") && doc.Is(i + 3, "month")) || (!ofMonth && n > 0 && (i + 1 >= sentence.EndToken || doc.Tokens[i + 1].Kind == TokenKind.Punct)))
        {
            if (doc.Published is not { } p)
            {
                return null;
            }

            (start, end) = (new DateOnly(p.Year, p.Month, 1), ofMonth ? i + 4 : i + 1);
            last = start.AddMonths(1).AddDays(-1);
        }
        else if (!ofMonth || PeriodResolver.Read(doc, sentence, i + 2, nested: true) is not { Period: { Start: { } s, End: { } l } } month
            || month.FirstToken != i + 2 || s.Day != 1 || l != s.AddMonths(1).AddDays(-1))
        {
            return null;
        }
        else
        {
            (start, last, end) = (s, l, month.EndToken);
        }

        var day = n == 0 ? last.AddDays(-(((int)last.DayOfWeek - (int)weekday + 7) % 7))
            : start.AddDays((((int)weekday - (int)start.DayOfWeek + 7) % 7) + (7 * (n - 1)));
        int first = doc.Is(at - 1, "the") ? at - 1 : at;
        // "the fifth Sunday" of a month with four names no day
        return PeriodResolver.Make(doc, first, end, day > last ? null : Period.Day(day), PeriodCue.Day);
    }

    // the weekday word's modifier before it: where the phrase starts and how it resolves
    private static (int First, Func<DateOnly, DayOfWeek, Period> Resolve)? Modifier(AnalyzedDocument doc, int i)
    {
        if (doc.Is(i - 1, "coming") || doc.Is(i - 1, "upcoming"))
        {
            int first = doc.Is(i - 2, "this") || doc.Is(i - 2, "the") ? i - 2 : i - 1;
            return (first, (p, d) => Period.Day(Latest(p, d, 0).AddDays(7)));
        }

        if (doc.Is(i - 1, "past") && doc.Is(i - 2, "this"))
        {
            return (i - 2, (p, d) => Period.Day(Latest(p, d, 1)));
        }

        int shift = doc.Is(i - 1, "next") || doc.Is(i - 1, "following") ? 1 : doc.Is(i - 1, "this") ? 0 : doc.Is(i - 1, "last") || doc.Is(i - 1, "previous") ? -1 : 2;
        if (shift == 2)
        {
            return null;
        }

        int start = doc.Is(i - 2, "the") && (doc.Is(i - 1, "following") || doc.Is(i - 1, "previous")) ? i - 2 : i - 1;
        return (start, (p, d) => InWeek(p, shift, d));
    }

    // "next week", "this week", "last week", "the following week", "the previous week", "current week": (shift, end token)
    internal static (int Shift, int End)? WeekShift(AnalyzedDocument doc, int i, int end)
    {
        int at = doc.Is(i, "the") ? i + 1 : i;
        if (at + 1 >= end || !doc.Is(at + 1, "week"))
        {
            return null;
        }

        return doc.Is(at, "this") || doc.Is(at, "current") ? (0, at + 2)
            : doc.Is(at, "next") || doc.Is(at, "following") || doc.Is(at, "coming") ? (1, at + 2)
            : doc.Is(at, "last") || doc.Is(at, "previous") ? (-1, at + 2)
            : null;
    }

    // the weekday in the Monday-to-Sunday week `shift` weeks from the publication's
    internal static Period InWeek(DateOnly pub, int shift, DayOfWeek weekday)
    {
        var monday = pub.AddDays(-(((int)pub.DayOfWeek + 6) % 7) + (7 * shift));
        return Period.Day(monday.AddDays(((int)weekday + 6) % 7));
    }

    // the first such weekday on or after publication
    private static DateOnly Soonest(DateOnly pub, DayOfWeek weekday) => pub.AddDays(((int)weekday - (int)pub.DayOfWeek + 7) % 7);

    // the latest such weekday at least `gap` days before publication
    private static DateOnly Latest(DateOnly pub, DayOfWeek weekday, int gap)
    {
        var from = pub.AddDays(-gap);
        return from.AddDays(-(((int)from.DayOfWeek - (int)weekday + 7) % 7));
    }
}
