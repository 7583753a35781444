using ClaimExtractor.Core.Claims;
using ClaimExtractor.Core.Quantities;

namespace ClaimExtractor.Consistency.Rules;

/// <summary>Which claims state a level that can be compared by value.</summary>
public static class Levels
{
    /// <summary>
    /// True for a plain, dated, affirmed level of a known subject (or a total): not a share, change, threshold or date,
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
               claim.Period is not null &&
               (claim.Subject is not null || claim.Scope == ClaimScope.Total);
    }

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
