using ClaimExtractor.Core.Storage;
using ClaimExtractor.Storage.Store;

namespace ClaimExtractor.Storage.Tests;

/// <summary>The store contract on an in-memory SQLite database, run every time.</summary>
public class SqliteClaimStoreTests : ClaimStoreBackendContract
{
    protected override async Task<IClaimStore> OpenAsync(CancellationToken cancellationToken) =>
        await ClaimStore.OpenAsync(":memory:", cancellationToken);
}
