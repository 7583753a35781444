namespace ClaimExtractor.EndToEnd.Tests;

// A change ("rose 50% in 2025 from 2024") and the two levels it compares, each in its own document: whichever of the
// three is stored and checked last must find the flag, as each may be stored by another worker while the others are
// being checked.
public sealed class ArrivalOrderTests
{
    private static readonly Dictionary<string, string> Articles = new(StringComparer.Ordinal)
    {
        ["change"] = "Montelago - The Festa del Lago closed yesterday. The price of a ticket to the Festa del Lago rose 50% in 2025 from 2024, the organisers said.",
        ["now"] = "Montelago - The Festa del Lago closed yesterday. In 2025 the price of a ticket to the Festa del Lago was 15 euros, the organisers said.",
        ["then"] = "Montelago - The Festa del Lago closed in July. In 2024 the price of a ticket to the Festa del Lago was 12 euros, the organisers said.",
    };

    public static TheoryData<string, string, string> Orders() => new()
    {
        { "change", "now", "then" },
        { "change", "then", "now" },
        { "now", "change", "then" },
        { "now", "then", "change" },
        { "then", "change", "now" },
        { "then", "now", "change" },
    };

    [Theory]
    [MemberData(nameof(Orders))]
    public async Task A_change_contradicting_two_levels_is_flagged_whatever_order_the_three_documents_are_stored_and_checked_in(
        string first, string second, string third)
    {
        using var temp = new TempDir();
        var database = temp.File("claims.db");
        foreach (var name in new[] { first, second, third })
        {
            var path = temp.Write(name + ".txt", Articles[name]);
            temp.Write(name + ".meta.json", $$"""{"title":"{{name}}","outlet":"Lake News","published":"2025-07-10"}""");
            await Pipeline.RunAsync(database, [path]);
        }

        var stored = await Pipeline.ReadAsync(database);
        var flag = Assert.Single(stored.Contradictions);
        Assert.Equal(Core.Consistency.ContradictionKind.Arithmetic, flag.Contradiction.Kind);
        // the change is paired with the earlier level it misstates ("rose 50% ... from 2024" against 12 euros)
        Assert.Equal(["12 euros", "50%"], new[] { flag.A.Claim.Quote, flag.B.Claim.Quote }.Order(StringComparer.Ordinal));
    }
}
