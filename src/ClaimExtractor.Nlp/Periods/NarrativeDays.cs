using ClaimExtractor.Core.Periods;
using ClaimExtractor.Nlp.Pipeline;

namespace ClaimExtractor.Nlp.Periods;

/// <summary>
/// Days told from the story's own time, not from publication: "the next day", "the following day", "the previous day",
/// "a day later", "two weeks later", and the week, month or quarter next to one the sentence names ("the previous week",
/// "the preceding month", "the following quarter"). Read only where the sentence names the day they count from before them ("was
/// arrested on Monday and charged the next day", "closed at $5 on Friday, up from $4.80 the previous day"): that day
/// moved by the count. With no such day in the sentence they point at a time of the story told elsewhere, which
/// publication does not give, and stay unread.
/// </summary>
internal static class NarrativeDays
{
    /// <summary>
    /// Reads such a day starting at token <paramref name="i"/>, counted from the last expression of
    /// <paramref name="earlier"/> (the sentence's expressions so far) when it names one day; else null.
    /// </summary>
    public static PeriodExpression? Read(AnalyzedDocument doc, int i, int end, IReadOnlyList<PeriodExpression> earlier)
    {
        if (NextTo(doc, i, end, earlier) is { } adjacent)
        {
            return adjacent;
        }

        if (earlier.Count == 0 || earlier[^1] is not { Period: { Start: { } day, End: { } last } } || day != last)
        {
            return null;
        }

        // "the next day", "the following day", "the previous day", "the preceding day"
        if (doc.Is(i, "the") && doc.Is(i + 2, "day") && i + 2 < end)
        {
            int shift = doc.Is(i + 1, "next") || doc.Is(i + 1, "following") ? 1 : doc.Is(i + 1, "previous") || doc.Is(i + 1, "preceding") ? -1 : 0;
            return shift == 0 ? null : PeriodResolver.Make(doc, i, i + 3, Period.Day(day.AddDays(shift)), PeriodCue.Relative);
        }

        // "a day later", "two days later", "three weeks later"
        int days = RelativePeriods.Unit(doc.TokenText(i + 1)) switch { "day" => 1, "week" => 7, _ => 0 };
        return days > 0 && i + 2 < end && doc.Is(i + 2, "later") && CountWords.Read(doc, i, article: true) is { } count
            ? PeriodResolver.Make(doc, i, i + 3, Period.Day(day.AddDays(count * days)), PeriodCue.Relative)
            : null;
    }

    // "up from 1,640 the previous week" after "the week ending Oct. 5", "from 4.4% the previous month" after "in
    // September", "the preceding quarter" after "the third quarter": the week, month or quarter before (or, "the following
    // month", after) the one the sentence names last, not the one before publication
    private static PeriodExpression? NextTo(AnalyzedDocument doc, int i, int end, IReadOnlyList<PeriodExpression> earlier)
    {
        if (earlier.Count == 0 || !doc.Is(i, "the") || i + 2 >= end || earlier[^1].Period is not { Start: { } start, End: { } last })
        {
            return null;
        }

        int shift = doc.Is(i + 1, "next") || doc.Is(i + 1, "following") ? 1
            : doc.Is(i + 1, "previous") || doc.Is(i + 1, "preceding") || doc.Is(i + 1, "prior") ? -1 : 0;
        int months = start.Day == 1 && last.AddDays(1).Day == 1 ? ((last.Year - start.Year) * 12) + last.Month - start.Month + 1 : 0;
        var unit = doc.TokenText(i + 2);
        Period? period = shift == 0 ? null
            : unit.Equals("week", StringComparison.OrdinalIgnoreCase) && last.DayNumber - start.DayNumber == 6 ? Period.Spanning(start.AddDays(7 * shift), last.AddDays(7 * shift))
            : unit.Equals("month", StringComparison.OrdinalIgnoreCase) && months == 1 ? Period.Spanning(start.AddMonths(shift), start.AddMonths(shift + 1).AddDays(-1))
            : unit.Equals("quarter", StringComparison.OrdinalIgnoreCase) && months == 3 && start.Month % 3 == 1 ? Period.Spanning(start.AddMonths(3 * shift), start.AddMonths((3 * shift) + 3).AddDays(-1))
            : null;
        return period is null ? null : PeriodResolver.Make(doc, i, i + 3, period, PeriodCue.Relative);
    }
}
