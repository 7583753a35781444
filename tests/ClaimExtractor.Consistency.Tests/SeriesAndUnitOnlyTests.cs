using ClaimExtractor.Core.Claims;
using ClaimExtractor.Core.Consistency;
using ClaimExtractor.Core.Quantities;

namespace ClaimExtractor.Consistency.Tests;

/// <summary>
/// What real pages are full of and a careless checker flags by the thousand (181 pages of a news-extraction benchmark
/// gave 2,872 flags before these rules, 6 after): results tables and timelines that give one measure many values,
/// figures whose only description is their unit (a recipe's cups, two product pages' prices), two values of one
/// measure in one sentence (a change told as its two ends, a comparison, two measures the frames did not tell apart),
/// and sizes that name a model ("the 15-inch MacBook Pro").
/// </summary>
public sealed class SeriesAndUnitOnlyTests
{
    private readonly Claims _claims = new();

    [Fact]
    public void A_document_giving_one_measure_three_values_in_three_sentences_is_a_series_not_a_self_contradiction()
    {
        const string Standings = "Larson finished with 2,348 points. Hamlin ended on 2,135 points. Bell closed at 1,920 points.";
        var claims = new[] { "2,348", "2,135", "1,920" }
            .Select(q => _claims.InPassage(Claims.Ft, Standings, q, decimal.Parse(q, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture), Unit.Count, "points.count"))
            .ToArray();

        Assert.Empty(Check.All(claims));
        Assert.Equal(ContradictionKind.Self, Assert.Single(Check.All(claims[0], claims[1])).Kind);
    }

    [Fact]
    public void Undated_figures_described_by_their_unit_alone_are_not_compared_in_one_document_or_across_two()
    {
        var half = UnitOnly(_claims.Level(Claims.Ft, "½ cup", 0.5m, Unit.Measure("cup"), "volume.measure", null), "volume");
        var quarter = UnitOnly(_claims.Level(Claims.Ft, "¼ cup", 0.25m, Unit.Measure("cup"), "volume.measure", null), "volume");
        var elsewhere = UnitOnly(_claims.Level(Claims.Early2025, "¼ cup", 0.25m, Unit.Measure("cup"), "volume.measure", null), "volume");

        Assert.Empty(Check.All(half, quarter, elsewhere));
    }

    [Fact]
    public void In_one_document_figures_described_by_their_unit_alone_are_not_compared_even_dated()
    {
        // a product page of 2025: "the 13-inch model" ... "the 16-inch model"
        var small = UnitOnly(_claims.Level(Claims.Ft, "13-inch", 13m, Unit.Measure("in"), "length.measure", 2025), "length");
        var large = UnitOnly(_claims.Level(Claims.Ft, "16-inch", 16m, Unit.Measure("in"), "length.measure", 2025), "length");
        var named = _claims.Level(Claims.Ft, "16 inches", 16m, Unit.Measure("in"), "rainfall.measure", 2025);
        var rain = _claims.Level(Claims.Ft, "13 inches", 13m, Unit.Measure("in"), "rainfall.measure", 2025);

        Assert.Empty(Check.All(small, large));
        Assert.Single(Check.All(named, rain));
    }

    [Fact]
    public void Two_unnamed_rates_of_one_place_and_year_are_not_compared_across_documents()
    {
        // "the national rate fell to 92.7% in the 2023-24 school year" and, days later, "the share of kindergartners
        // with an exemption rose to 3.3%": the frames could name neither rate
        var vaccinated = UnitOnly(_claims.Level(Claims.Ft, "92.7%", 92.7m, Unit.Percent, "share.rate", 2024), "share");
        var exempt = UnitOnly(_claims.Level(Claims.Early2025, "3.3%", 3.3m, Unit.Percent, "share.rate", 2024), "share");
        var jobless = _claims.Level(Claims.Ft, "4.2%", 4.2m, Unit.Percent, "unemployment.rate", 2024);
        var revised = _claims.Level(Claims.Early2025, "4.6%", 4.6m, Unit.Percent, "unemployment.rate", 2024);

        Assert.Empty(Check.All(vaccinated, exempt));
        Assert.Single(Check.All(jobless, revised));
    }

    [Fact]
    public void In_one_document_two_values_ten_times_apart_are_two_things_even_dated()
    {
        // "shares closed at $13" ... "a stake valued at $117.9 million" that the frames also read as the share price
        var price = _claims.Level(Claims.Ft, "$13", 13m, Unit.Usd, "share_price.value", 2024);
        var stake = _claims.Level(Claims.Ft, "$117.9 million", 117.9e6m, Unit.Usd, "share_price.value", 2024);
        var slip = _claims.Level(Claims.Ft, "$31", 31m, Unit.Usd, "share_price.value", 2024);

        Assert.Empty(Check.All(price, stake));
        Assert.Single(Check.All(price, slip));
    }

    [Fact]
    public void Two_dated_values_for_one_measure_in_one_sentence_are_not_a_self_contradiction()
    {
        // "Exports dropped to $9.1 billion in 2024, down from $19.5 billion the previous year": the frames dated both
        // to 2024; in two sentences the same pair is the document contradicting itself
        const string Sentence = "Exports dropped to $9.1 billion in 2024, down from $19.5 billion the previous year.";
        var now = _claims.Level(Claims.Ft, "$9.1 billion", 9.1e9m, Unit.Usd, "exports.value", 2024, sentence: Sentence);
        var before = _claims.Level(Claims.Ft, "$19.5 billion", 19.5e9m, Unit.Usd, "exports.value", 2024, sentence: Sentence);
        var restated = _claims.Level(Claims.Ft, "$19.5 billion", 19.5e9m, Unit.Usd, "exports.value", 2024, sentence: "Exports were $19.5 billion in 2024.");

        Assert.Empty(Check.All(now, before));
        Assert.Equal(ContradictionKind.Self, Assert.Single(Check.All(now, restated)).Kind);
    }

    [Fact]
    public void A_sentence_that_speaks_of_another_instance_is_not_a_self_contradiction()
    {
        // a health page: "One trial in 50 adults ..." and "another trial in 48 adults ..." are two trials
        var first = _claims.Level(Claims.Ft, "50", 50m, Unit.Count, "adults.count", 2025, sentence: "One trial in 50 adults cut snacking.");
        var second = _claims.Level(Claims.Ft, "48", 48m, Unit.Count, "adults.count", 2025, sentence: "Another trial in 48 adults found less hunger.");
        var restated = _claims.Level(Claims.Ft, "48", 48m, Unit.Count, "adults.count", 2025, sentence: "The trial followed 48 adults.");

        Assert.Empty(Check.All(first, second));
        Assert.Equal(ContradictionKind.Self, Assert.Single(Check.All(first, restated)).Kind);
    }

    [Fact]
    public void A_measure_hyphened_before_a_name_is_a_model_not_a_reading()
    {
        var large = _claims.Level(Claims.Ft, "15-inch", 15m, Unit.Measure("in"), "length.measure", 2025, sentence: "The 15-inch MacBook Pro ships in May.");
        var small = _claims.Level(Claims.Early2025, "13-inch", 13m, Unit.Measure("in"), "length.measure", 2025, sentence: "Its 13-inch MacBook Air is lighter.");
        var light = _claims.Level(Claims.Ft, "2,950-kilogram", 2950m, Unit.Measure("kg"), "mass.measure", 2025, sentence: "The 2,950-kilogram satellite launched.");
        var heavy = _claims.Level(Claims.Early2025, "3,950-kilogram", 3950m, Unit.Measure("kg"), "mass.measure", 2025, sentence: "The 3,950-kilogram satellite launched.");

        Assert.Empty(Check.All(large, small));
        Assert.Single(Check.All(light, heavy));
    }

    [Fact]
    public void A_figure_whose_text_names_what_it_counts_is_still_compared_undated()
    {
        // "The recall affects 218,000 vehicles" vs "Korvat is recalling 212,000 vehicles"
        var first = Claims.Counting(_claims.Level(Claims.Ft, "218,000", 218_000m, Unit.Count, "vehicles.count", null), "vehicles");
        var second = Claims.Counting(_claims.Level(Claims.Early2025, "212,000", 212_000m, Unit.Count, "vehicles.count", null), "vehicles");

        Assert.Single(Check.All(first, second));
    }

    // As the frames give a figure whose metric they could only take from its unit: the unit's kind as the metric.
    private static StoredClaim UnitOnly(StoredClaim claim, string kind) => claim with { Claim = claim.Claim with { Metric = kind } };
}
