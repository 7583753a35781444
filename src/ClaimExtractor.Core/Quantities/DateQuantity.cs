using ClaimExtractor.Core.Periods;
using ClaimExtractor.Core.Text;

namespace ClaimExtractor.Core.Quantities;

/// <summary>
/// A date used as a claim's value ("the theft in May"): a <see cref="Unit.Date"/> quantity whose low and high are the
/// <see cref="DateOnly.DayNumber"/>s of the first and last day. The claim's own period stays for the time it refers to.
/// </summary>
public static class DateQuantity
{
    /// <summary>The quantity stating <paramref name="date"/>; the date must have both ends.</summary>
    public static Quantity Of(TextSpan span, Period date)
    {
        if (date.Start is not { } start || date.End is not { } end)
        {
            throw new ArgumentException($"a date claim needs a closed period, not '{date.Label}'", nameof(date));
        }

        return new Quantity(span, start.DayNumber, start.DayNumber, end.DayNumber, Unit.Date, Qualifier.None);
    }

    /// <summary>
    /// The date a date quantity states, under its most specific label ("2024-05"); null for other units, and for
    /// bounds that are not day numbers of a date in order.
    /// </summary>
    public static Period? DateOf(Quantity quantity) =>
        quantity.Unit.Dimension == UnitDimension.Date && IsDayNumber(quantity.Low) && IsDayNumber(quantity.High) && quantity.Low <= quantity.High
            ? Period.Spanning(DateOnly.FromDayNumber((int)quantity.Low), DateOnly.FromDayNumber((int)quantity.High))
            : null;

    private static bool IsDayNumber(decimal value) =>
        value >= DateOnly.MinValue.DayNumber && value <= DateOnly.MaxValue.DayNumber && value == decimal.Truncate(value);
}
