using ClaimExtractor.Core.Periods;
using ClaimExtractor.Nlp.Pipeline;

namespace ClaimExtractor.Nlp.Periods;

/// <summary>
/// "Earlier this month", "later this year", "earlier in the week", "later in the year": the whole publication week,
/// month or year, as the gold format labels a figure dated so (and as "so far this year" is the year).
/// </summary>
internal static class EarlierLater
{
    /// <summary>Reads such a phrase starting at token <paramref name="i"/>, or null.</summary>
    public static PeriodExpression? Read(AnalyzedDocument doc, int i, int end)
    {
        if (!(doc.Is(i, "earlier") || doc.Is(i, "later")))
        {
            return null;
        }

        int unitAt = doc.Is(i + 1, "this") ? i + 2 : doc.Is(i + 1, "in") && doc.Is(i + 2, "the") ? i + 3 : -1;
        if (unitAt < 0 || unitAt >= end)
        {
            return null;
        }

        if (doc.Is(unitAt, "year"))
        {
            return PeriodResolver.Make(doc, i, unitAt + 1, doc.Published is { } y ? Period.Year(y.Year) : null, PeriodCue.ThisYear);
        }

        Period? period = doc.Published is not { } p ? null
            : doc.Is(unitAt, "month") ? Period.Month(p.Year, p.Month)
            : doc.Is(unitAt, "week") ? RelativePeriods.Week(p, 0)
            : null;
        return doc.Is(unitAt, "month") || doc.Is(unitAt, "week") ? PeriodResolver.Make(doc, i, unitAt + 1, period, PeriodCue.Relative) : null;
    }
}
