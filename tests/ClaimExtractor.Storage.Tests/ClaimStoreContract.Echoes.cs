using ClaimExtractor.Core.Claims;
using ClaimExtractor.Core.Consistency;
using ClaimExtractor.Core.Quantities;
using ClaimExtractor.Core.Storage;
using ClaimExtractor.Core.Text;
using ClaimExtractor.Storage.Tests.Support;

namespace ClaimExtractor.Storage.Tests;

/// <summary>A figure one document states twice (headline and body): each statement carries the flag, a copy adds none.</summary>
public abstract partial class ClaimStoreContract
{
    private const string Recall = "Korvat recalls 212,000 SUVs. Korvat Motors is recalling 212,000 SUVs in the US, regulators said. ";
    private const string TradePaper = "The recall affects 218,000 vehicles in the US. ";

    [ContractFact]
    public async Task A_figure_stated_twice_in_a_document_is_flagged_from_each_statement_and_a_copy_adds_no_flag()
    {
        var ids = (await Store.SaveDocumentsAsync(
        [
            Fixtures.Save(Fixtures.Article("wire/recall.txt", Recall, new DateOnly(2026, 9, 24)), RecallClaims()),
            Fixtures.Save(Fixtures.Article("trade/recall.html", TradePaper, new DateOnly(2026, 9, 25)), [Vehicles(TradePaper, "218,000", 218_000m)]),
            Fixtures.Save(Fixtures.Article("partner/recall-copy.txt", Recall, new DateOnly(2026, 9, 24)), RecallClaims()),
        ], None)).Documents;
        var wire = await Store.ReadDocumentClaimsAsync(ids[0], None);
        var trade = Assert.Single(await Store.ReadDocumentClaimsAsync(ids[1], None));
        var copy = await Store.ReadDocumentClaimsAsync(ids[2], None);

        // the checker compares the trade paper's figure with the first stored statement of the wire's
        int added = await Store.SaveContradictionsAsync(ids[1], [Flag(wire[0], trade)], None);
        int fromCopy = await Store.SaveContradictionsAsync(ids[2], [Flag(copy[0], trade), Flag(copy[1], trade)], None);

        var pairs = (await ReadAllContradictionsAsync(new ContradictionQuery())).Select(r => (r.A.Id, r.B.Id)).OrderBy(p => p.Item1.Value).ToList();
        Assert.Equal((2, 0), (added, fromCopy));
        Assert.Equal([(wire[0].Id, trade.Id), (wire[1].Id, trade.Id)], pairs);
    }

    private static Claim[] RecallClaims() => [Vehicles(Recall, "212,000", 212_000m), Vehicles(Recall, "212,000", 212_000m, second: true)];

    private static Claim Vehicles(string text, string quote, decimal value, bool second = false)
    {
        var claim = Fixtures.Claim(text, quote, value, Unit.Count, Fixtures.Chainwatch, metric: "vehicles", metricKey: "vehicles.count");
        int at = text.LastIndexOf(quote, StringComparison.Ordinal);
        return second ? claim with { Quantity = claim.Quantity with { Span = new TextSpan(at, at + quote.Length) }, Sentence = Fixtures.SentenceAround(text, at) } : claim;
    }

    private static Contradiction Flag(StoredClaim a, StoredClaim b) =>
        new(a.Id, b.Id, ContradictionKind.ValueMismatch, 0.4, 0.6, "212,000 vs 218,000", a.Claim.Key);
}
