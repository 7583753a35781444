using ClaimExtractor.Core.Claims;
using ClaimExtractor.Core.Consistency;
using ClaimExtractor.Core.Documents;
using ClaimExtractor.Core.Storage;
using ClaimExtractor.Storage.Tests.Support;

namespace ClaimExtractor.Storage.Tests;

/// <summary>
/// What every <see cref="IClaimStore"/> must do. A backend's test class derives from this, opens an empty store,
/// and supplies the few operations that live on the concrete class (review decisions, run and migration reads).
/// </summary>
public abstract partial class ClaimStoreContract : IAsyncLifetime
{
    private IClaimStore? _store;

    protected static CancellationToken None => CancellationToken.None;

    protected IClaimStore Store => _store ?? throw new InvalidOperationException("the store opens in InitializeAsync");

    public async Task InitializeAsync()
    {
        _store = await OpenAsync(None);
        await _store.MigrateAsync(None);
    }

    public async Task DisposeAsync()
    {
        if (_store is not null)
        {
            await _store.DisposeAsync();
        }

        DisposeResources();
    }

    [ContractFact]
    public async Task Saved_claims_read_back_equal_to_what_was_saved()
    {
        var (alpha, beta) = await SampleCorpus.FillAsync(Store, None);

        var alphaClaims = await Store.ReadDocumentClaimsAsync(alpha, None);
        var betaClaims = await Store.ReadDocumentClaimsAsync(beta, None);

        Assert.Equal(SampleCorpus.AlphaClaims, alphaClaims.Select(c => c.Claim));
        Assert.Equal(SampleCorpus.BetaClaims, betaClaims.Select(c => c.Claim));
    }

    [ContractFact]
    public async Task Stored_claims_carry_their_document_and_sentence_text()
    {
        var (alpha, _) = await SampleCorpus.FillAsync(Store, None);

        var first = (await Store.ReadDocumentClaimsAsync(alpha, None))[0];

        var metadata = SampleCorpus.Alpha.Metadata;
        Assert.Equal(new DocumentRef(alpha, SampleCorpus.Alpha.Source, metadata.Title, metadata.Outlet, metadata.Published), first.Document);
        Assert.Equal("Hackers tied to Northland stole $1.34 billion in 2024, Chainwatch said.", first.SentenceText);
        Assert.NotNull(first.SubjectId);
    }

    [ContractFact]
    public async Task Entities_are_merged_by_name_and_type_across_documents()
    {
        var (alpha, beta) = await SampleCorpus.FillAsync(Store, None);

        var a = (await Store.ReadDocumentClaimsAsync(alpha, None))[0];
        var b = (await Store.ReadDocumentClaimsAsync(beta, None))[0];

        Assert.Equal(a.SubjectId, b.SubjectId);
    }

    [ContractFact]
    public async Task Replacing_a_document_replaces_its_claims_and_drops_their_contradictions()
    {
        var (alpha, _) = await SampleCorpus.FillAsync(Store, None);
        var kept = SampleCorpus.AlphaClaims[2];

        var ids = (await Store.SaveDocumentsAsync([Fixtures.Save(SampleCorpus.Alpha, [kept])], None)).Documents;

        Assert.Equal([alpha], ids);
        Assert.Equal([kept], (await Store.ReadDocumentClaimsAsync(alpha, None)).Select(c => c.Claim));
        Assert.Equal(0, await Store.CountContradictionsAsync(None));
        Assert.Contains(alpha, await Store.FindUncheckedDocumentsAsync(None));
    }

    [ContractFact]
    public async Task A_flag_on_a_claim_replaced_since_the_check_read_it_is_dropped_and_its_document_checked_again()
    {
        var (alpha, beta) = await SampleCorpus.FillAsync(Store, None);
        var betaClaims = await Store.ReadDocumentClaimsAsync(beta, None);
        var alphaClaims = await Store.ReadDocumentClaimsAsync(alpha, None);
        var stale = new Contradiction(betaClaims[0].Id, alphaClaims[0].Id, ContradictionKind.Update, 0.5, 0.9, "stale", alphaClaims[0].Claim.Key);

        // another worker stores a new version of alpha: its claims get new ids, the ones the check read are gone
        await Store.SaveDocumentsAsync([Fixtures.Save(SampleCorpus.Alpha, SampleCorpus.AlphaClaims, [])], None);
        await Store.SaveContradictionsAsync(alpha, [], None);
        var added = await Store.SaveContradictionsAsync(beta, [stale], None);

        Assert.Equal(0, added);
        Assert.Contains(beta, await Store.FindUncheckedDocumentsAsync(None));
    }

    [ContractFact]
    public async Task Saving_the_same_flag_again_in_either_order_stores_nothing_new()
    {
        var (alpha, beta) = await SampleCorpus.FillAsync(Store, None);
        var flags = await ReadAllContradictionsAsync(new ContradictionQuery());
        var swapped = flags.Select(f => f.Contradiction with { A = f.Contradiction.B, B = f.Contradiction.A }).ToList();

        var addedSwapped = await Store.SaveContradictionsAsync(alpha, swapped, None);
        var addedAgain = await Store.SaveContradictionsAsync(beta, [.. flags.Select(f => f.Contradiction)], None);

        Assert.Equal((0, 0, 2), (addedSwapped, addedAgain, await Store.CountContradictionsAsync(None)));
    }

    [ContractFact]
    public async Task Review_decisions_survive_deleting_and_re_adding_the_claims()
    {
        await SampleCorpus.FillAsync(Store, None);
        var mismatch = (await ReadAllContradictionsAsync(new ContradictionQuery(Kind: ContradictionKind.ValueMismatch))).Single();
        await SetStatusAsync(mismatch.Id, ContradictionStatus.Dismissed, "different scope");
        await SetStatusAsync(mismatch.Id, ContradictionStatus.Confirmed, "same figure");

        // Re-extraction: both documents saved again (new claim rows, flags gone), then the checker flags them again.
        var ids = (await Store.SaveDocumentsAsync(
        [
            Fixtures.Save(SampleCorpus.Alpha, SampleCorpus.AlphaClaims),
            Fixtures.Save(SampleCorpus.Beta, SampleCorpus.BetaClaims),
        ], None)).Documents;
        Assert.Equal(0, await Store.CountContradictionsAsync(None));
        var alpha = await Store.ReadDocumentClaimsAsync(ids[0], None);
        var beta = await Store.ReadDocumentClaimsAsync(ids[1], None);
        await Store.SaveContradictionsAsync(ids[0],
        [
            mismatch.Contradiction with { A = alpha[0].Id, B = beta[0].Id },
            new Contradiction(alpha[1].Id, beta[0].Id, ContradictionKind.Arithmetic, 0.5, 0.5, "arithmetic", alpha[0].Claim.Key),
        ], None);

        var statuses = (await ReadAllContradictionsAsync(new ContradictionQuery()))
            .Select(r => (r.Contradiction.Kind, r.Status)).OrderBy(s => s.Kind).ToList();
        Assert.NotEqual(mismatch.A.Id, alpha[0].Id);
        Assert.Equal([(ContradictionKind.ValueMismatch, ContradictionStatus.Confirmed), (ContradictionKind.Arithmetic, ContradictionStatus.Open)], statuses);
    }

    [ContractFact]
    public async Task Contradictions_come_most_severe_first_with_both_claims()
    {
        await SampleCorpus.FillAsync(Store, None);

        var flags = await ReadAllContradictionsAsync(new ContradictionQuery());

        Assert.Equal([0.8, 0.55], flags.Select(f => f.Contradiction.Severity));
        Assert.Equal(SampleCorpus.BetaClaims[0], flags[0].A.Claim);
        Assert.Equal(SampleCorpus.AlphaClaims[0], flags[0].B.Claim);
        Assert.Equal((flags[0].A.Id, flags[0].B.Id), (flags[0].Contradiction.A, flags[0].Contradiction.B));
    }

    [ContractFact]
    public async Task Contradiction_queries_filter_by_status_kind_entity_metric_and_limit()
    {
        await SampleCorpus.FillAsync(Store, None);
        var arithmetic = (await ReadAllContradictionsAsync(new ContradictionQuery(Kind: ContradictionKind.Arithmetic))).Single();
        await SetStatusAsync(arithmetic.Id, ContradictionStatus.Dismissed, null);

        var counts = (
            Open: (await ReadAllContradictionsAsync(new ContradictionQuery(Status: ContradictionStatus.Open))).Count,
            Dismissed: (await ReadAllContradictionsAsync(new ContradictionQuery(Status: ContradictionStatus.Dismissed))).Count,
            Alias: (await ReadAllContradictionsAsync(new ContradictionQuery(Entity: "THE REGIME"))).Count,
            OtherEntity: (await ReadAllContradictionsAsync(new ContradictionQuery(Entity: "Chainwatch"))).Count,
            ShareMetric: (await ReadAllContradictionsAsync(new ContradictionQuery(Metric: "theft_share"))).Count,
            Limited: (await ReadAllContradictionsAsync(new ContradictionQuery(Limit: 1))).Count);

        Assert.Equal((1, 1, 2, 0, 1, 1), counts);
    }

    [ContractFact]
    public async Task Claim_queries_match_entity_aliases_metrics_and_sources_ignoring_case_and_confidence()
    {
        await SampleCorpus.FillAsync(Store, None);

        var counts = (
            All: (await ReadAllClaimsAsync(new ClaimQuery())).Count,
            Alias: (await ReadAllClaimsAsync(new ClaimQuery(Entity: "REGIME"))).Count,
            Metric: (await ReadAllClaimsAsync(new ClaimQuery(Metric: "Attack"))).Count,
            Source: (await ReadAllClaimsAsync(new ClaimQuery(Source: "/BLOG/"))).Count,
            Wildcard: (await ReadAllClaimsAsync(new ClaimQuery(Metric: "%"))).Count,
            Limited: (await ReadAllClaimsAsync(new ClaimQuery(Limit: 2))).Count,
            Confident: (await ReadAllClaimsAsync(new ClaimQuery(MinConfidence: 0.8))).Count,
            Surest: (await ReadAllClaimsAsync(new ClaimQuery(MinConfidence: 0.91))).Count);

        Assert.Equal((7, 5, 1, 3, 0, 2, 6, 1), counts);
    }

    [ContractFact]
    public async Task Claims_read_by_document_then_offset()
    {
        await SampleCorpus.FillAsync(Store, None);

        var claims = await ReadAllClaimsAsync(new ClaimQuery());

        Assert.Equal(SampleCorpus.AlphaClaims.Concat(SampleCorpus.BetaClaims), claims.Select(c => c.Claim));
    }

    [ContractFact]
    public async Task Claims_are_found_by_alignment_key_or_link_key()
    {
        await SampleCorpus.FillAsync(Store, None);
        var key = SampleCorpus.AlphaClaims[0].Key;

        var found = await Store.FindClaimsByKeyAsync([key, new ClaimKey("nothing|actor|x|")], None);

        // The share (61% of the total) and the change (doubled from 2023) link to the 2024 level.
        var alpha = SampleCorpus.AlphaClaims;
        Assert.Equal([alpha[0], alpha[1], alpha[3], SampleCorpus.BetaClaims[0]], found.Select(c => c.Claim));
    }

    [ContractFact]
    public async Task A_figure_stated_by_several_documents_is_found_once_until_no_document_states_it()
    {
        var level = SampleCorpus.AlphaClaims[0];
        var copy = Fixtures.Article("corpus/wire/alpha-copy.txt", SampleCorpus.AlphaText);
        await Store.SaveDocumentsAsync([Fixtures.Save(SampleCorpus.Alpha, [level]), Fixtures.Save(copy, [level])], None);

        var both = await Store.FindClaimsByKeyAsync([level.Key], None);
        await Store.SaveDocumentsAsync([Fixtures.Save(SampleCorpus.Alpha, [])], None);
        var copyOnly = await Store.FindClaimsByKeyAsync([level.Key], None);
        await Store.SaveDocumentsAsync([Fixtures.Save(copy, [])], None);
        var none = await Store.FindClaimsByKeyAsync([level.Key], None);

        Assert.Equal(SampleCorpus.Alpha.Source, Assert.Single(both).Document.Source);
        Assert.Equal(copy.Source, Assert.Single(copyOnly).Document.Source);
        Assert.Empty(none);
    }

    [ContractFact]
    public async Task Unchecked_documents_are_the_saved_ones_not_yet_through_the_checker()
    {
        var ids = (await Store.SaveDocumentsAsync(
        [
            Fixtures.Save(SampleCorpus.Alpha, SampleCorpus.AlphaClaims),
            Fixtures.Save(SampleCorpus.Beta, SampleCorpus.BetaClaims),
        ], None)).Documents;
        await Store.SaveFailedDocumentAsync("broken.html", "parse error", None);
        var before = await Store.FindUncheckedDocumentsAsync(None);

        await Store.SaveContradictionsAsync(ids[0], [], None);

        Assert.Equal(ids, before);
        Assert.Equal([ids[1]], await Store.FindUncheckedDocumentsAsync(None));
    }

    [ContractFact]
    public async Task A_stored_source_reports_its_hash_extractor_and_check_state()
    {
        var (alpha, _) = await SampleCorpus.FillAsync(Store, None);

        var state = await Store.FindDocumentAsync(SampleCorpus.Alpha.Source, None);
        var missing = await Store.FindDocumentAsync("never/seen.txt", None);

        Assert.Equal(new StoredDocumentState(alpha, SampleCorpus.Alpha.ContentHash, "test-extractor/1", true), state);
        Assert.Null(missing);
    }

    [ContractFact]
    public async Task Documents_read_back_with_their_metadata_status_and_errors()
    {
        await SampleCorpus.FillAsync(Store, None);

        var documents = await ReadAllDocumentsAsync();

        Assert.Equal(
            [
                (SampleCorpus.Alpha.Source, DocumentStatus.Ok, (string?)null, SampleCorpus.AlphaText),
                (SampleCorpus.Beta.Source, DocumentStatus.Warning, "no byline found", SampleCorpus.BetaText),
                ("https://example.org/gone", DocumentStatus.Failed, "HTTP 404", ""),
            ],
            documents.Select(d => (d.Source, d.Status, d.Error, d.Text)));
        var metadata = SampleCorpus.Alpha.Metadata;
        Assert.Equal(metadata with { Authors = [] }, documents[0].Metadata with { Authors = [] });
        Assert.Equal(metadata.Authors, documents[0].Metadata.Authors);
    }

    [ContractFact]
    public async Task A_failure_never_replaces_a_good_version()
    {
        var (alpha, _) = await SampleCorpus.FillAsync(Store, None);

        await Store.SaveFailedDocumentAsync(SampleCorpus.Alpha.Source, "timeout", None);

        var document = (await ReadAllDocumentsAsync()).Single(d => d.Id == alpha);
        Assert.Equal((DocumentStatus.Ok, (string?)null), (document.Status, document.Error));
        Assert.Equal(SampleCorpus.AlphaClaims.Count, (await Store.ReadDocumentClaimsAsync(alpha, None)).Count);
    }

    [ContractFact]
    public async Task A_good_version_replaces_a_failure_and_a_new_failure_updates_the_error()
    {
        await Store.SaveFailedDocumentAsync(SampleCorpus.Alpha.Source, "timeout", None);
        await Store.SaveFailedDocumentAsync(SampleCorpus.Alpha.Source, "HTTP 503", None);
        var failed = (await ReadAllDocumentsAsync()).Single();

        await Store.SaveDocumentsAsync([Fixtures.Save(SampleCorpus.Alpha, SampleCorpus.AlphaClaims)], None);

        var saved = (await ReadAllDocumentsAsync()).Single();
        Assert.Equal((DocumentStatus.Failed, "HTTP 503"), (failed.Status, failed.Error));
        Assert.Equal((failed.Id, DocumentStatus.Ok, (string?)null), (saved.Id, saved.Status, saved.Error));
    }

    [ContractFact]
    public async Task Identical_content_under_another_source_is_marked_a_duplicate()
    {
        var copy = SampleCorpus.Alpha with { Source = "mirror/alpha-copy.txt" };

        var ids = (await Store.SaveDocumentsAsync(
            [Fixtures.Save(SampleCorpus.Alpha, []), Fixtures.Save(SampleCorpus.Beta, []), Fixtures.Save(copy, [])], None)).Documents;

        Assert.Equal([null, null, ids[0]], (await ReadAllDocumentsAsync()).Select(d => d.DuplicateOf));
    }

    [ContractFact]
    public async Task A_batch_with_a_span_outside_its_text_saves_nothing()
    {
        var bad = SampleCorpus.BetaClaims[0] with { Sentence = new Core.Text.TextSpan(0, SampleCorpus.BetaText.Length + 1) };

        await Assert.ThrowsAsync<ArgumentException>(() => Store.SaveDocumentsAsync(
            [Fixtures.Save(SampleCorpus.Alpha, SampleCorpus.AlphaClaims), Fixtures.Save(SampleCorpus.Beta, [bad])], None));

        Assert.Empty(await ReadAllDocumentsAsync());
    }

    [ContractFact]
    public async Task Migrating_again_applies_nothing_and_keeps_each_version_once()
    {
        await Store.MigrateAsync(None);

        Assert.Equal(Sql.MigrationRunner.Load().Select(m => m.Version), await ReadAppliedMigrationsAsync());
    }

    [ContractFact]
    public async Task Runs_record_arguments_outcomes_and_counts()
    {
        var started = new DateTimeOffset(2025, 2, 1, 9, 30, 0, TimeSpan.FromHours(1));
        var summary = new RunSummary(1, 2, 0, 1, 1, 9, 1, 3, Cancelled: false);
        var run = await Store.StartRunAsync("run corpus/ --db claims.db", started, None);
        await Store.RecordOutcomeAsync(run, new ItemOutcome("a.txt", ItemOutcomeKind.New, null), None);
        await Store.RecordOutcomeAsync(run, new ItemOutcome("b.pdf", ItemOutcomeKind.Skipped, "not an article file"), None);
        var unfinished = await ReadRunAsync(run);

        await Store.FinishRunAsync(run, summary, started.AddMinutes(2), None);

        var stored = await ReadRunAsync(run);
        Assert.NotNull(unfinished);
        Assert.Null(unfinished.Summary);
        Assert.NotNull(stored);
        Assert.Equal(
            (run, "run corpus/ --db claims.db", started, (DateTimeOffset?)started.AddMinutes(2), (RunSummary?)summary),
            (stored.Id, stored.Arguments, stored.StartedAt, stored.FinishedAt, stored.Summary));
        Assert.Equal(
            [new ItemOutcome("a.txt", ItemOutcomeKind.New, null), new ItemOutcome("b.pdf", ItemOutcomeKind.Skipped, "not an article file")],
            stored.Items);
    }

    protected abstract Task<IClaimStore> OpenAsync(CancellationToken cancellationToken);

    protected abstract Task SetStatusAsync(long contradictionId, ContradictionStatus status, string? reason);

    protected abstract Task<IReadOnlyList<int>> ReadAppliedMigrationsAsync();

    protected abstract Task<StoredRun?> ReadRunAsync(RunId run);

    /// <summary>Frees what <see cref="OpenAsync"/> made besides the store (a temp folder), after the store closes.</summary>
    protected virtual void DisposeResources()
    {
    }

    protected async Task<List<ContradictionRecord>> ReadAllContradictionsAsync(ContradictionQuery query)
    {
        var list = new List<ContradictionRecord>();
        await foreach (var record in Store.ReadContradictionsAsync(query, None))
        {
            list.Add(record);
        }

        return list;
    }

    protected async Task<List<StoredClaim>> ReadAllClaimsAsync(ClaimQuery query)
    {
        var list = new List<StoredClaim>();
        await foreach (var claim in Store.ReadClaimsAsync(query, None))
        {
            list.Add(claim);
        }

        return list;
    }

    protected async Task<List<DocumentRecord>> ReadAllDocumentsAsync()
    {
        var list = new List<DocumentRecord>();
        await foreach (var document in Store.ReadDocumentsAsync(None))
        {
            list.Add(document);
        }

        return list;
    }
}
