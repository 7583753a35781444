using ClaimExtractor.Core.Periods;
using ClaimExtractor.Core.Quantities;
using ClaimExtractor.Core.Text;

namespace ClaimExtractor.Core.Tests;

public sealed class PeriodTests
{
    [Theory]
    [InlineData("2024-05-03", "2024-05-03", "2024-05-03")]
    [InlineData("2024-05-01", "2024-05-31", "2024-05")]
    [InlineData("2024-02-01", "2024-02-29", "2024-02")]
    [InlineData("2024-07-01", "2024-09-30", "2024-Q3")]
    [InlineData("2024-01-01", "2024-06-30", "2024-H1")]
    [InlineData("2024-01-01", "2024-12-31", "2024")]
    [InlineData("2024-06-01", "2024-12-19", "2024-06-01/2024-12-19")]
    [InlineData("2024-02-01", "2024-04-30", "2024-02-01/2024-04-30")]
    public void A_date_range_takes_its_most_specific_label(string start, string end, string label) =>
        Assert.Equal(label, Period.Spanning(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture)).Label);

    [Theory]
    [InlineData("2026-11-01", "2026-11-30", "2025-11")]
    [InlineData("2024-02-01", "2024-02-29", "2023-02")]
    [InlineData("2025-02-01", "2025-02-28", "2024-02")]
    [InlineData("2026-07-01", "2026-09-30", "2025-Q3")]
    [InlineData("2026", "2026", "2025")]
    [InlineData("2026-08-12", "2026-08-12", "2025-08-12")]
    public void A_period_a_year_before_is_the_same_stretch_of_the_previous_year(string start, string end, string label)
    {
        var period = start.Length == 4
            ? Period.Year(int.Parse(start, System.Globalization.CultureInfo.InvariantCulture))
            : Period.Spanning(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(label, period.YearBefore()?.Label);
    }

    [Theory]
    [InlineData(1, 3, "2024-Q1")]
    [InlineData(7, 12, "2024-H2")]
    [InlineData(1, 12, "2024")]
    [InlineData(3, 6, "2024-03/2024-06")]
    public void A_range_of_months_that_is_exactly_a_quarter_half_or_year_takes_that_label(int from, int to, string label)
    {
        Assert.Equal(label, Period.Between(Period.Month(2024, from), Period.Month(2024, to)).Label);
    }

    [Theory]
    [InlineData("2025-06-01", "2025-08-31", "2025-06/2025-08")]
    [InlineData("2025-06-01", "2025-06-30", "2025-06")]
    [InlineData("2024-11-28", "2025-02-28", "2024-11-28/2025-02-28")]
    [InlineData("2025-06-02", "2025-08-31", "2025-06-02/2025-08-31")]
    public void A_range_of_days_that_opens_and_closes_whole_months_takes_the_months_labels(string from, string to, string label)
    {
        var (a, b) = (DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(label, Period.Between(Period.Day(a), Period.Day(b)).Label);
    }

    [Theory]
    [InlineData("2023-08-01", "2024-07-31", "2023-08/2024-07")]
    [InlineData("2024-02-01", "2024-04-30", "2024-02/2024-04")]
    [InlineData("2024-07-01", "2024-09-30", "2024-Q3")]
    public void A_stretch_of_whole_months_aligns_by_its_months_however_it_was_worded(string start, string end, string label)
    {
        var (a, b) = (DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(label, Period.Spanning(a, b).AlignmentLabel);
        Assert.Equal(Period.Between(Period.Month(a.Year, a.Month), Period.Month(b.Year, b.Month)).AlignmentLabel, Period.Spanning(a, b).AlignmentLabel);
    }

    [Fact]
    public void A_stretch_ending_inside_a_month_aligns_by_its_days() =>
        Assert.Equal("2024-06-01/2024-12-19", Period.Spanning(new DateOnly(2024, 6, 1), new DateOnly(2024, 12, 19)).AlignmentLabel);

    [Fact]
    public void A_date_claim_reads_back_the_date_it_states()
    {
        var may = Period.Month(2024, 5);

        var quantity = DateQuantity.Of(new TextSpan(0, 3), may);

        Assert.Equal(may, DateQuantity.DateOf(quantity));
    }

    [Fact]
    public void A_date_quantity_whose_bounds_are_not_day_numbers_has_no_date() =>
        Assert.Null(DateQuantity.DateOf(new Quantity(new TextSpan(0, 3), 20240503m, 20240503m, 20240503m, Unit.Date, Qualifier.None)));

}
