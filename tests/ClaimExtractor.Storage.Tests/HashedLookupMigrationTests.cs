using ClaimExtractor.Core.Claims;
using ClaimExtractor.Storage.Mapping;
using ClaimExtractor.Storage.Sql;
using ClaimExtractor.Storage.Sqlite;
using ClaimExtractor.Storage.Store;
using Dapper;

namespace ClaimExtractor.Storage.Tests;

/// <summary>Migration 0008: a store written while figures and keys were looked up by their text finds the same claims after it.</summary>
public sealed class HashedLookupMigrationTests : IDisposable
{
    private const string Level = "northland|actor|theft.value|2024";

    // One document as the store wrote it through migration 0007: a level, and a share whose figure links to the level's key.
    private const string RowsBeforeHashes = $"""
        INSERT INTO documents (id, source, authors, text, content_hash, extractor_version, status, warnings, created_at, updated_at)
        VALUES (1, 'corpus/a.txt', '[]', 'Northland stole $1.3 billion, 61% of it.', 'hash', 'v1', 'ok', '[]',
                '2025-01-01T00:00:00.0000000Z', '2025-01-01T00:00:00.0000000Z');
        INSERT INTO claims (id, document_id, "start", "end", quote, sentence_start, sentence_end, role, metric, metric_key, value,
                            unit, unit_dimension, change, hedged, negated, confidence, scope, share_base_key, claim_key, figure)
        VALUES (1, 1, 16, 28, '$1.3 billion', 0, 41, 'actor', 'stolen', 'theft.value', '1300000000', 'USD', 'currency', 'none',
                0, 0, 0.9, 'part', NULL, '{Level}', 'figure one'),
               (2, 1, 30, 33, '61%', 0, 41, 'actor', 'share stolen', 'theft.share', '61', 'percent', 'percent', 'none',
                0, 0, 0.9, 'part', 'theft.value', 'northland|actor|theft.share|2024', 'figure two, déjà 東京');
        INSERT INTO figures (figure, claim_key, claim_id, support)
        VALUES ('figure one', '{Level}', 1, 2), ('figure two, déjà 東京', 'northland|actor|theft.share|2024', 2, 1);
        INSERT INTO figure_links (link_key, figure) VALUES ('{Level}', 'figure two, déjà 東京');
        """;

    private static readonly CancellationToken None = CancellationToken.None;
    private readonly TempDir _dir = new();

    [Fact]
    public async Task A_store_filled_before_hashed_lookups_finds_its_claims_by_key_and_by_link_after_migrating()
    {
        var path = _dir.File("claims.db");
        await using (var old = await SqliteDialect.Instance.OpenAsync(SqliteDialect.ConnectionString(path), readOnly: false, pooled: false, None))
        {
            await new MigrationRunner(SqliteDialect.Instance.PrepareMigration, TimeProvider.System).ApplyAsync(old, None, throughVersion: 7);
            await old.ExecuteAsync(RowsBeforeHashes);
        }

        await using var store = await ClaimStore.OpenAsync(path, None);
        await store.MigrateAsync(None);

        var found = await store.FindClaimsByKeyAsync([new ClaimKey(Level)], None);
        Assert.Equal([1L, 2L], found.Select(c => c.Id.Value));
        await using var check = await SqliteDialect.Instance.OpenAsync(SqliteDialect.ConnectionString(path), readOnly: true, pooled: false, None);
        Assert.Equal(
            [LookupHash.Of("figure one"), LookupHash.Of("figure two, déjà 東京")],
            await check.QueryAsync<long>("SELECT figure_hash FROM claims ORDER BY id"));
        Assert.Equal([2L, 1L], await check.QueryAsync<long>("SELECT support FROM figures ORDER BY claim_id"));
    }

    public void Dispose() => _dir.Dispose();
}
