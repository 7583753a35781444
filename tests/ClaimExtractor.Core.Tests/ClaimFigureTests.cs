using ClaimExtractor.Core.Claims;
using ClaimExtractor.Core.Entities;
using ClaimExtractor.Core.Periods;
using ClaimExtractor.Core.Quantities;
using ClaimExtractor.Core.Text;

namespace ClaimExtractor.Core.Tests;

public sealed class ClaimFigureTests
{
    private static Claim Claim(decimal value, int start = 0, Qualifier qualifier = Qualifier.None, string unit = "USD") => new()
    {
        Quantity = new Quantity(new TextSpan(start, start + 5), value, value, value, Unit.Currency(unit), qualifier),
        Quote = "$1.34 billion",
        Sentence = new TextSpan(0, 50),
        Subject = new EntityRef("North Korea", EntityType.Gpe),
        Metric = "stolen",
        MetricKey = "theft.value",
        Period = Period.Year(2024),
    };

    [Fact]
    public void The_same_figure_stated_anywhere_is_one_figure_whatever_its_decimal_scale() =>
        Assert.Equal(Claim(1340000000m, start: 10).Figure, Claim(1340000000.00m, start: 99).Figure);

    [Theory]
    [InlineData(1.6e9, "None", "USD")]
    [InlineData(1.34e9, "MoreThan", "USD")]
    [InlineData(1.34e9, "None", "EUR")]
    public void Another_value_qualifier_or_unit_is_another_figure(double value, string qualifier, string unit) =>
        Assert.NotEqual(Claim(1340000000m).Figure, Claim((decimal)value, qualifier: Enum.Parse<Qualifier>(qualifier), unit: unit).Figure);

    [Fact]
    public void Another_period_is_another_figure() =>
        Assert.NotEqual(Claim(1340000000m).Figure, (Claim(1340000000m) with { Period = Period.Year(2023) }).Figure);
}
