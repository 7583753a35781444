using System.Data.Common;
using ClaimExtractor.Core.Documents;
using ClaimExtractor.Core.Storage;
using ClaimExtractor.Storage.Mapping;
using ClaimExtractor.Storage.Sql;
using ClaimExtractor.Storage.Sqlite;
using Dapper;

namespace ClaimExtractor.Storage.Store;

/// <summary>
/// <see cref="IClaimStore"/> on SQLite or PostgreSQL: the same SQL for both, with what differs in one
/// <see cref="SqlDialect"/> per backend. Holds one open connection (so a <c>:memory:</c> database lives as long as the
/// store); one writer per instance, as the interface says. Call <see cref="MigrateAsync"/> after opening.
/// </summary>
public sealed partial class ClaimStore : IClaimStore
{
    private readonly DbConnection _connection;
    private readonly SqlDialect _dialect;
    private readonly TimeProvider _time;
    private readonly LookupHashes _hashes = new();

    private ClaimStore(DbConnection connection, StoreLocation location, TimeProvider time)
    {
        _connection = connection;
        _dialect = location.Dialect;
        Location = location;
        _time = time;
    }

    /// <summary>Where this store lives (its backend, and a connection string without the password for messages).</summary>
    public StoreLocation Location { get; }

    /// <summary>
    /// Opens a store: a SQLite file path (<c>claims.db</c>), <c>:memory:</c> or <c>Data Source=...</c>; or a PostgreSQL
    /// <c>postgres://</c> URL or <c>Host=...</c> connection string (see <see cref="StoreLocation"/>).
    /// </summary>
    public static Task<ClaimStore> OpenAsync(string database, CancellationToken cancellationToken) =>
        OpenAsync(database, TimeProvider.System, cancellationToken);

    /// <summary>Opens a store whose timestamps (created_at, decided_at, applied_at) come from <paramref name="time"/>.</summary>
    public static async Task<ClaimStore> OpenAsync(string database, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(time);
        var location = StoreLocation.Parse(database);
        var connection = await location.Dialect.OpenAsync(location.ConnectionString, readOnly: false, pooled: false, cancellationToken);
        return new ClaimStore(connection, location, time);
    }

    /// <summary>
    /// Opens an existing store for reading only (SQLite: <c>Mode=ReadOnly</c> and <c>query_only</c>; PostgreSQL: a
    /// session whose transactions are read-only): a reader such as the JSON API can never write, whatever SQL reaches it.
    /// </summary>
    public static Task<ClaimStore> OpenReadOnlyAsync(string database, CancellationToken cancellationToken) =>
        OpenReadOnlyAsync(database, pooled: true, cancellationToken);

    /// <summary>
    /// <see cref="OpenReadOnlyAsync(string, CancellationToken)"/>, with a connection that is pooled (for short requests)
    /// or not (for a reader held through a run, such as the checker's).
    /// </summary>
    public static async Task<ClaimStore> OpenReadOnlyAsync(string database, bool pooled, CancellationToken cancellationToken)
    {
        var location = StoreLocation.Parse(database);
        var connection = await location.Dialect.OpenAsync(location.ConnectionString, readOnly: true, pooled, cancellationToken);
        return new ClaimStore(connection, location, TimeProvider.System);
    }

    /// <summary>Closes the read-only SQLite connections <see cref="OpenReadOnlyAsync(string, CancellationToken)"/> keeps pooled, so their files can be moved or deleted.</summary>
    public static void ReleaseReaders() => SqliteDialect.ReleasePooledReaders();

    /// <inheritdoc />
    public async Task MigrateAsync(CancellationToken cancellationToken) =>
        await _dialect.SerializeMigrationsAsync(
            _connection,
            () => new MigrationRunner(_dialect.PrepareMigration, _time).ApplyAsync(_connection, cancellationToken),
            cancellationToken);

    /// <summary>The migration versions recorded in <c>schema_migrations</c>, in order.</summary>
    public async Task<IReadOnlyList<int>> ReadAppliedMigrationsAsync(CancellationToken cancellationToken)
    {
        var versions = await _connection.QueryAsync<long>(new CommandDefinition(
            "SELECT version FROM schema_migrations ORDER BY version", cancellationToken: cancellationToken));
        return [.. versions.Select(v => checked((int)v))];
    }

    /// <inheritdoc />
    public async Task<StoredDocumentState?> FindDocumentAsync(string source, CancellationToken cancellationToken)
    {
        var row = await _connection.QuerySingleOrDefaultAsync<DocumentStateRow>(new CommandDefinition(
            "SELECT id AS Id, content_hash AS Hash, extractor_version AS Version, checked AS IsChecked FROM documents WHERE source = @source",
            new { source }, cancellationToken: cancellationToken));
        return row is null ? null : new StoredDocumentState(new DocumentId(row.Id), row.Hash, row.Version, row.IsChecked != 0);
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _connection.DisposeAsync();

    private string Now() => DateText.ToStored(_time.GetUtcNow());

    // A transaction that lost a race with another worker (deadlock, a key inserted meanwhile) is redone whole, a few
    // times with a growing random pause; SQLite has one writer and never needs it.
    private async Task<T> RetryConflictsAsync<T>(Func<Task<T>> transaction, CancellationToken cancellationToken)
    {
        const int Attempts = 8;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await transaction();
            }
            catch (Exception e) when (attempt < Attempts && _dialect.IsConcurrencyConflict(e))
            {
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(10, 50) * attempt), _time, cancellationToken);
            }
        }
    }

    private sealed class DocumentStateRow
    {
        public long Id { get; set; }

        public string Hash { get; set; } = "";

        public string Version { get; set; } = "";

        public long IsChecked { get; set; }
    }
}
