using ClaimExtractor.Storage.Store;

namespace ClaimExtractor.Web.Hosting;

/// <summary>
/// Opens a store per request: a read-only connection for pages and the API, a writable one only to record
/// decisions. SQLite connections are cheap and WAL lets readers run beside the writer; PostgreSQL connections come
/// from Npgsql's pool, and the reader's session refuses writes.
/// </summary>
public sealed class ReviewStores(string database)
{
    /// <summary>The store: a SQLite file, or a PostgreSQL URL or connection string.</summary>
    public string Database { get; } = database;

    /// <summary>A connection that cannot write.</summary>
    public Task<ClaimStore> OpenReaderAsync(CancellationToken cancellationToken) =>
        ClaimStore.OpenReadOnlyAsync(Database, cancellationToken);

    /// <summary>A connection for recording decisions.</summary>
    public Task<ClaimStore> OpenWriterAsync(CancellationToken cancellationToken) =>
        ClaimStore.OpenAsync(Database, cancellationToken);
}
