using ClaimExtractor.Core.Claims;
using ClaimExtractor.Core.Quantities;

namespace ClaimExtractor.Consistency.Rules;

/// <summary>Which claims state a level that can be compared by value.</summary>
public static class Levels
{
    /// <summary>
    /// True for a plain, affirmed level of a known subject (or a dated total): not a share, change, threshold or date,
    /// because those are compared through their own rules or not at all.
    /// </summary>
    public static bool IsComparable(StoredClaim stored)
    {
        var claim = stored.Claim;
        var unit = claim.Quantity.Unit.Dimension;
        return claim.ShareOf is null && claim.ChangeOf is null && !claim.Negated &&
               claim.Quantity.Change == QuantityChange.None &&
               unit is not (UnitDimension.Date or UnitDimension.Ratio) &&
               !MetricKeys.IsThreshold(claim.MetricKey) &&
               (claim.Subject is not null || (claim.Scope == ClaimScope.Total && claim.Period is not null));
    }

    /// <summary>
    /// True when two aligned claims may be compared: always when dated (their keys share the period); when undated,
    /// only if their articles came out within <see cref="ConsistencyOptions.UndatedWindowDays"/> of each other
    /// (or a date is unknown), since a figure with no time scope describes the state of things when it was written.
    /// </summary>
    public static bool SameTime(StoredClaim a, StoredClaim b, ConsistencyOptions options) =>
        a.Claim.Period is not null ||
        (a.Document.Id != b.Document.Id &&
         (a.Document.Published is not { } x || b.Document.Published is not { } y || Math.Abs(x.DayNumber - y.DayNumber) <= options.UndatedWindowDays));

    /// <summary>
    /// For undated figures, true when the values are within a factor of two: outlets misreporting one figure differ
    /// modestly (212,000 vs 218,000 vehicles), while undated values far apart usually measure different things
    /// (a youth jobless rate of 11.8% vs the overall 4.3%) that the frames did not tell apart.
    /// </summary>
    public static bool PlausiblyOneFigure(StoredClaim undated, Values.Interval a, Values.Interval b)
    {
        if (undated.Claim.Period is not null)
        {
            return true;
        }

        double x = Middle(a), y = Middle(b);
        return x > 0 && y > 0 && Math.Max(x, y) / Math.Min(x, y) <= 2;
    }

    private static double Middle(Values.Interval interval) =>
        double.IsFinite(interval.High) ? (interval.Low + interval.High) / 2 : interval.Low;

    /// <summary>How much less sure a flag on undated figures is than one on dated figures.</summary>
    public static double UndatedDiscount(StoredClaim a) => a.Claim.Period is null ? 0.7 : 1;

    /// <summary>True when both claims use the same unit (different currencies are never compared by value).</summary>
    public static bool SameUnit(StoredClaim a, StoredClaim b) => a.Claim.Quantity.Unit == b.Claim.Quantity.Unit;

    /// <summary>Orders a pair by document source, then offset, so a flag reads the same whichever claim found it.</summary>
    public static (StoredClaim First, StoredClaim Second) Ordered(StoredClaim a, StoredClaim b)
    {
        int bySource = string.CompareOrdinal(a.Document.Source, b.Document.Source);
        bool aFirst = bySource < 0 || (bySource == 0 && a.Claim.Quantity.Span.Start <= b.Claim.Quantity.Span.Start);
        return aFirst ? (a, b) : (b, a);
    }
}
