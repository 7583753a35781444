using ClaimExtractor.Core.Claims;
using ClaimExtractor.Core.Quantities;
using ClaimExtractor.Nlp.Tests.Support;

namespace ClaimExtractor.Nlp.Tests;

/// <summary>The seed pairs the consistency checker depends on.</summary>
public sealed class SeedMetricKeyTests
{
    private static readonly Lazy<IReadOnlyList<Claim>> Seed01 = new(() => Analyze("01-seed000-unknown-outlet.txt"));
    private static readonly Lazy<IReadOnlyList<Claim>> Seed02 = new(() => Analyze("02-seed003-financial-times.txt"));

    [Fact]
    public void Topped_1_6_billion_last_year_and_1_34_billion_this_year_share_a_key()
    {
        // corpus/seed/01: "topped $1.6 billion in cryptocurrency theft last year" (published 2025-01-15)
        // corpus/seed/02: "have stolen $1.34 billion through cryptocurrency hacks this year" (published 2024-12-19)
        var a = Single(Seed01.Value, "$1.6 billion");
        var b = Single(Seed02.Value, "$1.34 billion");

        Assert.Equal(a.Key, b.Key);
        Assert.Equal("North Korea", a.Subject?.Name);
        Assert.Equal(SubjectRole.Actor, a.Role);
        Assert.Equal(Unit.Usd, a.Quantity.Unit);
        Assert.Equal("2024", a.Period?.Label);
    }

    [Fact]
    public void Sixty_one_percent_is_a_share_of_the_2_2_billion_theft_value()
    {
        // corpus/seed/01: "61 percent of the $2.2 billion stolen from global crypto platforms this year"
        var share = Single(Seed01.Value, "61 percent");
        var level = Single(Seed01.Value, "$1.6 billion");
        var total = Single(Seed01.Value, "$2.2 billion");

        Assert.Equal(level.MetricKey, share.ShareOf?.MetricKey);
        Assert.Equal(2_200_000_000m, share.ShareOf?.Total?.Value);
        Assert.Equal("2024", share.Period?.Label);
        Assert.Equal("North Korea", share.Subject?.Name);
        Assert.Equal(ClaimScope.Total, total.Scope);
        Assert.Null(total.Subject);
    }

    [Fact]
    public void Percent_of_value_is_not_compared_with_share_of_incidents()
    {
        // corpus/seed/01: "two thirds of the worlds hacking incidents"; corpus/seed/02: "two-thirds of the world's crypto hacks"
        var value = Single(Seed01.Value, "61 percent");
        var incidents = Single(Seed01.Value, "two thirds");
        var hacks = Single(Seed02.Value, "two-thirds");

        Assert.NotEqual(value.MetricKey, incidents.MetricKey);
        Assert.Equal(incidents.MetricKey, hacks.MetricKey);
    }

    [Fact]
    public void Double_the_number_in_the_same_year_points_at_the_count_it_doubles()
    {
        // corpus/seed/01: "47 separate attacks in 2023, double the number they were responsible for in 2023"
        var count = Single(Seed01.Value, "47");
        var ratio = Single(Seed01.Value, "double");

        Assert.Equal("incident.count", count.MetricKey);
        Assert.Equal("2023", count.Period?.Label);
        Assert.Equal("North Korea", count.Subject?.Name);
        Assert.Equal(Unit.Ratio, ratio.Quantity.Unit);
        Assert.Equal(ratio.Period, ratio.ChangeOf?.Reference);
        Assert.Equal("2023", ratio.Period?.Label);
        Assert.Equal(count.MetricKey, ratio.ChangeOf?.LevelMetricKey);
    }

    [Fact]
    public void More_than_doubled_through_2024_compares_theft_value_with_2023()
    {
        // corpus/seed/02: "the total amount of theft ... through 2024 has more than doubled from 47 cases last year"
        var ratio = Single(Seed02.Value, "doubled");

        Assert.Equal("theft.value", ratio.ChangeOf?.LevelMetricKey);
        Assert.Equal("2024", ratio.Period?.Label);
        Assert.Equal("2023", ratio.ChangeOf?.Reference?.Label);
        Assert.Equal(Qualifier.MoreThan, ratio.Quantity.Qualifier);
    }

    [Fact]
    public void Attack_size_classes_are_thresholds_not_theft_levels()
    {
        // corpus/seed/01: "attacks over $100 million" and "heists under $50 million"
        var theft = Single(Seed01.Value, "$1.6 billion");
        var over = Single(Seed01.Value, "$100 million");
        var under = Single(Seed01.Value, "$50 million");

        Assert.EndsWith(".size_threshold", over.MetricKey, StringComparison.Ordinal);
        Assert.EndsWith(".size_threshold", under.MetricKey, StringComparison.Ordinal);
        Assert.NotEqual(theft.MetricKey, over.MetricKey);
        Assert.NotEqual(theft.MetricKey, under.MetricKey);
    }

    [Fact]
    public void A_rise_to_a_total_is_a_change_of_that_total_against_the_year_before()
    {
        // corpus/seed/02: "the total amount of cryptocurrencies stolen this year rose 21% to $2.2 billion"
        var rise = Single(Seed02.Value, "21%");
        var level = Single(Seed02.Value, "$2.2 billion");

        Assert.Equal(QuantityChange.Increase, rise.Quantity.Change);
        Assert.Equal(level.MetricKey, rise.ChangeOf?.LevelMetricKey);
        Assert.Equal("2023", rise.ChangeOf?.Reference?.Label);
        Assert.Null(level.ChangeOf);
    }

    private static IReadOnlyList<Claim> Analyze(string file) =>
        Shared.Pipeline.Analyze(SeedCorpus.Article(file), CancellationToken.None).Claims;

    private static Claim Single(IReadOnlyList<Claim> claims, string quote) =>
        Assert.Single(claims, c => c.Quote == quote);
}
