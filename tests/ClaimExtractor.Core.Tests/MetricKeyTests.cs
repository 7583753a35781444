using ClaimExtractor.Core.Claims;

namespace ClaimExtractor.Core.Tests;

/// <summary>What a metric key measures, read the same by the NLP stage and the checker.</summary>
public sealed class MetricKeyTests
{
    [Theory]
    [InlineData("deaths.count", "deaths")]
    [InlineData("women:unemployment.rate", "unemployment")]
    [InlineData("expected:women:unemployment.rate", "unemployment")]
    [InlineData("expected:earnings_per_share.value", "earnings_per_share")]
    [InlineData("share", "share")]
    public void A_keys_concept_drops_its_group_its_expectation_and_its_form(string key, string concept)
    {
        Assert.Equal(concept, MetricKeys.Concept(key));
    }

    [Theory]
    [InlineData("medals.count", "total:medals.count")]
    [InlineData("total:medals.count", "total:medals.count")]
    [InlineData("expected:funding.value", "expected:total:funding.value")]
    [InlineData("expected:total:funding.value", "expected:total:funding.value")]
    public void A_whole_is_marked_once_whatever_it_was_taken_from(string key, string totalled)
    {
        Assert.Equal(totalled, MetricKeys.Totalled(key));
    }
}
