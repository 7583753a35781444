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
