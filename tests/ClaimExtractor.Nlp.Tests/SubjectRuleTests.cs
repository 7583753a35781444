using ClaimExtractor.Core.Claims;
using ClaimExtractor.Nlp.Tests.Support;

namespace ClaimExtractor.Nlp.Tests;

/// <summary>
/// Who a figure is about when the sentence also names who reports it or the whole it is a part of.
/// </summary>
public sealed class SubjectRuleTests
{
    private static readonly DateOnly Friday = new(2025, 3, 14);

    private const string Lead = "Brantwell Group opens Leeds plant\n\nBrantwell Group opened a plant in Leeds on Monday.\n\n";

    [Fact]
    public void A_part_with_no_subject_of_its_own_belongs_to_the_subject_of_its_whole()
    {
        var claim = ClaimIn(Lead + "Norvik Motors spent €800 million on new plants, of which €120 million on robots.", "€120 million");

        Assert.Equal("Norvik Motors", claim.Subject?.Name);
    }

    [Fact]
    public void Who_estimates_that_something_happened_is_the_source_not_the_subject()
    {
        var claims = Shared.Run(Lead + "Norvik Motors said it spent €4 million on the launch and estimated that buyers ordered 9,000 vans.", Friday).Claims;

        Assert.Equal("Norvik Motors", Assert.Single(claims, c => c.Quote == "€4 million").Subject?.Name);
        Assert.NotEqual("Norvik Motors", Assert.Single(claims, c => c.Quote == "9,000").Subject?.Name);
    }

    [Theory]
    [InlineData("The cost of the works is estimated in 2,4 million euros, has communicated the mayor Paola Conti in the press conference.")]
    [InlineData("The works cost 2,4 million euros, said the mayor, Paola Conti.")]
    public void A_speaker_named_after_the_saying_verb_and_a_title_is_the_source(string sentence)
    {
        var claim = ClaimIn(Lead + sentence, "2,4 million euros");

        Assert.Equal("Paola Conti", claim.Attribution);
        Assert.NotEqual("Paola Conti", claim.Subject?.Name);
    }

    private static Claim ClaimIn(string text, string quote) => Shared.ClaimIn(text, quote, Friday);
}
