using ClaimExtractor.Core.Consistency;
using ClaimExtractor.Core.Documents;
using ClaimExtractor.Core.Storage;
using ClaimExtractor.Storage.Store;
using ClaimExtractor.Storage.Tests.Support;
using Microsoft.Data.Sqlite;

namespace ClaimExtractor.Storage.Tests;

/// <summary>The review reads of <see cref="ClaimStore"/>: the paged, filtered queue, one flag, counts, the trail, read-only mode.</summary>
public sealed class SqliteReviewReadTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly TempDir _dir = new();
    private ClaimStore _store = null!; // set in InitializeAsync, before any test runs
    private (DocumentId Alpha, DocumentId Beta) _ids;

    public async Task InitializeAsync()
    {
        _store = await ClaimStore.OpenAsync(_dir.File("claims.db"), None);
        await _store.MigrateAsync(None);
        _ids = await SampleCorpus.FillAsync(_store, None);
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        _dir.Dispose();
    }

    [Fact]
    public async Task A_page_of_the_queue_skips_and_takes_in_severity_order()
    {
        var all = await ReadAllAsync();

        var second = await _store.ReadContradictionPageAsync(new ContradictionQuery(Offset: 1, Limit: 1), None);

        Assert.Equal([ContradictionKind.ValueMismatch, ContradictionKind.Arithmetic], all.Select(r => r.Contradiction.Kind));
        Assert.Equal(all[1], Assert.Single(second));
    }

    // corpus: alpha (Wire, Inc., 2024-12-19, "a record year") and beta (no outlet, 2025-01-15) meet in both flags;
    // only the arithmetic flag's explanation says "61%" and only its claims quote "61 percent".
    [Theory]
    [InlineData("wire", null, null, null, 2)]
    [InlineData("nobody", null, null, null, 0)]
    [InlineData(null, "61%", null, null, 1)]
    [InlineData(null, "RECORD YEAR", null, null, 2)]
    [InlineData(null, "61 PERCENT", null, null, 1)]
    [InlineData(null, null, "2025-01-15", "2025-01-15", 2)]
    [InlineData(null, null, "2025-02-01", null, 0)]
    [InlineData(null, null, null, "2024-12-01", 0)]
    [InlineData(null, null, "2024-12-20", "2025-01-14", 0)]
    public async Task The_queue_filters_by_outlet_text_and_publication_dates(string? outlet, string? text, string? from, string? to, int expected)
    {
        var filter = new ContradictionQuery(
            Outlet: outlet, Text: text,
            PublishedFrom: from is null ? null : DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture),
            PublishedTo: to is null ? null : DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture));

        var page = await _store.ReadContradictionPageAsync(filter, None);
        var queue = await _store.ReadQueueAsync(filter, None);

        Assert.Equal(expected, page.Count);
        Assert.Equal(expected, await _store.CountContradictionsAsync(filter, None));
        Assert.Equal(expected, queue.Total);
        Assert.Equal(page.Select(r => r.Id), queue.Page.Select(r => r.Id));
    }

    [Fact]
    public async Task One_queue_read_gives_the_status_counts_the_total_and_the_page_the_separate_reads_give()
    {
        var all = await ReadAllAsync();
        await _store.SetStatusAsync(all[1].Id, ContradictionStatus.Dismissed, "rounding", null, "ana", None);
        var open = new ContradictionQuery(Status: ContradictionStatus.Open, Limit: 1);

        var queue = await _store.ReadQueueAsync(open, None);
        var second = await _store.ReadQueueAsync(new ContradictionQuery(Offset: 1, Limit: 1), None);

        Assert.Equal(await _store.CountContradictionsByStatusAsync(open, None), queue.Counts);
        Assert.Equal((1, all[0].Id), (queue.Total, Assert.Single(queue.Page).Id));
        Assert.Equal((2, all[1].Id, ContradictionStatus.Dismissed), (second.Total, Assert.Single(second.Page).Id, second.Page[0].Status));
    }

    [Fact]
    public async Task Counts_by_status_cover_every_status_whatever_the_status_filter()
    {
        var all = await ReadAllAsync();
        await _store.SetStatusAsync(all[0].Id, ContradictionStatus.Confirmed, null, null, "ana", None);

        var counts = await _store.CountContradictionsByStatusAsync(new ContradictionQuery(Status: ContradictionStatus.Open), None);

        Assert.Equal(
            new Dictionary<ContradictionStatus, int> { [ContradictionStatus.Open] = 1, [ContradictionStatus.Confirmed] = 1, [ContradictionStatus.Dismissed] = 0 },
            counts);
        Assert.Equal(1, await _store.CountContradictionsAsync(new ContradictionQuery(Status: ContradictionStatus.Open), None));
    }

    [Fact]
    public async Task One_flag_reads_back_as_the_queue_shows_it_and_an_unknown_id_is_null()
    {
        var all = await ReadAllAsync();

        Assert.Equal(all[1], await _store.ReadContradictionAsync(all[1].Id, None));
        Assert.Null(await _store.ReadContradictionAsync(404, None));
    }

    [Fact]
    public async Task The_trail_records_who_moved_a_flag_from_which_status_to_which_and_undo_appends_the_way_back()
    {
        var flag = (await ReadAllAsync())[0].Id;
        await _store.SetStatusAsync(flag, ContradictionStatus.Dismissed, "rounding", "close enough", "ana", None);
        await _store.SetStatusAsync(flag, ContradictionStatus.Confirmed, null, null, "bo", None);

        Assert.True(await _store.UndoDecisionAsync(flag, "cy", None));

        var trail = await _store.ReadDecisionsAsync(flag, None);
        Assert.Equal(
            [
                (ContradictionStatus.Open, ContradictionStatus.Dismissed, "rounding", "ana"),
                (ContradictionStatus.Dismissed, ContradictionStatus.Confirmed, null, "bo"),
                (ContradictionStatus.Confirmed, ContradictionStatus.Dismissed, "undo", "cy"),
            ],
            trail.Select(d => (d.From, d.To, d.Reason, d.Reviewer)));
        Assert.Equal(ContradictionStatus.Dismissed, (await _store.ReadContradictionAsync(flag, None))!.Status); // the flag exists
    }

    [Fact]
    public async Task Undo_with_nothing_decided_does_nothing_and_an_unknown_flag_is_refused()
    {
        var flag = (await ReadAllAsync())[1].Id;

        Assert.False(await _store.UndoDecisionAsync(flag, "ana", None));
        Assert.Empty(await _store.ReadDecisionsAsync(flag, None));
        await Assert.ThrowsAsync<KeyNotFoundException>(() => _store.UndoDecisionAsync(404, "ana", None));
    }

    [Fact]
    public async Task A_read_only_store_reads_but_cannot_write()
    {
        var flag = (await ReadAllAsync())[0].Id;
        await using var reader = await ClaimStore.OpenReadOnlyAsync(_dir.File("claims.db"), None);

        Assert.Equal(2, await reader.CountContradictionsAsync(new ContradictionQuery(), None));
        await Assert.ThrowsAsync<SqliteException>(() =>
            reader.SetStatusAsync(flag, ContradictionStatus.Confirmed, null, null, "ana", None));
        Assert.Empty(await _store.ReadDecisionsAsync(flag, None));
    }

    [Fact]
    public async Task A_read_only_store_does_not_create_a_missing_file()
    {
        var missing = _dir.File("missing.db");

        await Assert.ThrowsAsync<SqliteException>(() => ClaimStore.OpenReadOnlyAsync(missing, None));
        Assert.False(File.Exists(missing));
    }

    [Fact]
    public async Task Claim_pages_are_slices_of_the_full_read()
    {
        var all = new List<Core.Claims.StoredClaim>();
        await foreach (var claim in _store.ReadClaimsAsync(new ClaimQuery(), None))
        {
            all.Add(claim);
        }

        var page = await _store.ReadClaimPageAsync(new ClaimQuery(), offset: 2, limit: 3, None);
        var beta = await _store.ReadClaimPageAsync(new ClaimQuery(Source: "beta"), 0, 100, None);

        Assert.Equal(all.Skip(2).Take(3), page);
        Assert.Equal(SampleCorpus.BetaClaims.Count, beta.Count);
        Assert.All(beta, c => Assert.Equal(_ids.Beta, c.Document.Id));
    }

    [Fact]
    public async Task Document_pages_filter_by_outlet()
    {
        var wire = await _store.ReadDocumentPageAsync("wire", 0, 10, None);
        var all = await _store.ReadDocumentPageAsync(null, 1, 10, None);

        Assert.Equal([_ids.Alpha], wire.Select(d => d.Id));
        Assert.Equal(2, all.Count); // beta and the failed source after alpha
    }

    [Fact]
    public async Task Entity_pages_match_aliases_and_count_claims()
    {
        var entities = await _store.ReadEntityPageAsync("regime", 0, 10, None);

        var northland = Assert.Single(entities);
        Assert.Equal("Northland", northland.Name);
        Assert.Contains("the regime", northland.Aliases);
        Assert.Equal(SampleCorpus.AlphaClaims.Count(c => c.Subject == Fixtures.Northland) + SampleCorpus.BetaClaims.Count(c => c.Subject == Fixtures.Northland), northland.Claims);
    }

    private async Task<List<ContradictionRecord>> ReadAllAsync()
    {
        var all = new List<ContradictionRecord>();
        await foreach (var record in _store.ReadContradictionsAsync(new ContradictionQuery(), None))
        {
            all.Add(record);
        }

        return all;
    }
}
