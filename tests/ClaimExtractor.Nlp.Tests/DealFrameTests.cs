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
}
