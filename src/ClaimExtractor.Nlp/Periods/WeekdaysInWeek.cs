using ClaimExtractor.Core.Periods;
using ClaimExtractor.Nlp.Pipeline;

namespace ClaimExtractor.Nlp.Periods;

/// <summary>
/// A named week and a span of its days: "next week between Wednesday and Friday", "this week from Tue to Thur", "last
/// week, Monday to Wednesday". Both days are in that week.
/// </summary>
internal static class WeekdaysInWeek
{
    /// <summary>Reads such a span starting at token <paramref name="i"/>, or null.</summary>
    public static PeriodExpression? Read(AnalyzedDocument doc, int i, int end)
    {
        if (WeekdayReader.WeekShift(doc, i, end) is not var (shift, weekEnd))
        {
            return null;
        }

        int at = doc.Is(weekEnd, ",") ? weekEnd + 1 : weekEnd;
        bool between = doc.Is(at, "between");
        int from = between || doc.Is(at, "from") ? at + 1 : at;
        if (from + 2 >= end || PeriodWords.Weekday(doc.TokenText(from)) is not { } first
            || !(between ? doc.Is(from + 1, "and") : doc.Is(from + 1, "to") || doc.Is(from + 1, "-") || doc.Is(from + 1, "through") || doc.Is(from + 1, "until"))
            || PeriodWords.Weekday(doc.TokenText(from + 2)) is not { } last)
        {
            return null;
        }

        Period? period = doc.Published is { } p && WeekdayReader.InWeek(p, shift, first) is { Start: { } s } && WeekdayReader.InWeek(p, shift, last) is { End: { } e } && s <= e
            ? Period.Spanning(s, e) : null;
        return PeriodResolver.Make(doc, i, from + 3, period, PeriodCue.Relative);
    }
}
