using System.Text.Json;
using ClaimExtractor.Core.Text;
using ClaimExtractor.Nlp.Tests.Support;

namespace ClaimExtractor.Nlp.Tests.PeerSuites;

/// <summary>Each quantity convention explains its own difference and nothing that only looks like it.</summary>
public sealed class QuantityConventionsTests
{
    [Theory]
    [InlineData("Any time to meet on 5/17/2018?", "5", "a date in digits is a date")]
    [InlineData("My phone number is +1-222-2222/2222", "222", "a phone number is not a number")]
    [InlineData("Ping 192.168.1.2 now", "168", "an IP address is not a number")]
    [InlineData("The probe passed Jupiter since the passage of Voyager 2 in 1979", "2", "a name's number is not a count")]
    [InlineData("The probe passed Jupiter since the passage of Voyager 2 in 1979", "1979", "a year or a decade is a time")]
    [InlineData("This nano grid has a size of 2.1 pm.", "2.1 pm", "am and pm are clock times")]
    public void A_missed_entity_passes_under_the_convention_that_describes_it(string input, string quote, string convention) =>
        Assert.Equal(convention, Explain(input, quote)?.Name);

    [Theory]
    [InlineData("Delete 3 files now.", "3")] // a capitalized verb opening the sentence is no name
    [InlineData("They sold 192 cars in 2013.", "192")]
    [InlineData("Meet me at 5 on the 17th.", "5")]
    [InlineData("The grid has a size of 2.1 km.", "2.1 km")]
    [InlineData("Revenue was 1979 dollars.", "1979")] // a year-like amount not read as a period
    public void A_missed_entity_that_only_looks_like_a_convention_fails(string input, string quote) =>
        Assert.Null(Explain(input, quote));

    // the convention for the expected entity quoted, as the judge asks when nothing was found over it
    private static QuantityConventions.Convention? Explain(string input, string quote)
    {
        int start = input.IndexOf(quote, StringComparison.Ordinal);
        string json = JsonSerializer.Serialize(new { text = quote, start, end = start + quote.Length, value = 0 });
        var expected = JsonDocument.Parse(json).RootElement.Clone();
        var c = new PeerCase("test", input, null, [expected]);
        var document = Shared.Run(input);
        return QuantityConventions.Explaining(new(c, document, new TextSpan(start, start + quote.Length), expected, []));
    }
}
