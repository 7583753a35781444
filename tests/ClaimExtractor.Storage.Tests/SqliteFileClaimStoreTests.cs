using ClaimExtractor.Storage.Store;
using ClaimExtractor.Storage.Tests.Support;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ClaimExtractor.Storage.Tests;

/// <summary>The store contract on a database file in a temp folder, plus what only files do.</summary>
public sealed class SqliteFileClaimStoreTests : SqliteClaimStoreTests
{
    private readonly TempDir _dir = new();

    private string DbPath => _dir.File("claims.db");

    [Fact]
    public async Task Opening_the_file_again_applies_no_migration_twice()
    {
        await SampleCorpus.FillAsync(Store, None);

        await using (var again = await ClaimStore.OpenAsync($"Data Source={DbPath}", None))
        {
            await again.MigrateAsync(None);
            Assert.Equal([1, 2, 3], await again.ReadAppliedMigrationsAsync(None));
            Assert.Equal(2, await again.CountContradictionsAsync(None));
        }
    }

    [Fact]
    public async Task A_file_store_writes_ahead_so_readers_do_not_block_the_writer()
    {
        await using var reader = new SqliteConnection($"Data Source={DbPath};Pooling=False");
        await reader.OpenAsync();

        var mode = await reader.ExecuteScalarAsync<string>("PRAGMA journal_mode");

        Assert.Equal("wal", mode);
    }

    protected override Task<Core.Storage.IClaimStore> OpenAsync(CancellationToken cancellationToken) =>
        OpenFileAsync(cancellationToken);

    protected override void DisposeResources() => _dir.Dispose();

    private async Task<Core.Storage.IClaimStore> OpenFileAsync(CancellationToken cancellationToken) =>
        await ClaimStore.OpenAsync(DbPath, cancellationToken);
}
