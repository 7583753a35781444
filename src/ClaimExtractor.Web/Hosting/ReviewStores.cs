using ClaimExtractor.Storage.Sqlite;

namespace ClaimExtractor.Web.Hosting;

/// <summary>
/// Opens a store per request: a read-only connection for pages and the API, a writable one only to record
/// decisions. SQLite connections are cheap and WAL lets readers run beside the writer.
/// </summary>
public sealed class ReviewStores(string database)
{
    /// <summary>The database file.</summary>
    public string Database { get; } = database;

    /// <summary>A connection that cannot write.</summary>
    public Task<SqliteClaimStore> OpenReaderAsync(CancellationToken cancellationToken) =>
        SqliteClaimStore.OpenReadOnlyAsync(Database, cancellationToken);

    /// <summary>A connection for recording decisions.</summary>
    public Task<SqliteClaimStore> OpenWriterAsync(CancellationToken cancellationToken) =>
        SqliteClaimStore.OpenAsync(Database, cancellationToken);
}
