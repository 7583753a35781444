using ClaimExtractor.Consistency.Rules;
using ClaimExtractor.Core.Consistency;
using ClaimExtractor.Core.Quantities;

namespace ClaimExtractor.Consistency.Tests;

// The seed articles' pairs (corpus/seed/gold.json), as the NLP stage frames them.
public sealed class SeedRuleTests
{
    private const string Theft = "theft.value";
    private readonly Claims _claims = new();

    [Fact]
    public void Topped_1_6_billion_contradicts_1_34_billion_for_the_same_year_and_names_both_and_the_source()
    {
        // corpus/seed/01: "topped $1.6 billion ... last year"; corpus/seed/02: "$1.34 billion ... this year"
        var c1 = _claims.Level(Claims.Early2025, "$1.6 billion", 1.6e9m, Unit.Usd, Theft, 2024, Qualifier.MoreThan, "Chainalysis");
        var c13 = _claims.Level(Claims.Ft, "$1.34 billion", 1.34e9m, Unit.Usd, Theft, 2024, attribution: "Chainalysis");

        var flag = Assert.Single(Check.Rule(new ValueMismatchRule(), c1, c13));

        Assert.Equal(ContradictionKind.ValueMismatch, flag.Kind);
        Assert.Equal((c1.Id, c13.Id), (flag.A, flag.B));
        Assert.Contains("more than $1.6 billion", flag.Explanation, StringComparison.Ordinal);
        Assert.Contains("$1.34 billion", flag.Explanation, StringComparison.Ordinal);
        Assert.Contains("Financial Times (2024-12-19)", flag.Explanation, StringComparison.Ordinal);
        Assert.Contains("both cite Chainalysis", flag.Explanation, StringComparison.Ordinal);
        Assert.Contains("North Korea, theft value, 2024", flag.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Same_value_in_different_years_is_not_compared()
    {
        var a = _claims.Level(Claims.Early2025, "$1.6 billion", 1.6e9m, Unit.Usd, Theft, 2024);
        var b = _claims.Level(Claims.Ft, "$660.5 million", 660.5e6m, Unit.Usd, Theft, 2023);

        Assert.Empty(Check.All(a, b));
    }

    [Fact]
    public void Different_currencies_are_never_compared_by_value()
    {
        var a = _claims.Level(Claims.Early2025, "$1.6 billion", 1.6e9m, Unit.Usd, Theft, 2024);
        var b = _claims.Level(Claims.Ft, "€1.34 billion", 1.34e9m, Unit.Currency("EUR"), Theft, 2024);

        Assert.Empty(Check.All(a, b));
    }

    [Fact]
    public void Sixty_one_percent_of_2_2_billion_contradicts_more_than_1_6_billion_in_the_same_article()
    {
        // corpus/seed/01: "North Korea was behind 61 percent of the $2.2 billion stolen ..." vs "topped $1.6 billion"
        var c1 = _claims.Level(Claims.Early2025, "$1.6 billion", 1.6e9m, Unit.Usd, Theft, 2024, Qualifier.MoreThan);
        var c3 = _claims.Share(Claims.Early2025, "61 percent", 61, Theft, Claims.Quantity(2.2e9m, Unit.Usd, Qualifier.None), 2024);

        var flag = Assert.Single(Check.All(c1, c3));

        Assert.Equal(ContradictionKind.Arithmetic, flag.Kind);
        Assert.Contains("$1.34 billion", flag.Explanation, StringComparison.Ordinal);
        Assert.Contains("more than $1.6 billion", flag.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Sixty_one_percent_of_2_2_billion_agrees_with_1_34_billion()
    {
        var c13 = _claims.Level(Claims.Ft, "$1.34 billion", 1.34e9m, Unit.Usd, Theft, 2024);
        var c3 = _claims.Share(Claims.Early2025, "61 percent", 61, Theft, Claims.Quantity(2.2e9m, Unit.Usd, Qualifier.None), 2024);

        Assert.Empty(Check.All(c13, c3));
    }

    [Fact]
    public void Percent_of_value_is_not_compared_with_share_of_incidents()
    {
        var value = _claims.Share(Claims.Early2025, "61 percent", 61, Theft, Claims.Quantity(2.2e9m, Unit.Usd, Qualifier.None), 2024);
        var incidents = _claims.Share(Claims.Ft, "two-thirds", 66.67m, "incident.count", null, 2024);

        Assert.Empty(Check.All(value, incidents));
    }

    [Fact]
    public void Double_the_number_in_the_same_year_contradicts_itself()
    {
        // corpus/seed/01: "47 separate attacks in 2023, double the number they were responsible for in 2023"
        var attacks = _claims.Level(Claims.Early2025, "47", 47, Unit.Count, "incident.count", 2023);
        var doubled = _claims.Change(Claims.Early2025, "double", 2, Qualifier.None, "incident.count", 2023, 2023);

        var flag = Assert.Single(Check.All(attacks, doubled));

        Assert.Equal(ContradictionKind.Self, flag.Kind);
        Assert.Equal((attacks.Id, doubled.Id), (flag.A, flag.B));
    }

    [Fact]
    public void More_than_doubled_agrees_with_660_5_million_to_1_34_billion()
    {
        var before = _claims.Level(Claims.Early2025, "$660.5 million", 660.5e6m, Unit.Usd, Theft, 2023);
        var after = _claims.Level(Claims.Ft, "$1.34 billion", 1.34e9m, Unit.Usd, Theft, 2024);
        var doubled = _claims.Change(Claims.Ft, "more than doubled", 2, Qualifier.MoreThan, Theft, 2024, 2023);

        Assert.Empty(Check.All(before, after, doubled));
    }

    [Fact]
    public void Halved_contradicts_levels_that_doubled()
    {
        var before = _claims.Level(Claims.Early2025, "$660.5 million", 660.5e6m, Unit.Usd, Theft, 2023);
        var after = _claims.Level(Claims.Ft, "$1.34 billion", 1.34e9m, Unit.Usd, Theft, 2024);
        var halved = _claims.Change(Claims.Ft, "halved", 0.5m, Qualifier.None, Theft, 2024, 2023);

        var flag = Assert.Single(Check.All(before, after, halved));

        // paired with the earlier level, as fact-checkers annotate it ("halved from $660.5 million")
        Assert.Equal((before.Id.Value, halved.Id.Value, ContradictionKind.Arithmetic), Check.Pair(flag));
        Assert.Contains("2.03 times", flag.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_values_for_one_key_in_one_article_are_a_self_contradiction()
    {
        var a = _claims.Level(Claims.Ft, "$1.34 billion", 1.34e9m, Unit.Usd, Theft, 2024);
        var b = _claims.Level(Claims.Ft, "$2 billion", 2e9m, Unit.Usd, Theft, 2024);

        Assert.Equal(ContradictionKind.Self, Assert.Single(Check.All(a, b)).Kind);
    }

    [Fact]
    public void A_later_article_that_revises_a_figure_is_an_update_not_a_contradiction()
    {
        var first = _claims.Level(Claims.Ft, "12", 12, Unit.Count, "deaths.count", 2024);
        var later = _claims.Level(Claims.Early2025, "19", 19, Unit.Count, "deaths.count", 2024,
            sentence: "The death toll has risen to 19, officials said.");

        Assert.Equal(ContradictionKind.Update, Assert.Single(Check.All(first, later)).Kind);
    }

    [Theory]
    [InlineData("The tally of flooded homes rises to 19, the council said.")]
    [InlineData("The count of flooded homes climbs to 19 as the river keeps rising.")]
    public void A_later_headline_in_the_present_tense_that_revises_a_figure_is_an_update(string sentence)
    {
        var first = _claims.Level(Claims.Ft, "12", 12, Unit.Count, "homes.count", 2024);
        var later = _claims.Level(Claims.Early2025, "19", 19, Unit.Count, "homes.count", 2024, sentence: sentence);

        Assert.Equal(ContradictionKind.Update, Assert.Single(Check.All(first, later)).Kind);
    }

    [Fact]
    public void Size_thresholds_are_not_levels()
    {
        var level = _claims.Level(Claims.Ft, "$1.34 billion", 1.34e9m, Unit.Usd, Theft, 2024);
        var threshold = _claims.Level(Claims.Early2025, "$50 million", 50e6m, Unit.Usd, "theft.size_threshold", 2024, Qualifier.LessThan);

        Assert.Empty(Check.All(level, threshold));
    }

    [Fact]
    public void Undated_figures_from_the_same_news_cycle_are_compared_less_surely_than_dated_ones()
    {
        // corpus/dev/satellite-aurora3: "a 2,950-kilogram satellite" vs "3,950 kg", a day apart, neither dated.
        var dated = Assert.Single(Check.All(
            _claims.Level(Claims.Ft, "2,950 kg", 2950, Unit.Measure("kg"), "mass.measure", 2024),
            _claims.Level(Claims.Early2025, "3,950 kg", 3950, Unit.Measure("kg"), "mass.measure", 2024)));
        var undated = Assert.Single(Check.All(
            _claims.Level(Claims.Ft, "2,950 kg", 2950, Unit.Measure("kg"), "mass.measure", null),
            _claims.Level(Claims.Early2025, "3,950 kg", 3950, Unit.Measure("kg"), "mass.measure", null)));

        Assert.Equal(ContradictionKind.ValueMismatch, undated.Kind);
        Assert.True(undated.Score < dated.Score);
        Assert.Contains("undated", undated.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Undated_figures_from_articles_months_apart_are_not_compared()
    {
        var later = Claims.Ft with { Published = new DateOnly(2025, 6, 1) };

        Assert.Empty(Check.All(
            _claims.Level(Claims.Early2025, "14", 14, Unit.Count, "indicted.count", null),
            _claims.Level(later, "5", 5, Unit.Count, "indicted.count", null)));
    }

    [Fact]
    public void Undated_figures_a_factor_of_two_apart_are_taken_for_different_things()
    {
        // corpus/dev/unemployment-ireland: a youth rate of 11.8% and the overall 4.3%, neither dated, one metric key.
        Assert.Empty(Check.All(
            _claims.Level(Claims.Ft, "11.8%", 11.8m, Unit.Percent, "unemployment.rate", null),
            _claims.Level(Claims.Early2025, "4.3%", 4.3m, Unit.Percent, "unemployment.rate", null)));
    }

    [Fact]
    public void Undated_figures_in_one_sentence_of_an_article_are_not_compared()
    {
        const string Sentence = "The craft weighs 2,950 kg dry and 3,950 kg fuelled.";
        Assert.Empty(Check.All(
            _claims.Level(Claims.Ft, "2,950 kg", 2950, Unit.Measure("kg"), "mass.measure", null, sentence: Sentence),
            _claims.Level(Claims.Ft, "3,950 kg", 3950, Unit.Measure("kg"), "mass.measure", null, sentence: Sentence)));
    }

    [Fact]
    public void Hedged_claims_lower_the_severity()
    {
        var plain = Assert.Single(Check.All(
            _claims.Level(Claims.Ft, "$1.34 billion", 1.34e9m, Unit.Usd, Theft, 2024),
            _claims.Level(Claims.Early2025, "$2 billion", 2e9m, Unit.Usd, Theft, 2024)));
        var a = _claims.Level(Claims.Ft, "$1.34 billion", 1.34e9m, Unit.Usd, Theft, 2024);
        var b = _claims.Level(Claims.Early2025, "$2 billion", 2e9m, Unit.Usd, Theft, 2024);
        var hedged = Assert.Single(Check.All(a, b with { Claim = b.Claim with { Hedged = true } }));

        Assert.True(hedged.Severity < plain.Severity);
    }
}
