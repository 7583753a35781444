using ClaimExtractor.Core.Claims;
using ClaimExtractor.Core.Consistency;
using ClaimExtractor.Core.Quantities;

namespace ClaimExtractor.Consistency.Tests;

// Shares: of a whole the same sentence states as a figure of its own ("about 4.2 million of its members, roughly 38% of
// the 11 million people it insures"), two outlets' shares of one measure, and parts of one whole.
public sealed class SharesAndPartsTests
{
    private const string Members = "users.count";
    private const string Sentence = "Hackers stole the data of about 4.2 million of its members, roughly 38% of the 11 million people it insures.";

    private readonly Claims _claims = new();

    [Fact]
    public void The_total_a_share_is_taken_of_is_not_a_part_that_contradicts_it()
    {
        var total = _claims.Level(Claims.Early2025, "11 million", 11e6m, Unit.Count, Members, 2026, sentence: Sentence);
        var part = _claims.Level(Claims.Early2025, "4.2 million", 4.2e6m, Unit.Count, Members, 2026, Qualifier.Approx, sentence: Sentence);
        var share = _claims.Share(Claims.Early2025, "38%", 38, Members, total.Claim.Quantity, 2026);

        Assert.Empty(Check.All(total, part, share));
    }

    [Fact]
    public void Another_outlets_figure_for_the_whole_is_not_a_part_that_contradicts_the_share()
    {
        // "close to 3% of the 228,000 people it employed last June" beside another outlet's "about 228,000 full-time employees"
        var total = _claims.Level(Claims.Early2025, "228,000", 228_000m, Unit.Count, "total:jobs.count", 2024, sentence: "It cut 6,000 roles, close to 3% of the 228,000 people it employed.");
        var share = _claims.Share(Claims.Early2025, "3%", 3, "jobs.count", total.Claim.Quantity, 2024);
        var elsewhere = _claims.Level(Claims.Ft, "228,000", 228_000m, Unit.Count, "jobs.count", 2024, Qualifier.Approx);
        var part = _claims.Level(Claims.Ft, "9,000", 9_000m, Unit.Count, "jobs.count", 2024);

        Assert.Empty(Check.All(total, share, elsewhere));
        Assert.Single(Check.All(total, share, part));
    }

    [Fact]
    public void Another_outlets_part_as_large_as_a_whole_of_no_ones_contradicts_the_share()
    {
        // "61 percent of the $2.2 billion stolen from crypto platforms" beside another outlet's "North Korea stole $2.2 billion"
        var stolen = _claims.Level(Claims.Early2025, "$2.2 billion", 2.2e9m, Unit.Usd, "total:theft.value", 2024, total: true);
        var share = _claims.Share(Claims.Early2025, "61 percent", 61, "theft.value", stolen.Claim.Quantity, 2024);
        var claimed = _claims.Level(Claims.Ft, "$2.2 billion", 2.2e9m, Unit.Usd, "theft.value", 2024);

        Assert.Equal(ContradictionKind.Arithmetic, Assert.Single(Check.All(stolen, share, claimed)).Kind);
    }

    [Fact]
    public void Another_outlets_part_under_the_same_metric_still_contradicts_the_share()
    {
        // the frames key a stated whole with a subject as that subject's total
        var total = _claims.Level(Claims.Early2025, "11 million", 11e6m, Unit.Count, "total:" + Members, 2026, sentence: Sentence);
        var other = _claims.Level(Claims.Ft, "4.8 million", 4.8e6m, Unit.Count, Members, 2026);
        var share = _claims.Share(Claims.Early2025, "38%", 38, Members, total.Claim.Quantity, 2026);

        var flag = Assert.Single(Check.All(total, other, share));

        Assert.Equal(ContradictionKind.Arithmetic, flag.Kind);
        Assert.Contains("4.8 million", flag.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_outlets_shares_of_one_measure_that_cannot_both_hold_are_a_value_mismatch()
    {
        var wire = _claims.Share(Claims.Early2025, "38%", 38, Members, null, 2026);
        var paper = _claims.Share(Claims.Ft, "a quarter", 25, Members, null, 2026);

        var flag = Assert.Single(Check.All(wire, paper));

        Assert.Equal(ContradictionKind.ValueMismatch, flag.Kind);
    }

    [Fact]
    public void Shares_of_different_measures_or_of_an_unnamed_whole_are_not_compared()
    {
        var members = _claims.Share(Claims.Early2025, "38%", 38, Members, null, 2026);
        var records = _claims.Share(Claims.Ft, "a quarter", 25, "records.count", null, 2026);
        var unnamed = _claims.Share(Claims.Ft, "a fifth", 20, MetricKeys.UnnamedWhole, null, 2026);
        var unnamedToo = _claims.Share(Claims.Early2025, "half", 50, MetricKeys.UnnamedWhole, null, 2026);

        Assert.Empty(Check.All(members, records, unnamed, unnamedToo));
    }

    [Fact]
    public void Two_parts_of_one_whole_are_different_subsets_not_one_figure_stated_twice()
    {
        var tackles = _claims.Level(Claims.Early2025, "8", 8, Unit.Count, "hits.count.part", 2026);
        var suspended = _claims.Level(Claims.Early2025, "5", 5, Unit.Count, "hits.count.part", 2026);
        var elsewhere = _claims.Level(Claims.Ft, "3", 3, Unit.Count, "hits.count.part", 2026);

        Assert.Empty(Check.All(tackles, suspended, elsewhere));
    }
}
