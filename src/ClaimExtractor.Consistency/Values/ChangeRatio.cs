using ClaimExtractor.Core.Quantities;

namespace ClaimExtractor.Consistency.Values;

/// <summary>Reads a change claim as the ratio of the new level to the old one.</summary>
public static class ChangeRatio
{
    /// <summary>
    /// The ratio interval a change states: "doubled" is [2, 2], "more than doubled" [2, inf), "rose 21%" [1.205, 1.215],
    /// "down 2.1%" [0.9785, 0.9795]; null for quantities that are not changes.
    /// </summary>
    public static Interval? Of(Quantity quantity)
    {
        var stated = Interval.Of(quantity);
        return quantity.Change switch
        {
            QuantityChange.Multiplier => stated,
            QuantityChange.Increase when quantity.Unit.Dimension == UnitDimension.Percent =>
                new Interval(1 + stated.Low / 100, 1 + stated.High / 100),
            QuantityChange.Decrease when quantity.Unit.Dimension == UnitDimension.Percent =>
                new Interval(Math.Max(0, 1 - stated.High / 100), Math.Max(0, 1 - stated.Low / 100)),
            _ when quantity.Unit.Dimension == UnitDimension.Ratio => stated,
            _ => null,
        };
    }
}
