using ClaimExtractor.Core.Claims;
using ClaimExtractor.Core.Entities;
using ClaimExtractor.Core.Quantities;
using ClaimExtractor.Nlp.Tests.Support;

namespace ClaimExtractor.Nlp.Tests;

/// <summary>
/// In a story about an acquisition, the price, the offer and the savings are the deal's, whichever party the clause
/// names; each company's own results and share price stay its own.
/// </summary>
public sealed class DealFrameTests
{
    private const string Story = "Dalmore agrees $2.3bn cash deal for Pinecrest Bakeries\n\n" +
        "Dalmore Brands has agreed to buy Pinecrest Bakeries for $2.3bn in cash. " +
        "Dalmore will pay $41 a share for Pinecrest, whose shares closed at $33.10 on Friday. " +
        "Pinecrest reported revenue of $640mn last year. " +
        "Dalmore said it expected cost savings of $90mn a year by 2028.";

    [Theory]
    [InlineData("$2.3bn", "Dalmore-Pinecrest deal")]
    [InlineData("$41", "Dalmore-Pinecrest deal")]
    [InlineData("$90mn", "Dalmore-Pinecrest deal")]
    [InlineData("$33.10", "Pinecrest Bakeries")]
    [InlineData("$640mn", "Pinecrest Bakeries")]
    public void The_price_offer_and_savings_of_an_acquisition_are_the_deals_and_a_partys_own_figures_its_own(string quote, string subject)
    {
        var claims = Shared.Run(Story, new DateOnly(2026, 6, 22)).Claims.Where(c => c.Quote == quote).ToList();

        Assert.NotEmpty(claims);
        Assert.All(claims, c => Assert.Equal(subject, c.Subject?.Name));
    }

    [Fact]
    public void A_story_that_announces_no_acquisition_has_no_deal_subject()
    {
        const string text = "Dalmore Brands raises prices\n\nDalmore Brands will pay $41 million in dividends, the company said.";

        var claim = Assert.Single(Shared.Run(text, new DateOnly(2026, 6, 22)).Claims, c => c.Quote == "$41 million");

        Assert.Equal("Dalmore Brands", claim.Subject?.Name);
    }

    [Theory]
    [InlineData("Mars Inc to buy Pringles maker Kellanova for $36 billion\n\nCandy giant Mars Inc has agreed to buy Pringles maker Kellanova for $36 billion.", "Mars Inc-Kellanova deal")]
    [InlineData("Tapestry agrees deal\n\nTapestry Inc will buy Versace owner Capri Holdings for $8.5 billion in cash.", "Tapestry-Capri Holdings deal")]
    public void The_company_a_trade_noun_describes_is_the_one_bought_and_the_price_it_is_bought_for_is_the_deals(string text, string deal)
    {
        var claim = Shared.Run(text, Monday).Claims.Last(c => c.Quantity.Unit.Dimension == UnitDimension.Currency);

        Assert.Equal(deal, claim.Subject?.Name);
        Assert.Equal("deal_value.value", claim.MetricKey);
    }

    [Theory]
    [InlineData("The offer of $41 per share represents a premium of 24% to Pinecrest's closing price on Friday, the companies said.")]
    [InlineData("The offer is a 24% premium to Friday's close.")]
    [InlineData("Dalmore's offer is a 24% premium over Pinecrest's closing price on Friday.")]
    public void A_premium_to_one_days_close_is_framed_as_the_offer_against_the_targets_close_that_day(string sentence)
    {
        var claim = Assert.Single(Shared.Run(Opening + sentence, Monday).Claims, c => c.Quote == "24%");

        var frame = Assert.IsType<PremiumFrame>(claim.PremiumTo);
        Assert.Equal(EntityType.Event, claim.Subject?.Type); // the deal, "Dalmore-Pinecrest deal" or "Dalmore-Pinecrest Bakeries deal"
        Assert.Equal("offer_price.value", frame.PriceMetricKey);
        Assert.Equal("Pinecrest Bakeries", frame.BaseSubject.Name);
        Assert.Equal("share_price.value", frame.BaseMetricKey);
        Assert.Equal("2026-06-19", frame.BasePeriod.Label);
        Assert.False(frame.IsDiscount);
    }

    [Theory]
    [InlineData("The offer is a premium of 30% to Pinecrest's volume-weighted average price on Friday.")]
    [InlineData("The offer is a premium of 30% to Pinecrest's average closing price on Friday.")]
    [InlineData("The offer is a premium of 30% to the high Pinecrest's shares reached on Friday.")]
    [InlineData("Pinecrest's shares have risen 30% since Friday.")]
    public void A_premium_to_an_average_or_no_days_close_has_no_frame(string sentence)
    {
        var claim = Assert.Single(Shared.Run(Opening + sentence, Monday).Claims, c => c.Quote == "30%");

        Assert.Null(claim.PremiumTo);
    }

    [Fact]
    public void A_placings_discount_is_framed_against_the_companys_own_close()
    {
        const string text = "Kestrel Mining raises $300mn\n\nKestrel Mining sold the new shares at $12 each, a 10% discount to Tuesday's close.";

        var claim = Assert.Single(Shared.Run(text, new DateOnly(2026, 6, 24)).Claims, c => c.Quote == "10%");

        var frame = Assert.IsType<PremiumFrame>(claim.PremiumTo);
        Assert.True(frame.IsDiscount);
        Assert.Equal("Kestrel Mining", frame.BaseSubject.Name);
        Assert.Equal("2026-06-23", frame.BasePeriod.Label);
    }

    private const string Opening = "Dalmore agrees $2.3bn cash deal for Pinecrest Bakeries\n\nDalmore Brands has agreed to buy Pinecrest Bakeries for $2.3bn in cash. ";

    private static readonly DateOnly Monday = new(2026, 6, 22);
}
