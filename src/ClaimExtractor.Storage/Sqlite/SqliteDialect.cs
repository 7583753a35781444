using System.Data.Common;
using System.Text.Encodings.Web;
using System.Text.Json;
using ClaimExtractor.Storage.Mapping;
using ClaimExtractor.Storage.Store;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ClaimExtractor.Storage.Sqlite;

/// <summary>
/// SQLite: a file or <c>:memory:</c>, per-connection pragmas (WAL, foreign keys, busy timeout), LIKE, Dapper's list
/// expansion. One process writes at a time, so there is no row locking and no conflict to retry.
/// </summary>
internal sealed class SqliteDialect : SqlDialect
{
    // bundle_e_sqlite3 must be wired to Microsoft.Data.Sqlite.Core once per process, before the first connection.
    static SqliteDialect() => SQLitePCL.Batteries_V2.Init();

    // A connection string starts with one of these; anything else is a file path (which may itself contain '=').
    private static readonly string[] ConnectionStringKeywords = ["Data Source=", "DataSource=", "Filename=", "Data Source =", "DataSource =", "Filename ="];

    private static readonly JsonSerializerOptions ListJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private SqliteDialect()
    {
    }

    public static SqliteDialect Instance { get; } = new();

    /// <summary>How long a writer waits for another process's lock before failing.</summary>
    public TimeSpan BusyTimeout { get; } = TimeSpan.FromSeconds(30);

    public override string LockSkippingLocked => "";

    /// <summary>
    /// In process, a prepared one-row statement costs no round trip, and binding by position costs no name lookups (a
    /// statement of many named rows would spend its time binding, quadratic in its parameters).
    /// </summary>
    public override IRowInsert CreateInsert(DbConnection connection, DbTransaction transaction, string head, int columns, string tail = "") =>
        new SqliteRowInsert((SqliteConnection)connection, head, columns, tail);

    /// <summary>
    /// The ids SQLite would give: one past the largest. The write transaction holds the database's only write lock, so
    /// no other writer can take them before the batch commits.
    /// </summary>
    public override async Task<IReadOnlyList<long>> ReserveIdsAsync(
        DbConnection connection, DbTransaction transaction, string table, int count, CancellationToken cancellationToken)
    {
        var last = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            $"SELECT COALESCE(MAX(id), 0) FROM {table}", transaction: transaction, cancellationToken: cancellationToken));
        return [.. Enumerable.Range(1, count).Select(i => last + i)];
    }

    /// <summary>True when <paramref name="database"/> is a SQLite connection string rather than a file path.</summary>
    public static bool IsConnectionString(string database) =>
        ConnectionStringKeywords.Any(k => database.TrimStart().StartsWith(k, StringComparison.OrdinalIgnoreCase));

    /// <summary>A plain path or <c>:memory:</c> becomes a connection string; a connection string is kept.</summary>
    public static string ConnectionString(string fileOrConnectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileOrConnectionString);
        if (IsConnectionString(fileOrConnectionString))
        {
            return fileOrConnectionString;
        }

        // No pooling: one store owns one connection, and a pooled handle would keep the file open after disposal.
        return new SqliteConnectionStringBuilder { DataSource = fileOrConnectionString, Pooling = false }.ToString();
    }

    public override async Task<DbConnection> OpenAsync(string connectionString, bool readOnly, bool pooled, CancellationToken cancellationToken)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (readOnly)
        {
            // Pooled readers (the review app's requests): the next request finds the pages the last one read still
            // cached; SQLite checks the WAL on every read, so nothing stale is served. ReleasePooledReaders closes them.
            // A reader held for a whole run is not pooled: a pooled handle outlives it, on the file it opened even if
            // that file is later replaced.
            builder.Mode = SqliteOpenMode.ReadOnly;
            builder.Pooling = pooled;
        }

        var connection = new SqliteConnection(builder.ToString());
        try
        {
            await connection.OpenAsync(cancellationToken);

            // The lookup hash PostgreSQL computes with sha256: the migration that adds the hash columns fills them with it.
            connection.CreateFunction(LookupHash.SqlFunction, (string? text) => text is null ? (long?)null : LookupHash.Of(text), isDeterministic: true);
            await ConfigureAsync(connection, readOnly, cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Closes the pooled read-only connections, so their files can be moved or deleted.</summary>
    public static void ReleasePooledReaders() => SqliteConnection.ClearAllPools();

    /// <summary>The migrations are written in SQLite's flavour of the portable SQL: nothing to rewrite.</summary>
    public override string PrepareMigration(string sql) => sql;

    /// <summary>Each migration's transaction takes SQLite's write lock, which already excludes other processes.</summary>
    public override Task SerializeMigrationsAsync(DbConnection connection, Func<Task> migrate, CancellationToken cancellationToken) => migrate();

    /// <summary>SQLite's LIKE ignores case for ASCII letters only.</summary>
    public override string ContainsIgnoreCase(string column, string parameter) => $"{column} LIKE {parameter} ESCAPE '\\'";

    /// <summary>
    /// The list goes as one JSON array parameter that <c>json_each</c> unpacks: SQLite finds a named parameter by a
    /// linear search, so a list expanded into one parameter per value cost time quadratic in its length to bind.
    /// </summary>
    public override string InList(string column, string parameter) => $"{column} IN (SELECT value FROM json_each({parameter}))";

    /// <summary>The values as a JSON array, non-ASCII text kept as it is (json_each reads UTF-8).</summary>
    public override object ListValue<T>(IReadOnlyCollection<T> values) => JsonSerializer.Serialize(values, ListJson);

    public override bool IsConcurrencyConflict(Exception exception) => false;

    private static bool IsInMemory(SqliteConnection connection) =>
        string.Equals(connection.DataSource, ":memory:", StringComparison.Ordinal)
        || string.IsNullOrEmpty(connection.DataSource)
        || connection.ConnectionString.Contains("Mode=Memory", StringComparison.OrdinalIgnoreCase);

    private async Task ConfigureAsync(SqliteConnection connection, bool readOnly, CancellationToken cancellationToken)
    {
        var timeoutMs = (long)BusyTimeout.TotalMilliseconds;
        if (readOnly)
        {
            // No journal_mode pragma here: a read-only connection cannot change it, and the writer set WAL already.
            await connection.ExecuteAsync(new CommandDefinition(
                $"PRAGMA query_only=ON; PRAGMA busy_timeout={timeoutMs}; PRAGMA cache_size=-16384; PRAGMA mmap_size=268435456;",
                cancellationToken: cancellationToken));
            return;
        }

        if (!IsInMemory(connection))
        {
            // WAL: readers (the web UI, an export) do not block the writer; NORMAL sync is safe with WAL.
            await connection.ExecuteAsync(new CommandDefinition(
                "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;", cancellationToken: cancellationToken));
        }

        // A 64 MB page cache and memory-mapped reads keep the indexes a run keeps probing (figures, claims by
        // document) in memory: with SQLite's 2 MB default, a large store re-reads its pages from the OS on every lookup.
        // The WAL is copied back every 65,536 pages (256 MB), not every few commits: a batch rewrites thousands of
        // random index pages, and a checkpoint after several batches copies each such page once, not once per batch.
        // (A larger mmap did not help: 2 GB gave the same CPU time at a million claims and 275 MB more memory.)
        await connection.ExecuteAsync(new CommandDefinition(
            $"PRAGMA foreign_keys=ON; PRAGMA busy_timeout={timeoutMs}; PRAGMA cache_size=-65536; PRAGMA mmap_size=268435456; PRAGMA temp_store=MEMORY; PRAGMA wal_autocheckpoint=65536;",
            cancellationToken: cancellationToken));
    }
}
