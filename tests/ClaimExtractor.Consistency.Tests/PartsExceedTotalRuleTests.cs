using ClaimExtractor.Consistency.Rules;
using ClaimExtractor.Core.Claims;
using ClaimExtractor.Core.Consistency;
using ClaimExtractor.Core.Quantities;

namespace ClaimExtractor.Consistency.Tests;

/// <summary>A breakdown whose parts add up to more than the whole it breaks down, in one passage.</summary>
public sealed class PartsExceedTotalRuleTests
{
    private const string Hacks = "Researchers counted 303 hacks in 2024. Of those, 180 hit exchanges in Asia, 95 in Europe and 60 in North America.";
    private readonly Claims _claims = new();

    [Fact]
    public void Parts_opening_the_next_sentence_that_add_up_past_the_whole_are_flagged_on_the_whole_and_the_largest_part()
    {
        var (whole, parts) = Passage(Hacks, ("303", 303), ("180", 180), ("95", 95), ("60", 60));

        var flag = Assert.Single(Check.Rule(new PartsExceedTotalRule(), [whole, .. parts]));

        Assert.Equal((whole.Id.Value, parts[0].Id.Value, ContradictionKind.Self), Check.Pair(flag));
        Assert.Contains("breaks 303 down into 180, 95, 60, which add up to 335: more than the whole", flag.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The fire destroyed 38 homes, including 25 in Cedar Hollow and 16 in Pine Flat.", true)]
    [InlineData("The fire destroyed 38 homes, including 25 in Cedar Hollow and 13 in Pine Flat.", false)]
    [InlineData("The fire destroyed 38 homes on Tuesday, of which 25 in Cedar Hollow and 16 in Pine Flat.", true)]
    // two wholes side by side: the list may break down either or both
    [InlineData("The fire destroyed 38 homes and 25 barns, including 20 in Cedar Hollow and 16 in Pine Flat.", false)]
    // the list ends where a participle clause goes on: a figure after it is no part
    [InlineData("The fire destroyed 38 homes, including 25 in Cedar Hollow, leaving 16 families without shelter.", false)]
    // a figure between the whole and the word opening the list: the list is not of that whole
    [InlineData("The fire destroyed 38 homes in a week that saw 25 more fires, including 20 in Cedar Hollow and 16 in Pine Flat.", false)]
    // a list another clause opens is that clause's; one whose first figure is past a comma lists words, not figures
    [InlineData("The fire destroyed 38 homes, while the storm, including 25 in Cedar Hollow, flattened 20 in Pine Flat.", false)]
    [InlineData("The fire destroyed 38 homes, including some in Cedar Hollow, and then 25 barns and 16 sheds.", false)]
    public void A_list_opened_in_the_wholes_sentence_is_read_as_its_parts(string sentence, bool flagged)
    {
        var quotes = new[] { "38", "25", "20", "16", "13" }.Where(q => sentence.Contains(' ' + q + ' ', StringComparison.Ordinal));
        var (whole, parts) = Passage(sentence, [.. quotes.Select(q => (q, decimal.Parse(q, System.Globalization.CultureInfo.InvariantCulture)))]);

        Assert.Equal(flagged, Check.Rule(new PartsExceedTotalRule(), [whole, .. parts]).Count == 1);
    }

    [Fact]
    public void Parts_within_the_whole_are_consistent()
    {
        var (whole, parts) = Passage(Hacks.Replace("60 in", "20 in", StringComparison.Ordinal), ("303", 303), ("180", 180), ("95", 95), ("20", 20));

        Assert.Empty(Check.Rule(new PartsExceedTotalRule(), [whole, .. parts]));
    }

    [Fact]
    public void The_whole_restated_at_the_head_of_the_breakdown_is_not_one_of_its_parts()
    {
        const string Restated = "Researchers counted 303 hacks in 2024. Of the 303 hacks, 180 hit exchanges in Asia, 95 in Europe and 60 in North America.";
        var whole = _claims.InPassage(Claims.Ft, Restated, "303", 303, Unit.Count, "hack.count");
        var again = _claims.InPassage(Claims.Ft, Restated, "303", 303, Unit.Count, "hack.count", from: 30);
        var parts = new[] { ("180", 180m), ("95", 95m), ("60", 60m) }.Select(p => _claims.InPassage(Claims.Ft, Restated, p.Item1, p.Item2, Unit.Count, "hack.count")).ToArray();

        var flag = Assert.Single(Check.Rule(new PartsExceedTotalRule(), [whole, again, .. parts]));

        Assert.Equal((whole.Id.Value, parts[0].Id.Value, ContradictionKind.Self), Check.Pair(flag));
    }

    [Fact]
    public void A_breakdown_of_another_whole_is_not_read_against_this_one()
    {
        const string Arrests = "Police arrested 4 people on Monday. Of the 12 detained last week, 8 were released and 5 were charged.";
        var (whole, parts) = Passage(Arrests, ("4", 4), ("12", 12), ("8", 8), ("5", 5));

        Assert.Empty(Check.Rule(new PartsExceedTotalRule(), [whole, .. parts]));
    }

    [Fact]
    public void Those_after_two_figures_is_not_read_as_either()
    {
        const string TwoYears = "Researchers counted 303 hacks in 2024 and 150 in 2023. Of those, 180 hit exchanges in Asia, 95 in Europe and 60 in North America.";
        var (whole, parts) = Passage(TwoYears, ("303", 303), ("150", 150), ("180", 180), ("95", 95), ("60", 60));

        Assert.Empty(Check.Rule(new PartsExceedTotalRule(), [whole, .. parts]));
    }

    [Fact]
    public void Parts_counting_different_things_may_overlap_and_are_left_alone()
    {
        const string Toll = "The crash killed 45 people, including 30 children and 20 women.";
        var (whole, parts) = Passage(Toll, ("45", 45), ("30", 30), ("20", 20));
        parts = [Claims.Counting(parts[0], "children"), Claims.Counting(parts[1], "women")];

        Assert.Empty(Check.Rule(new PartsExceedTotalRule(), [whole, .. parts]));
    }

    // The first figure is the whole; every figure is a count on its first occurrence after the one before.
    private (StoredClaim Whole, StoredClaim[] Parts) Passage(string passage, params (string Quote, decimal Value)[] figures)
    {
        int from = 0;
        var claims = new List<StoredClaim>();
        foreach (var (quote, value) in figures)
        {
            var claim = _claims.InPassage(Claims.Ft, passage, quote, value, Unit.Count, "hack.count", from: from);
            from = claim.Claim.Quantity.Span.End;
            claims.Add(claim);
        }

        return (claims[0], [.. claims.Skip(1)]);
    }
}
