using ClaimExtractor.Core.Consistency;
using ClaimExtractor.Core.Storage;
using ClaimExtractor.Storage.Sqlite;

namespace ClaimExtractor.Storage.Tests;

/// <summary>The store contract on an in-memory SQLite database, run every time.</summary>
public class SqliteClaimStoreTests : ClaimStoreContract
{
    private SqliteClaimStore Sqlite => (SqliteClaimStore)Store;

    protected override async Task<IClaimStore> OpenAsync(CancellationToken cancellationToken) =>
        await SqliteClaimStore.OpenAsync(":memory:", cancellationToken);

    protected override Task SetStatusAsync(long contradictionId, ContradictionStatus status, string? reason) =>
        Sqlite.SetStatusAsync(contradictionId, status, reason, note: null, reviewer: "tester", None);

    protected override Task<IReadOnlyList<int>> ReadAppliedMigrationsAsync() => Sqlite.ReadAppliedMigrationsAsync(None);

    protected override Task<StoredRun?> ReadRunAsync(RunId run) => Sqlite.ReadRunAsync(run, None);

    [Fact]
    public async Task A_decision_on_an_unknown_contradiction_is_refused()
    {
        await Assert.ThrowsAsync<KeyNotFoundException>(() =>
            Sqlite.SetStatusAsync(404, ContradictionStatus.Confirmed, null, null, null, None));
    }
}
