using ClaimExtractor.Core.Quantities;

namespace ClaimExtractor.Consistency.Values;

/// <summary>
/// A closed interval of values in double precision, with infinite ends for open wording ("more than").
/// Comparison needs only ordering and products, where double is exact enough; stored values stay decimal.
/// </summary>
public readonly record struct Interval(double Low, double High)
{
    /// <summary>The interval of one value.</summary>
    public static Interval Point(double value) => new(value, value);

    /// <summary>The interval a quantity's wording allows; <see cref="decimal.MaxValue"/> and <see cref="decimal.MinValue"/> are open ends.</summary>
    public static Interval Of(Quantity quantity) => new(ToDouble(quantity.Low), ToDouble(quantity.High));

    /// <summary>
    /// The whole numbers a count's wording allows: "five seats" allows [4.5, 5.5] by its wording but only 5 by what it
    /// counts, so it never overlaps "four seats". Other quantities keep <see cref="Of"/>.
    /// </summary>
    public static Interval OfWholeCount(Quantity quantity)
    {
        var interval = Of(quantity);
        return quantity.Unit.Dimension == UnitDimension.Count && Math.Ceiling(interval.Low) <= Math.Floor(interval.High)
            ? new Interval(Math.Ceiling(interval.Low), Math.Floor(interval.High))
            : interval;
    }

    /// <summary>The product of two non-negative intervals (a share of a total).</summary>
    public Interval Times(Interval other) => new(Low * other.Low, High * other.High);

    /// <summary>The quotient of two positive intervals (the ratio of two levels).</summary>
    public Interval DividedBy(Interval other) =>
        new(other.High <= 0 ? double.PositiveInfinity : Low / other.High,
            other.Low <= 0 ? double.PositiveInfinity : High / other.Low);

    /// <summary>Scales both ends by a non-negative factor.</summary>
    public Interval Scale(double factor) => new(Low * factor, High * factor);

    /// <summary>Moves both ends by <paramref name="offset"/>: a ratio less one is the change it states (1.068 is +6.8%).</summary>
    public Interval Shift(double offset) => new(Low + offset, High + offset);

    /// <summary>True when the intervals overlap once each is widened by <paramref name="relativeTolerance"/> of its magnitude.</summary>
    public bool Overlaps(Interval other, double relativeTolerance)
    {
        var a = Widen(relativeTolerance);
        var b = other.Widen(relativeTolerance);
        return a.Low <= b.High && b.Low <= a.High;
    }

    /// <summary>The distance between the intervals relative to the larger finite end (0 when they overlap).</summary>
    public double RelativeGap(Interval other)
    {
        double gap = Math.Max(Low - other.High, other.Low - High);
        if (gap <= 0)
        {
            return 0;
        }

        double scale = Math.Max(FiniteMagnitude(), other.FiniteMagnitude());
        return scale <= 0 ? 1 : gap / scale;
    }

    private Interval Widen(double relativeTolerance)
    {
        double slack = FiniteMagnitude() * relativeTolerance;
        return new(Low - slack, High + slack);
    }

    private double FiniteMagnitude() =>
        Math.Max(double.IsFinite(Low) ? Math.Abs(Low) : 0, double.IsFinite(High) ? Math.Abs(High) : 0);

    private static double ToDouble(decimal value) => value switch
    {
        decimal.MaxValue => double.PositiveInfinity,
        decimal.MinValue => double.NegativeInfinity,
        _ => (double)value,
    };
}
