using ClaimExtractor.Core.Documents;
using ClaimExtractor.Core.Storage;
using ClaimExtractor.Storage.Mapping;
using ClaimExtractor.Storage.Sql;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ClaimExtractor.Storage.Sqlite;

/// <summary>
/// <see cref="IClaimStore"/> on SQLite. Holds one open connection (so a <c>:memory:</c> database lives as long as
/// the store); one writer at a time, as the interface says. Call <see cref="MigrateAsync"/> after opening.
/// </summary>
public sealed partial class SqliteClaimStore : IClaimStore
{
    private readonly SqliteConnection _connection;
    private readonly SqliteDialect _dialect;
    private readonly TimeProvider _time;

    private SqliteClaimStore(SqliteConnection connection, SqliteDialect dialect, TimeProvider time)
    {
        _connection = connection;
        _dialect = dialect;
        _time = time;
    }

    /// <summary>Opens a store: a file path (<c>claims.db</c>), <c>:memory:</c>, or a <c>Data Source=...</c> connection string.</summary>
    public static Task<SqliteClaimStore> OpenAsync(string fileOrConnectionString, CancellationToken cancellationToken) =>
        OpenAsync(fileOrConnectionString, TimeProvider.System, cancellationToken);

    /// <summary>Opens a store whose timestamps (created_at, decided_at, applied_at) come from <paramref name="time"/>.</summary>
    public static async Task<SqliteClaimStore> OpenAsync(
        string fileOrConnectionString, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(time);
        var dialect = SqliteDialect.Instance;
        var connection = new SqliteConnection(dialect.ConnectionString(fileOrConnectionString));
        try
        {
            await connection.OpenAsync(cancellationToken);
            await dialect.ConfigureAsync(connection, cancellationToken);
            return new SqliteClaimStore(connection, dialect, time);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <inheritdoc />
    public async Task MigrateAsync(CancellationToken cancellationToken) =>
        await new MigrationRunner(_dialect.PrepareMigration, _time).ApplyAsync(_connection, cancellationToken);

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

    private sealed class DocumentStateRow
    {
        public long Id { get; set; }

        public string Hash { get; set; } = "";

        public string Version { get; set; } = "";

        public long IsChecked { get; set; }
    }
}
