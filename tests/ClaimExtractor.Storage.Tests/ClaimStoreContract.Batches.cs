using ClaimExtractor.Core.Claims;
using ClaimExtractor.Core.Consistency;
using ClaimExtractor.Core.Documents;
using ClaimExtractor.Core.Entities;
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
        var id = (await Store.SaveDocumentsAsync([Fixtures.Save(SampleCorpus.Alpha, claims)], None)).Documents.Single();

        var stored = await Store.ReadDocumentClaimsAsync(id, None);
        var found = await Store.FindClaimsByKeyAsync([SampleCorpus.AlphaClaims[0].Key], None);

        Assert.Equal(claims, stored.Select(c => c.Claim));

        // each figure is represented by the first of its claims stored
        var alpha = SampleCorpus.AlphaClaims;
        Assert.Equal([alpha[0], alpha[1], alpha[3]], found.Select(c => c.Claim));
        Assert.Equal(found.Select(f => stored.First(s => s.Claim == f.Claim).Id), found.Select(f => f.Id));
    }

    [ContractFact]
    public async Task A_batch_save_returns_its_claims_as_they_read_back_a_source_given_twice_by_its_second_version()
    {
        var first = await Store.SaveDocumentsAsync([Fixtures.Save(SampleCorpus.Alpha, SampleCorpus.AlphaClaims)], None);
        Assert.Equal(first.Claims, await Store.ReadDocumentClaimsAsync(first.Documents, None));

        var saved = await Store.SaveDocumentsAsync(
        [
            Fixtures.Save(SampleCorpus.Beta, SampleCorpus.BetaClaims),
            Fixtures.Save(SampleCorpus.Alpha, [.. SampleCorpus.AlphaClaims.Take(1)]),
            Fixtures.Save(SampleCorpus.Alpha, [.. SampleCorpus.AlphaClaims.Skip(1)]),
        ], None);

        var stored = await Store.ReadDocumentClaimsAsync([.. saved.Documents], None);

        Assert.Equal(stored, saved.Claims);
        Assert.Equal(SampleCorpus.BetaClaims.Count + SampleCorpus.AlphaClaims.Count - 1, saved.Claims.Count);
        Assert.Equal(saved.Claims.Count, saved.Claims.Select(c => c.Id).Distinct().Count());
    }

    [ContractFact]
    public async Task Flags_of_several_documents_saved_at_once_are_stored_once_and_check_each_document_without_a_stale_flag()
    {
        var ids = (await Store.SaveDocumentsAsync(
        [
            Fixtures.Save(SampleCorpus.Alpha, SampleCorpus.AlphaClaims),
            Fixtures.Save(SampleCorpus.Beta, SampleCorpus.BetaClaims),
        ], None)).Documents;
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

    [ContractFact]
    public async Task Claims_of_several_documents_read_at_once_come_by_document_each_as_read_alone()
    {
        var (alpha, beta) = await SampleCorpus.FillAsync(Store, None);

        var together = await Store.ReadDocumentClaimsAsync([beta, alpha, new DocumentId(alpha.Value + beta.Value + 1)], None);

        var alone = (await Store.ReadDocumentClaimsAsync(alpha, None)).Concat(await Store.ReadDocumentClaimsAsync(beta, None));
        Assert.Equal(alone, together);
    }

    [ContractFact]
    public async Task Each_key_looked_up_with_others_finds_what_it_finds_alone()
    {
        await SampleCorpus.FillAsync(Store, None);
        var keys = SampleCorpus.AlphaClaims.Concat(SampleCorpus.BetaClaims)
            .SelectMany(c => c.LinkKeys.Prepend(c.Key).Append(c.UndatedKey))
            .Append(new ClaimKey("nothing|actor|x|"))
            .ToHashSet();

        var together = await Store.FindClaimsPerKeyAsync(keys, None);

        var finding = new HashSet<ClaimKey>();
        foreach (var key in keys)
        {
            var alone = await Store.FindClaimsByKeyAsync([key], None);
            Assert.Equal(alone, together.GetValueOrDefault(key) ?? []);
            if (alone.Count > 0)
            {
                finding.Add(key);
            }
        }

        // keys that find nothing are absent; the sample's shares and changes make some keys find several claims
        Assert.Equal(finding, together.Keys.ToHashSet());
        Assert.Contains(together.Values, claims => claims.Count > 1);
    }

    [ContractFact]
    public async Task Claims_the_caller_already_holds_are_found_as_they_are_not_read_again()
    {
        var (alpha, _) = await SampleCorpus.FillAsync(Store, None);
        var held = await Store.ReadDocumentClaimsAsync(alpha, None);
        var keys = held.SelectMany(c => c.Claim.LinkKeys.Prepend(c.Claim.Key)).ToHashSet();

        var read = await Store.FindClaimsPerKeyAsync(keys, None);
        var handed = await Store.FindClaimsPerKeyAsync(keys, held, None);

        Assert.Equal(read.Keys.ToHashSet(), handed.Keys.ToHashSet());
        foreach (var (key, claims) in read)
        {
            Assert.Equal(claims, handed[key]);
        }

        var given = handed.Values.SelectMany(c => c).Where(c => c.Document.Id == alpha).ToList();
        Assert.NotEmpty(given);
        Assert.All(given, claim => Assert.Same(held.Single(h => h.Id == claim.Id), claim));
    }

    [ContractFact]
    public async Task A_subject_named_outside_ascii_is_found_again_by_a_later_batch()
    {
        var subject = new EntityRef("Société Générale 東京 🚀", EntityType.Org);
        var claim = SampleCorpus.AlphaClaims[0] with { Subject = subject };
        await Store.SaveDocumentsAsync([Fixtures.Save(SampleCorpus.Alpha, [claim])], None);
        var first = (await Store.FindClaimsByKeyAsync([claim.Key], None)).Single();

        var ids = (await Store.SaveDocumentsAsync([Fixtures.Save(SampleCorpus.Beta, [claim with { Quantity = claim.Quantity with { Span = new(0, 5) } }])], None)).Documents;

        var second = (await Store.ReadDocumentClaimsAsync(ids[0], None)).Single();
        Assert.Equal(first.SubjectId, second.SubjectId);
    }
}
