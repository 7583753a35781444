using ClaimExtractor.Consistency.Rules;
using ClaimExtractor.Core.Claims;
using ClaimExtractor.Core.Consistency;
using ClaimExtractor.Core.Entities;
using ClaimExtractor.Core.Periods;
using ClaimExtractor.Core.Quantities;

namespace ClaimExtractor.Consistency.Tests;

/// <summary>
/// A percentage change checked against the two levels its own passage gives: the flag pairs the change with the
/// earlier level, whatever periods the frames found.
/// </summary>
public sealed class ChangeInTextRuleTests
{
    private const string Prices = "The average price of a home rose to £314,900. Prices were 6.8% higher than a year earlier, when the average stood at £297,000, Halden said.";
    private const string Delays = "The average delay was 47 minutes, up from 32 minutes last July. That's a 60% jump in the time you spent waiting.";
    private readonly Claims _claims = new();

    [Fact]
    public void A_rise_the_two_averages_beside_it_do_not_give_is_flagged_with_the_earlier_average()
    {
        var now = _claims.InPassage(Claims.Ft, Prices, "£314,900", 314_900m, Unit.Currency("GBP"), "price.value");
        var change = _claims.InPassage(Claims.Ft, Prices, "6.8%", 6.8m, Unit.Percent, "price.value.change", QuantityChange.Increase, "price.value");
        var then = _claims.InPassage(Claims.Ft, Prices, "£297,000", 297_000m, Unit.Currency("GBP"), "price.value");

        var flag = Assert.Single(Check.Rule(new ChangeInTextRule(), now, change, then));

        Assert.Equal((change.Id.Value, then.Id.Value, ContradictionKind.Arithmetic), Check.Pair(flag));
        Assert.Contains("£314,900 against £297,000, both in the same passage, is a rise of 6.0%", flag.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void The_flag_names_the_periods_of_both_levels()
    {
        const string passage = "The data showed 20,422 people made the journey between January and June, up 48% from 13,489 in the same period last year.";
        var now = Dated(_claims.InPassage(Claims.Ft, passage, "20,422", 20_422m, Unit.Count, "arrivals.count"), Period.Between(Period.Month(2025, 1), Period.Month(2025, 6)));
        var change = Dated(_claims.InPassage(Claims.Ft, passage, "48%", 48m, Unit.Percent, "arrivals.count.change", QuantityChange.Increase, "arrivals.count"), Period.Between(Period.Month(2025, 1), Period.Month(2025, 6)));
        var then = Dated(_claims.InPassage(Claims.Ft, passage, "13,489", 13_489m, Unit.Count, "arrivals.count"), Period.Half(2024, 1));

        var flag = Assert.Single(Check.Rule(new ChangeInTextRule(), now, change, then));

        Assert.EndsWith("is a rise of 51.4%, for North Korea, arrivals count, 2025-H1 against 2024-H1.", flag.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_change_in_the_next_sentence_is_read_against_the_figure_compared_against()
    {
        var now = _claims.InPassage(Claims.Ft, Delays, "47 minutes", 47m, Unit.Measure("min"), "duration.measure");
        var then = _claims.InPassage(Claims.Ft, Delays, "32 minutes", 32m, Unit.Measure("min"), "duration.measure");
        // the frame read the measure from "the time you spent" as money; the sentence points back at the delays
        var change = _claims.InPassage(Claims.Ft, Delays, "60%", 60m, Unit.Percent, "cost.value.change", QuantityChange.Increase, "cost.value");

        Assert.Equal((then.Id.Value, change.Id.Value, ContradictionKind.Arithmetic), Check.Pair(Assert.Single(Check.Rule(new ChangeInTextRule(), now, then, change))));
    }

    [Theory]
    [InlineData(6.0)]
    [InlineData(6.03)]
    public void A_rise_the_averages_do_give_is_not_flagged(double percent)
    {
        var now = _claims.InPassage(Claims.Ft, Prices, "£314,900", 314_900m, Unit.Currency("GBP"), "price.value");
        var change = _claims.InPassage(Claims.Ft, Prices, "6.8%", (decimal)percent, Unit.Percent, "price.value.change", QuantityChange.Increase, "price.value");
        var then = _claims.InPassage(Claims.Ft, Prices, "£297,000", 297_000m, Unit.Currency("GBP"), "price.value");

        Assert.Empty(Check.Rule(new ChangeInTextRule(), now, change, then));
    }

    [Theory]
    [InlineData("Revenue rose to $5 billion, up from $4.2 billion. Profit jumped 30%.", "30%", 30, "profit.value.change", "profit.value")]
    [InlineData("Revenue rose to $5 billion, up from $4.2 billion. The company now sees full-year sales growth of 11%.", "11%", 11, "expected:revenue.value.change", "revenue.value")]
    public void A_change_of_another_measure_or_a_forecast_is_not_read_against_the_levels_beside_it(string text, string quote, double percent, string key, string level)
    {
        var now = _claims.InPassage(Claims.Ft, text, "$5 billion", 5e9m, Unit.Usd, "revenue.value");
        var then = _claims.InPassage(Claims.Ft, text, "$4.2 billion", 4.2e9m, Unit.Usd, "revenue.value");
        var change = _claims.InPassage(Claims.Ft, text, quote, (decimal)percent, Unit.Percent, key, QuantityChange.Increase, level);
        var reported = _claims.InPassage(Claims.Ft, text, quote, (decimal)percent, Unit.Percent, "revenue.value.change", QuantityChange.Increase, "revenue.value");

        Assert.Empty(Check.Rule(new ChangeInTextRule(), now, then, change));
        Assert.Single(Check.Rule(new ChangeInTextRule(), now, then, reported));
    }

    [Fact]
    public void Another_subjects_change_is_not_read_against_the_levels_before_it()
    {
        const string text = "The average price reached £266,064, up from £264,420 a month earlier. Prices in London rose 1.9% over the year.";
        var now = _claims.InPassage(Claims.Ft, text, "£266,064", 266_064m, Unit.Currency("GBP"), "price.value");
        var then = _claims.InPassage(Claims.Ft, text, "£264,420", 264_420m, Unit.Currency("GBP"), "price.value");
        var change = _claims.InPassage(Claims.Ft, text, "1.9%", 1.9m, Unit.Percent, "price.value.change", QuantityChange.Increase, "price.value");
        var london = change with { Claim = change.Claim with { Subject = new EntityRef("London", EntityType.Gpe) } };

        Assert.Empty(Check.Rule(new ChangeInTextRule(), now, then, london));
        Assert.Single(Check.Rule(new ChangeInTextRule(), now, then, change));
    }

    private static StoredClaim Dated(StoredClaim claim, Period? period) => claim with { Claim = claim.Claim with { Period = period } };
}
