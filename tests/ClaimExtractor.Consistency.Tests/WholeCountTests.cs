using ClaimExtractor.Core.Claims;
using ClaimExtractor.Core.Consistency;
using ClaimExtractor.Core.Quantities;

namespace ClaimExtractor.Consistency.Tests;

// Counts are whole numbers: two outlets' "five seats" and "four seats" are two figures for one count, though each
// wording alone allows half a seat either way; one story's own small counts keep that slack (a stats line's "1 pass
// defended" and "2 passes defended" are two games the frames did not tell apart).
public sealed class WholeCountTests
{
    private const string Seats = "seats.count";

    private readonly Claims _claims = new();

    [Fact]
    public void Two_outlets_adjacent_whole_counts_conflict()
    {
        var five = Seated(_claims.Level(Claims.Early2025, "five", 5, Unit.Count, Seats, 2024));
        var four = Seated(_claims.Level(Claims.Ft, "four", 4, Unit.Count, Seats, 2024));

        var flag = Assert.Single(Check.All(five, four));

        Assert.Equal(ContradictionKind.ValueMismatch, flag.Kind);
    }

    [Fact]
    public void One_storys_adjacent_small_counts_keep_the_slack_of_their_wording()
    {
        var one = Seated(_claims.Level(Claims.Early2025, "1", 1, Unit.Count, Seats, 2024));
        var two = Seated(_claims.Level(Claims.Early2025, "2", 2, Unit.Count, Seats, 2024));

        Assert.Empty(Check.All(one, two));
    }

    // a counted figure with the interval the scanner gives a bare whole number: half a unit either side
    private static StoredClaim Seated(StoredClaim claim)
    {
        var quantity = claim.Claim.Quantity;
        return Claims.Counting(claim with { Claim = claim.Claim with { Quantity = quantity with { Low = quantity.Value - 0.5m, High = quantity.Value + 0.5m } } }, "seats");
    }
}
