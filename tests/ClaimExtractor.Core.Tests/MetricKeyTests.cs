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
}
