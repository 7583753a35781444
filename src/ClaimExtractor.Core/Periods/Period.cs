using System.Globalization;

namespace ClaimExtractor.Core.Periods;

/// <summary>
/// The time a figure refers to, as an inclusive date range with the gold-format label
/// (<c>2024</c>, <c>2024-05</c>, <c>2024-Q3</c>, <c>2024-H1</c>, <c>2024-12-19</c>, or <c>START/END</c>).
/// An open period ("in recent years") has a null start or end.
/// </summary>
public sealed record Period(DateOnly? Start, DateOnly? End, string Label)
{
    /// <summary>A calendar year.</summary>
    public static Period Year(int year) =>
        new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), year.ToString(CultureInfo.InvariantCulture));

    /// <summary>A calendar month.</summary>
    public static Period Month(int year, int month) =>
        new(new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)),
            string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}"));

    /// <summary>A calendar quarter, 1 to 4.</summary>
    public static Period Quarter(int year, int quarter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(quarter, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quarter, 4);
        int firstMonth = (quarter - 1) * 3 + 1;
        return new(new DateOnly(year, firstMonth, 1), Month(year, firstMonth + 2).End,
            string.Create(CultureInfo.InvariantCulture, $"{year:D4}-Q{quarter}"));
    }

    /// <summary>A calendar half, 1 or 2.</summary>
    public static Period Half(int year, int half)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(half, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(half, 2);
        int firstMonth = half == 1 ? 1 : 7;
        return new(new DateOnly(year, firstMonth, 1), Month(year, firstMonth + 5).End,
            string.Create(CultureInfo.InvariantCulture, $"{year:D4}-H{half}"));
    }

    /// <summary>One day.</summary>
    public static Period Day(DateOnly day) =>
        new(day, day, day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    /// <summary>
    /// A range between two periods, labelled <c>START/END</c> with each end's own label, unless it is exactly one
    /// calendar month, quarter, half or year ("between January and March 2024" is <c>2024-Q1</c>, as "the first quarter"
    /// is), so two wordings of one stretch share a key; two days that open and close whole months, or a year up to a
    /// month, are labelled by their months ("between June 1 and August 31" is <c>2025-06/2025-08</c>, as "in June, July
    /// and August" is; "this year through October" is <c>2025-01/2025-10</c>).
    /// </summary>
    public static Period Between(Period from, Period to)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        if (from.Start is { } start && to.End is { } end && start < end)
        {
            if (Spanning(start, end) is { } whole && !whole.Label.Contains('/', StringComparison.Ordinal))
            {
                return whole;
            }

            // ("this year through October" is 2026-01/2026-10, as "from January to October" is)
            bool yearToMonth = from == Year(start.Year) && to == Month(end.Year, end.Month);
            if (((from.Start == from.End && to.Start == to.End) || yearToMonth) && start.Day == 1 && end.AddDays(1).Day == 1)
            {
                return Labelled(Month(start.Year, start.Month), Month(end.Year, end.Month));
            }
        }

        return Labelled(from, to);
    }

    private static Period Labelled(Period from, Period to) => new(from.Start, to.End, $"{from.Label}/{to.Label}");

    /// <summary>
    /// The period from <paramref name="start"/> to <paramref name="end"/> under its most specific label: a day, month,
    /// quarter, half or year when the range is exactly one, else <c>START/END</c> of two days.
    /// </summary>
    public static Period Spanning(DateOnly start, DateOnly end)
    {
        if (start == end)
        {
            return Day(start);
        }

        bool wholeMonths = start.Day == 1 && end.AddDays(1).Day == 1 && start.Year == end.Year;
        int months = end.Month - start.Month + 1;
        return (wholeMonths, months, start.Month) switch
        {
            (true, 1, _) => Month(start.Year, start.Month),
            (true, 3, 1 or 4 or 7 or 10) => Quarter(start.Year, (start.Month + 2) / 3),
            (true, 6, 1 or 7) => Half(start.Year, start.Month == 1 ? 1 : 2),
            (true, 12, 1) => Year(start.Year),
            _ => Labelled(Day(start), Day(end)),
        };
    }

    /// <summary>The same stretch of time a year earlier (November 2026 → November 2025); null for an open period.</summary>
    public Period? YearBefore()
    {
        if (Start is not { } start || End is not { } end)
        {
            return null;
        }

        var last = end.AddYears(-1);
        // a month's last day stays its last day (29 February 2024 → 28 February 2023, 28 February 2025 → 29 February 2024)
        if (end.AddDays(1).Day == 1)
        {
            last = new DateOnly(last.Year, last.Month, DateTime.DaysInMonth(last.Year, last.Month));
        }

        return Spanning(start.AddYears(-1), last);
    }

    /// <summary>
    /// The label two wordings of one stretch share: a range of whole months by its months ("the 12 months to July",
    /// labelled <c>2023-08-01/2024-07-31</c>, is <c>2023-08/2024-07</c>, as "between August 2023 and July 2024" is), else
    /// <see cref="Label"/>.
    /// </summary>
    public string AlignmentLabel =>
        Start is { Day: 1 } start && End is { } end && end.AddDays(1).Day == 1 && Label.Contains('/', StringComparison.Ordinal) && (start.Year, start.Month) != (end.Year, end.Month)
            ? string.Create(CultureInfo.InvariantCulture, $"{start:yyyy-MM}/{end:yyyy-MM}")
            : Label;

    /// <inheritdoc />
    public override string ToString() => Label;
}
