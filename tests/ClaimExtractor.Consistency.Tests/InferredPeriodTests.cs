using ClaimExtractor.Consistency.Rules;
using ClaimExtractor.Core.Claims;
using ClaimExtractor.Core.Consistency;
using ClaimExtractor.Core.Periods;
using ClaimExtractor.Core.Quantities;
using ClaimExtractor.Core.Text;

namespace ClaimExtractor.Consistency.Tests;

/// <summary>
/// A period read from the story around a figure (<see cref="Claim.PeriodInferred"/>) aligns it like a stated one, but
/// the checker compares it as cautiously as an undated figure: across articles of one news cycle only, within a
/// factor of two, and never in change arithmetic.
/// </summary>
public sealed class InferredPeriodTests
{
    private const string Rate = "unemployment.rate";
    private readonly Claims _claims = new();

    [Fact]
    public void Two_figures_of_one_article_with_inferred_periods_are_not_a_self_contradiction()
    {
        // "the rate for men rose to 4.9%" and "the overall rate rose to 4.6%", both dated by the story
        var men = Inferred(_claims.Level(Claims.Ft, "4.9%", 4.9m, Unit.Percent, Rate, 2024));
        var overall = _claims.Level(Claims.Ft, "4.6%", 4.6m, Unit.Percent, Rate, 2024);

        Assert.Empty(Check.All(men, overall));
    }

    [Fact]
    public void Two_sentences_of_one_story_dated_alike_by_it_give_a_self_contradiction_but_one_sentence_does_not()
    {
        // a post about July: "2,410 cancellations in a single month" ... "Those 2,140 cancelled flights mean ..."
        const string Sentence = "Airlines cancelled 2,410 flights, 2,140 of them at the hub.";
        var early = Inferred(_claims.Level(Claims.Ft, "2,410", 2_410m, Unit.Count, "flights.count", 2024, sentence: Sentence));
        var late = Inferred(_claims.Level(Claims.Ft, "2,140", 2_140m, Unit.Count, "flights.count", 2024, sentence: Sentence));
        var later = late with { Claim = late.Claim with { Sentence = new TextSpan(1000, 1100) } };

        Assert.Empty(Check.All(early, late));
        Assert.Equal(ContradictionKind.Self, Assert.Single(Check.All(early, later)).Kind);
    }

    [Fact]
    public void Two_undated_figures_of_one_measure_in_two_sentences_of_a_story_contradict_unless_one_adds_to_the_other()
    {
        // "The recall affects 218,000 vehicles in the US." ... "Owners of the 212,000 affected US vehicles ..."
        const string text = "The recall affects 218,000 vehicles. Owners of the 212,000 affected vehicles will get letters. Another 210,000 vehicles were checked.";
        var first = _claims.InPassage(Claims.Ft, text, "218,000", 218_000m, Unit.Count, "vehicles.count");
        var second = _claims.InPassage(Claims.Ft, text, "212,000", 212_000m, Unit.Count, "vehicles.count");
        var another = _claims.InPassage(Claims.Ft, text, "210,000", 210_000m, Unit.Count, "vehicles.count");

        Assert.Equal((first.Id.Value, second.Id.Value, ContradictionKind.Self), Check.Pair(Assert.Single(Check.All(first, second, another))));
    }

    [Fact]
    public void A_day_read_from_a_later_story_compares_like_an_undated_figure_across_articles()
    {
        // "aware of three crashes" on 15 January vs "now knew of five crashes" in a story about a Friday three weeks on
        var earlier = _claims.Level(Claims.Early2025, "three", 3m, Unit.Count, "crash.count", null);
        var later = _claims.Level(Claims.Ft, "five", 5m, Unit.Count, "crash.count", null);
        var dayOfLater = later with { Claim = later.Claim with { Period = Period.Day(new DateOnly(2024, 12, 18)), PeriodInferred = true } };

        Assert.Single(Check.All(earlier, dayOfLater));
        Assert.Empty(Check.All(earlier, dayOfLater with { Claim = dayOfLater.Claim with { PeriodInferred = false } }));
    }

    [Fact]
    public void A_day_read_from_a_story_and_an_undated_figure_find_each_other_whichever_is_stored_first()
    {
        // the checker reads only the claims stored under the keys a claim looks up: its own key and those across the
        // period line; a pair that is compared must be found from either side, or the flags follow arrival order
        var undated = _claims.Level(Claims.Early2025, "three", 3m, Unit.Count, "crash.count", null);
        var later = _claims.Level(Claims.Ft, "five", 5m, Unit.Count, "crash.count", null);
        var dayOfStory = later with { Claim = later.Claim with { Period = Period.Day(new DateOnly(2024, 12, 18)), PeriodInferred = true } };

        static IEnumerable<ClaimKey> Lookups(StoredClaim c) => Levels.KeysAcrossPeriodLine(c).Prepend(c.Claim.Key);

        Assert.Contains(undated.Claim.Key, Lookups(dayOfStory));
        Assert.Contains(dayOfStory.Claim.Key, Lookups(undated));
    }

    [Fact]
    public void The_same_figures_with_stated_periods_are_a_self_contradiction()
    {
        var a = _claims.Level(Claims.Ft, "4.9%", 4.9m, Unit.Percent, Rate, 2024);
        var b = _claims.Level(Claims.Ft, "4.6%", 4.6m, Unit.Percent, Rate, 2024);

        Assert.Equal(ContradictionKind.Self, Assert.Single(Check.All(a, b)).Kind);
    }

    [Fact]
    public void Across_articles_an_inferred_period_is_compared_like_an_undated_figure_and_scores_lower()
    {
        var stated = _claims.Level(Claims.Early2025, "212,000", 212_000m, Unit.Count, "vehicles.count", 2024);
        var inferred = Inferred(_claims.Level(Claims.Ft, "218,000", 218_000m, Unit.Count, "vehicles.count", 2024));
        var both = _claims.Level(Claims.Ft, "218,000", 218_000m, Unit.Count, "vehicles.count", 2024);

        var cautious = Assert.Single(Check.All(stated, inferred));
        var sure = Assert.Single(Check.All(stated, both));

        Assert.Equal(ContradictionKind.ValueMismatch, cautious.Kind);
        Assert.True(cautious.Score < sure.Score);
    }

    [Fact]
    public void Across_articles_inferred_figures_far_apart_measure_different_things()
    {
        // a youth rate of 11.8% read into the story's month vs the overall 4.3%
        var youth = Inferred(_claims.Level(Claims.Early2025, "11.8%", 11.8m, Unit.Percent, Rate, 2024));
        var overall = _claims.Level(Claims.Ft, "4.3%", 4.3m, Unit.Percent, Rate, 2024);

        Assert.Empty(Check.All(youth, overall));
    }

    [Fact]
    public void Change_arithmetic_ignores_levels_whose_period_is_inferred()
    {
        // "more than doubled from $660.5 million in 2023" against "$88 million" read into 2024 by the story
        var then = _claims.Level(Claims.Ft, "$660.5 million", 660.5e6m, Unit.Usd, "theft.value", 2023);
        var now = Inferred(_claims.Level(Claims.Ft, "$88 million", 88e6m, Unit.Usd, "theft.value", 2024));
        var doubled = _claims.Change(Claims.Ft, "more than doubled", 2, Qualifier.MoreThan, "theft.value", 2024, 2023);

        Assert.DoesNotContain(Check.All(then, now, doubled), f => f.Kind == ContradictionKind.Arithmetic);
    }

    [Fact]
    public void A_change_dated_by_the_story_like_its_reference_is_no_self_contradiction()
    {
        // "Viewing among women aged 18-24 was up 24 percent on last year's game", after "set a year ago"
        var viewers = _claims.Level(Claims.Ft, "115.1 million", 115.1e6m, Unit.Count, "viewers.count", 2023);
        var up = Inferred(_claims.Change(Claims.Ft, "24 percent", 1.24m, Qualifier.None, "viewers.count", 2023, 2023));

        Assert.Empty(Check.All(viewers, up));
    }

    [Fact]
    public void An_age_is_no_level_a_change_in_its_sentence_moves()
    {
        const string Sentence = "Viewing among women aged 18-24 was up 24 percent on the year before in 2023.";
        var ages = _claims.Level(Claims.Ft, "18-24", 21m, Unit.Measure("year"), "women:age.measure", 2023, sentence: Sentence);
        var up = _claims.Change(Claims.Ft, "24 percent", 1.24m, Qualifier.None, "aged 18-24:viewers.count", 2023, 2023);
        up = up with { Claim = up.Claim with { Sentence = ages.Claim.Sentence, Quantity = up.Claim.Quantity with { Span = new(ages.Claim.Quantity.Span.End + 10, ages.Claim.Quantity.Span.End + 20) } } };

        Assert.Empty(Check.All(ages, up));
    }

    private static StoredClaim Inferred(StoredClaim claim) => claim with { Claim = claim.Claim with { PeriodInferred = true } };
}
