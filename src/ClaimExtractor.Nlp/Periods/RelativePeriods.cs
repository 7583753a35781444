using ClaimExtractor.Core.Periods;
using ClaimExtractor.Nlp.Pipeline;

namespace ClaimExtractor.Nlp.Periods;

/// <summary>
/// Relative expressions resolved against the publication date: "today", "yesterday", "tomorrow", "the day before
/// yesterday"; "this/last/next/coming/upcoming/current week|weekend|quarter", "the last/next fortnight"; "the week after next"; "two years ago", "three days earlier" (<see cref="AgoReader"/>).
/// Weeks run Monday to Sunday. A day word right after a reporting verb ("said yesterday") dates the report, not a figure.
/// </summary>
internal static class RelativePeriods
{
    /// <summary>Reads a relative expression starting at token <paramref name="i"/>, or null.</summary>
    public static PeriodExpression? Read(AnalyzedDocument doc, int i, int end)
    {
        DateOnly? pub = doc.Published;
        // "the day before yesterday", "day after tomorrow"
        int dayAt = doc.Is(i, "the") ? i + 1 : i;
        if (doc.Is(dayAt, "day") && (doc.Is(dayAt + 1, "before") && doc.Is(dayAt + 2, "yesterday") || doc.Is(dayAt + 1, "after") && IsTomorrow(doc, dayAt + 2)))
        {
            int shift = doc.Is(dayAt + 1, "before") ? -2 : 2;
            return PeriodResolver.Make(doc, i, dayAt + 3, pub is { } p ? Period.Day(p.AddDays(shift)) : null, PeriodCue.Weekday);
        }

        if (doc.Is(i, "today") || doc.Is(i, "yesterday") || IsTomorrow(doc, i))
        {
            if (PeriodWords.DatesReport(doc, i))
            {
                return null;
            }

            int shift = doc.Is(i, "today") ? 0 : doc.Is(i, "yesterday") ? -1 : 1;
            return PeriodResolver.Make(doc, i, i + 1, pub is { } p ? Period.Day(p.AddDays(shift)) : null, PeriodCue.Weekday);
        }

        // "the last weekend of the festival", "the last week of trading": the final one of something, not last week
        if (doc.Is(i, "last") && doc.Is(i - 1, "the") && doc.Is(i + 2, "of"))
        {
            return null;
        }

        if (Shift(doc, i) is { } by && i + 1 < end)
        {
            // "this week-end" is the weekend
            bool weekEnd = doc.Is(i + 1, "week") && doc.Is(i + 2, "-") && doc.Is(i + 3, "end");
            if (doc.Is(i + 1, "weekend") || weekEnd)
            {
                return PeriodResolver.Make(doc, i, weekEnd ? i + 4 : i + 2, pub is { } p ? Weekend(p, by) : null, PeriodCue.Relative);
            }

            if (doc.Is(i + 1, "week"))
            {
                return PeriodResolver.Make(doc, i, i + 2, pub is { } p ? Week(p, by) : null, PeriodCue.Relative);
            }

            // "the last fortnight", "over the next fortnight": the fourteen days up to or after publication
            if (doc.Is(i + 1, "fortnight") && by != 0)
            {
                int first = doc.Is(i - 1, "the") ? i - 1 : i;
                return PeriodResolver.Make(doc, first, i + 2, pub is { } p ? (by < 0 ? Period.Spanning(p.AddDays(-14), p) : Period.Spanning(p.AddDays(1), p.AddDays(14))) : null, PeriodCue.Relative);
            }

            if (doc.Is(i + 1, "quarter") || doc.Is(i + 1, "qtr"))
            {
                return PeriodResolver.Make(doc, i, i + 2, pub is { } p ? Quarter(p, by) : null, PeriodCue.Relative);
            }

            // "this decade" is the calendar decade; "over the next decade", "the past decade" are ten years or so, open
            if (doc.Is(i + 1, "decade"))
            {
                int first = doc.Is(i - 1, "the") ? i - 1 : i;
                return by == 0
                    ? PeriodResolver.Make(doc, first, i + 2, pub is { } p ? Decades(p) : null, PeriodCue.Relative)
                    : PeriodResolver.Make(doc, first, i + 2, null, PeriodCue.Open);
            }
        }

        return Stretch(doc, i, end, pub) ?? AgoReader.Read(doc, i, end, pub) ?? Recent(doc, i, pub) ?? AfterNext(doc, i, pub);
    }

    // "the week after next", "the month after the next", "the year after next": two units on
    private static PeriodExpression? AfterNext(AnalyzedDocument doc, int i, DateOnly? pub)
    {
        int nextAt = doc.Is(i + 3, "the") ? i + 4 : i + 3;
        if (!doc.Is(i + 2, "after") || !doc.Is(i, "the") || !doc.Is(nextAt, "next")
            || !(doc.Is(i + 1, "week") || doc.Is(i + 1, "weekend") || doc.Is(i + 1, "month") || doc.Is(i + 1, "year")))
        {
            return null;
        }

        Period? period = pub is not { } p ? null
            : doc.Is(i + 1, "week") ? Week(p, 2)
            : doc.Is(i + 1, "weekend") ? Weekend(p, 2)
            : doc.Is(i + 1, "month") ? Period.Month(p.AddMonths(2).Year, p.AddMonths(2).Month)
            : Period.Year(p.Year + 2);
        return PeriodResolver.Make(doc, i, nextAt + 1, period, PeriodCue.Relative);
    }

    // "over the weekend", "on weekend" (the latest one begun by publication), "the year to date", "year-to-date" (the publication year,
    // as "so far this year" is), "the past week", "the past year" (counted back from publication)
    private static PeriodExpression? Recent(AnalyzedDocument doc, int i, DateOnly? pub)
    {
        // ("the weekend after next" is two on)
        int weekendEnd = doc.Is(i, "the") && doc.Is(i + 1, "weekend") && !doc.Is(i + 2, "after") ? i + 2
            : doc.Is(i, "weekend") && (doc.Is(i - 1, "on") || doc.Is(i - 1, "over") || doc.Is(i - 1, "at")) ? i + 1 : -1;
        if (weekendEnd > 0)
        {
            return PeriodResolver.Make(doc, i, weekendEnd, pub is { } p ? LatestWeekend(p) : null, PeriodCue.Relative);
        }

        // "this past weekend", "this past week": as "over the weekend", "the past week"
        if (doc.Is(i, "this") && doc.Is(i + 1, "past"))
        {
            return doc.Is(i + 2, "weekend") ? PeriodResolver.Make(doc, i, i + 3, pub is { } pw ? LatestWeekend(pw) : null, PeriodCue.Relative)
                : Unit(doc.TokenText(i + 2)) is { } passed and not "decade" && !doc.TokenText(i + 2).EndsWith('s')
                    ? PeriodResolver.Make(doc, i, i + 3, pub is { } pp ? Period.Spanning(Back(pp, passed, 1), pp) : null, PeriodCue.Relative)
                : null;
        }

        int first = doc.Is(i - 1, "the") ? i - 1 : i;
        bool hyphens = doc.Is(i + 1, "-") && doc.Is(i + 3, "-");
        if (doc.Is(i, "year") && (hyphens ? doc.Is(i + 2, "to") && doc.Is(i + 4, "date") : doc.Is(i + 1, "to") && doc.Is(i + 2, "date")))
        {
            return PeriodResolver.Make(doc, first, hyphens ? i + 5 : i + 3, pub is { } p ? Period.Year(p.Year) : null, PeriodCue.ThisYear);
        }

        if (doc.Is(i, "past") && doc.Is(i - 1, "the") && Unit(doc.TokenText(i + 1)) is { } unit and not "decade" && !doc.TokenText(i + 1).EndsWith('s'))
        {
            return PeriodResolver.Make(doc, first, i + 2, pub is { } p ? Period.Spanning(Back(p, unit, 1), p) : null, PeriodCue.Relative);
        }

        return null;
    }

    // "the past three weeks", "last 3 years", "the next 10 days", "the past few days", "the last two decades" (twenty years
    // back, not two calendar decades): up to or from publication. "The past few years" is open, as "in recent years" is.
    private static PeriodExpression? Stretch(AnalyzedDocument doc, int i, int end, DateOnly? pub)
    {
        int direction = doc.Is(i, "past") || doc.Is(i, "last") || doc.Is(i, "previous") || doc.Is(i, "prior") ? -1
            : doc.Is(i, "next") || doc.Is(i, "coming") || doc.Is(i, "upcoming") || doc.Is(i, "following") ? 1 : 0;
        int unitAt = i + 2;
        if (direction == 0 || unitAt >= end || Unit(doc.TokenText(unitAt)) is not { } unit)
        {
            return null;
        }

        int first = doc.Is(i - 1, "the") ? i - 1 : i;
        // "the past few days", "the next few weeks" count three, as "a few days ago" does; a few months or years stay open
        bool few = doc.Is(i + 1, "few") && unit is "day" or "week";
        if (!few && (doc.Is(i + 1, "few") || doc.Is(i + 1, "several")))
        {
            return PeriodResolver.Make(doc, first, unitAt + 1, null, PeriodCue.Open);
        }

        if ((few ? 3 : CountWords.Read(doc, i + 1, article: false)) is not { } count)
        {
            return null;
        }

        if (pub is not { } p)
        {
            return PeriodResolver.Make(doc, first, unitAt + 1, null, PeriodCue.Relative);
        }

        var period = direction < 0 ? Period.Spanning(Back(p, unit, count), p) : Period.Spanning(p.AddDays(1), Back(p, unit, -count));
        return PeriodResolver.Make(doc, first, unitAt + 1, period, PeriodCue.Relative);
    }

    private static readonly string[] Units = ["day", "week", "fortnight", "month", "quarter", "year", "decade"];

    internal static string? Unit(ReadOnlySpan<char> word)
    {
        var unit = word.EndsWith("s", StringComparison.OrdinalIgnoreCase) ? word[..^1] : word;
        foreach (string name in Units)
        {
            if (unit.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return name;
            }
        }

        return null;
    }

    internal static DateOnly Back(DateOnly day, string unit, int count) => unit switch
    {
        "day" => day.AddDays(-count),
        "week" => day.AddDays(-7 * count),
        "fortnight" => day.AddDays(-14 * count),
        "month" => day.AddMonths(-count),
        "quarter" => day.AddMonths(-3 * count),
        "decade" => day.AddYears(-10 * count),
        _ => day.AddYears(-count),
    };

    // the calendar decade of a day
    private static Period Decades(DateOnly day)
    {
        int current = day.Year / 10 * 10;
        return Period.Between(Period.Year(current), Period.Year(current + 9));
    }

    // this/current = 0, next/coming = 1, last/previous = -1; "the" before "coming"/"previous" is part of the phrase
    private static int? Shift(AnalyzedDocument doc, int i)
    {
        if (doc.Is(i, "this") || doc.Is(i, "current"))
        {
            return 0;
        }

        if (doc.Is(i, "next") || doc.Is(i, "coming") || doc.Is(i, "upcoming"))
        {
            return 1;
        }

        return doc.Is(i, "last") || doc.Is(i, "previous") ? -1 : null;
    }

    private static bool IsTomorrow(AnalyzedDocument doc, int i) => doc.Is(i, "tomorrow") || doc.Is(i, "tmrw");

    internal static Period Week(DateOnly day, int shift)
    {
        var monday = day.AddDays(-(((int)day.DayOfWeek + 6) % 7) + 7 * shift);
        return Period.Spanning(monday, monday.AddDays(6));
    }

    // the latest weekend begun by the day
    private static Period LatestWeekend(DateOnly day) => Weekend(day.AddDays(-1), 0) is var w && w.Start > day ? Weekend(day, -1) : w;

    private static Period Weekend(DateOnly day, int shift)
    {
        var saturday = day.AddDays(5 - (((int)day.DayOfWeek + 6) % 7) + 7 * shift);
        return Period.Spanning(saturday, saturday.AddDays(1));
    }

    private static Period Quarter(DateOnly day, int shift)
    {
        var first = new DateOnly(day.Year, ((day.Month - 1) / 3 * 3) + 1, 1).AddMonths(3 * shift);
        return Period.Quarter(first.Year, ((first.Month - 1) / 3) + 1);
    }
}
