using System.Collections.Frozen;
using ClaimExtractor.Core.Periods;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Periods;

/// <summary>
/// Relative expressions resolved against the publication date: "today", "yesterday", "tomorrow", "the day before
/// yesterday"; "this/last/next/coming/current week|weekend|quarter"; "two years ago", "three days earlier".
/// Weeks run Monday to Sunday. A day word right after a reporting verb ("said yesterday") dates the report, not a figure.
/// </summary>
internal static class RelativePeriods
{
    private static readonly FrozenDictionary<string, int> SmallNumbers = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = 1,
        ["an"] = 1,
        ["one"] = 1,
        ["two"] = 2,
        ["three"] = 3,
        ["four"] = 4,
        ["five"] = 5,
        ["six"] = 6,
        ["seven"] = 7,
        ["eight"] = 8,
        ["nine"] = 9,
        ["ten"] = 10,
        ["twelve"] = 12,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Reads a relative expression starting at token <paramref name="i"/>, or null.</summary>
    public static PeriodExpression? Read(AnalyzedDocument doc, int i, int end)
    {
        DateOnly? pub = doc.Published;
        if (doc.Is(i, "the") && doc.Is(i + 1, "day") && (doc.Is(i + 2, "before") && doc.Is(i + 3, "yesterday") || doc.Is(i + 2, "after") && IsTomorrow(doc, i + 3)))
        {
            int shift = doc.Is(i + 2, "before") ? -2 : 2;
            return PeriodResolver.Make(doc, i, i + 4, pub is { } p ? Period.Day(p.AddDays(shift)) : null, PeriodCue.Weekday);
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

        if (Shift(doc, i) is { } by && i + 1 < end)
        {
            if (doc.Is(i + 1, "week"))
            {
                return PeriodResolver.Make(doc, i, i + 2, pub is { } p ? Week(p, by) : null, PeriodCue.Relative);
            }

            if (doc.Is(i + 1, "weekend"))
            {
                return PeriodResolver.Make(doc, i, i + 2, pub is { } p ? Weekend(p, by) : null, PeriodCue.Relative);
            }

            if (doc.Is(i + 1, "quarter"))
            {
                return PeriodResolver.Make(doc, i, i + 2, pub is { } p ? Quarter(p, by) : null, PeriodCue.Relative);
            }
        }

        return Ago(doc, i, end, pub);
    }

    // "two years ago", "three days earlier", "6 months ago": a year or month is the whole unit, a week or day the day
    private static PeriodExpression? Ago(AnalyzedDocument doc, int i, int end, DateOnly? pub)
    {
        if (i + 2 >= end || !(doc.Is(i + 2, "ago") || doc.Is(i + 2, "earlier")))
        {
            return null;
        }

        int count;
        if (SmallNumbers.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(doc.TokenText(i), out int word))
        {
            count = word;
        }
        else if (doc.Tokens[i].Kind == TokenKind.Number && int.TryParse(doc.TokenText(i), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int digits) && digits is > 0 and < 200)
        {
            count = digits;
        }
        else
        {
            return null;
        }

        var unit = doc.TokenText(i + 1).TrimEnd('s');
        Period? period = null;
        if (pub is { } p)
        {
            period = unit switch
            {
                "year" => Period.Year(p.Year - count),
                "month" => Period.Month(p.AddMonths(-count).Year, p.AddMonths(-count).Month),
                "week" => Period.Day(p.AddDays(-7 * count)),
                "day" => Period.Day(p.AddDays(-count)),
                _ => null,
            };
        }

        return unit is "year" or "month" or "week" or "day" ? PeriodResolver.Make(doc, i, i + 3, period, PeriodCue.Relative) : null;
    }

    // this/current = 0, next/coming = 1, last/previous = -1; "the" before "coming"/"previous" is part of the phrase
    private static int? Shift(AnalyzedDocument doc, int i)
    {
        if (doc.Is(i, "this") || doc.Is(i, "current"))
        {
            return 0;
        }

        if (doc.Is(i, "next") || doc.Is(i, "coming"))
        {
            return 1;
        }

        return doc.Is(i, "last") || doc.Is(i, "previous") ? -1 : null;
    }

    private static bool IsTomorrow(AnalyzedDocument doc, int i) => doc.Is(i, "tomorrow") || doc.Is(i, "tmrw");

    private static Period Week(DateOnly day, int shift)
    {
        var monday = day.AddDays(-(((int)day.DayOfWeek + 6) % 7) + 7 * shift);
        return Period.Spanning(monday, monday.AddDays(6));
    }

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
