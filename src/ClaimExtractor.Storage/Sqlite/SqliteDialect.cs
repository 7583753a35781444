using Dapper;
using Microsoft.Data.Sqlite;

namespace ClaimExtractor.Storage.Sqlite;

/// <summary>
/// Everything SQLite does differently from the portable SQL in the migrations and queries: connection strings,
/// per-connection pragmas, case-insensitive matching. The PostgreSQL backend gets its own class like this one.
/// </summary>
internal sealed class SqliteDialect
{
    // bundle_e_sqlite3 must be wired to Microsoft.Data.Sqlite.Core once per process, before the first connection.
    static SqliteDialect() => SQLitePCL.Batteries_V2.Init();

    // A connection string starts with one of these; anything else is a file path (which may itself contain '=').
    private static readonly string[] ConnectionStringKeywords = ["Data Source=", "DataSource=", "Filename=", "Data Source =", "DataSource =", "Filename ="];

    private SqliteDialect()
    {
    }

    public static SqliteDialect Instance { get; } = new();

    /// <summary>How long a writer waits for another process's lock before failing.</summary>
    public TimeSpan BusyTimeout { get; } = TimeSpan.FromSeconds(30);

    /// <summary>A plain path or <c>:memory:</c> becomes a connection string; a connection string is kept.</summary>
    public string ConnectionString(string fileOrConnectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileOrConnectionString);
        var trimmed = fileOrConnectionString.TrimStart();
        if (ConnectionStringKeywords.Any(k => trimmed.StartsWith(k, StringComparison.OrdinalIgnoreCase)))
        {
            return fileOrConnectionString;
        }

        // No pooling: one store owns one connection, and a pooled handle would keep the file open after disposal.
        return new SqliteConnectionStringBuilder { DataSource = fileOrConnectionString, Pooling = false }.ToString();
    }

    public static bool IsInMemory(SqliteConnection connection) =>
        string.Equals(connection.DataSource, ":memory:", StringComparison.Ordinal)
        || string.IsNullOrEmpty(connection.DataSource)
        || connection.ConnectionString.Contains("Mode=Memory", StringComparison.OrdinalIgnoreCase);

    public async Task ConfigureAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        var timeoutMs = (long)BusyTimeout.TotalMilliseconds;
        if (!IsInMemory(connection))
        {
            // WAL: readers (the web UI, an export) do not block the writer; NORMAL sync is safe with WAL.
            await connection.ExecuteAsync(new CommandDefinition(
                "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;", cancellationToken: cancellationToken));
        }

        // A 64 MB page cache and memory-mapped reads keep the indexes a run keeps probing (figures, claims by
        // document) in memory: with SQLite's 2 MB default, a large store re-reads its pages from the OS on every lookup.
        await connection.ExecuteAsync(new CommandDefinition(
            $"PRAGMA foreign_keys=ON; PRAGMA busy_timeout={timeoutMs}; PRAGMA cache_size=-65536; PRAGMA mmap_size=268435456; PRAGMA temp_store=MEMORY;",
            cancellationToken: cancellationToken));
    }

    /// <summary>The migrations are written in SQLite's flavour of the portable SQL: nothing to rewrite.</summary>
    public string PrepareMigration(string sql) => sql;

    /// <summary>
    /// A case-insensitive substring test of <paramref name="column"/> against a parameter made by
    /// <see cref="ContainsPattern"/>. SQLite's LIKE ignores case for ASCII letters only.
    /// </summary>
    public string ContainsIgnoreCase(string column, string parameter) => $"{column} LIKE {parameter} ESCAPE '\\'";

    /// <summary>The LIKE pattern for "contains <paramref name="text"/>", with LIKE's wildcards escaped.</summary>
    public string ContainsPattern(string text) =>
        "%" + text.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal) + "%";
}
