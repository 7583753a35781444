using ClaimExtractor.Nlp.Tests.Support;

namespace ClaimExtractor.Nlp.Tests;

/// <summary>Which currency a story's bare dollars are: its home country's, when the story says no more.</summary>
public sealed class StoryCurrencyTests
{
    private const string Canadian = "Champagne's first budget\n\nCanada's deficit will balloon to $78.3 billion this year, the finance minister said.";

    [Theory]
    [InlineData(Canadian, "CAD")]
    [InlineData(Canadian + " That is C$10 billion more than expected.", "USD")]
    [InlineData(Canadian + " The United States posted a deficit too.", "USD")]
    [InlineData(Canadian + " Australia's deficit is smaller.", "USD")]
    [InlineData("Home Depot cuts forecast\n\nHome Depot's deficit will balloon to $78.3 billion this year. Sales were flat.\n\nTariffs were a headwind. Stores were busy. Canada was weak.", "USD")]
    public void Bare_dollars_are_the_home_countrys_only_when_the_story_names_no_other_dollar(string text, string code)
    {
        var quantity = Assert.Single(Shared.Run(text).Quantities, q => q.Quantity.Span.In(text).ToString() == "$78.3 billion");

        Assert.Equal(code, quantity.Quantity.Unit.Code);
    }
}
