using ClaimExtractor.Core.Claims;
using ClaimExtractor.Core.Consistency;
using ClaimExtractor.Core.Storage;
using ClaimExtractor.Storage.Tests.Support;

namespace ClaimExtractor.Storage.Tests;

/// <summary>Writes that go in a few statements per document or batch read back as if written row by row.</summary>
public abstract partial class ClaimStoreContract
{
    [ContractFact]
    public async Task A_document_with_more_claims_than_one_statement_carries_is_stored_whole_each_figure_once()
    {
        const int Repeats = 60; // 240 claims: several multi-row statements on PostgreSQL
        var claims = SampleCorpus.AlphaClaims.SelectMany(c => Enumerable.Repeat(c, Repeats)).ToList();
        var id = (await Store.SaveDocumentsAsync([Fixtures.Save(SampleCorpus.Alpha, claims)], None)).Single();

        var stored = await Store.ReadDocumentClaimsAsync(id, None);
        var found = await Store.FindClaimsByKeyAsync([SampleCorpus.AlphaClaims[0].Key], None);

        Assert.Equal(claims, stored.Select(c => c.Claim));

        // each figure is represented by the first of its claims stored
        var alpha = SampleCorpus.AlphaClaims;
        Assert.Equal([alpha[0], alpha[1], alpha[3]], found.Select(c => c.Claim));
        Assert.Equal(found.Select(f => stored.First(s => s.Claim == f.Claim).Id), found.Select(f => f.Id));
    }

    [ContractFact]
    public async Task Flags_of_several_documents_saved_at_once_are_stored_once_and_check_each_document_without_a_stale_flag()
    {
        var ids = await Store.SaveDocumentsAsync(
        [
            Fixtures.Save(SampleCorpus.Alpha, SampleCorpus.AlphaClaims),
            Fixtures.Save(SampleCorpus.Beta, SampleCorpus.BetaClaims),
        ], None);
        var alpha = await Store.ReadDocumentClaimsAsync(ids[0], None);
        var beta = await Store.ReadDocumentClaimsAsync(ids[1], None);
        var flag = new Contradiction(alpha[0].Id, beta[0].Id, ContradictionKind.ValueMismatch, 0.8, 0.9, "mismatch", alpha[0].Claim.Key);
        var stale = new Contradiction(beta[0].Id, new ClaimId(alpha[^1].Id.Value + 1000), ContradictionKind.Update, 0.5, 0.5, "stale", beta[0].Claim.Key);

        var added = await Store.SaveContradictionsAsync(
        [
            new DocumentCheck(ids[0], [flag]),
            new DocumentCheck(ids[1], [flag with { A = flag.B, B = flag.A }, stale]),
        ], None);

        Assert.Equal((1, 1), (added, await Store.CountContradictionsAsync(None)));
        Assert.Equal([ids[1]], await Store.FindUncheckedDocumentsAsync(None));
    }
}
