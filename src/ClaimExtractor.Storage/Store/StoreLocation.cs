using System.Globalization;
using ClaimExtractor.Storage.Postgres;
using ClaimExtractor.Storage.Sqlite;
using Npgsql;

namespace ClaimExtractor.Storage.Store;

/// <summary>
/// Where a store lives, from what a user gives to <c>--db</c>: a SQLite file, <c>:memory:</c> or <c>Data Source=...</c>;
/// or a PostgreSQL <c>postgres://user:password@host:port/database</c> URL or <c>Host=...;Database=...</c> connection string.
/// </summary>
public sealed class StoreLocation
{
    private static readonly string[] PostgresKeywords = ["Host", "Server"];

    private StoreLocation(StoreBackend backend, string connectionString, string display, string? file = null)
    {
        Backend = backend;
        ConnectionString = connectionString;
        Display = display;
        File = file;
    }

    /// <summary>Which database server holds the store.</summary>
    public StoreBackend Backend { get; }

    /// <summary>The connection string the backend's driver opens.</summary>
    public string ConnectionString { get; }

    /// <summary>The location without its password, for messages.</summary>
    public string Display { get; }

    /// <summary>The SQLite database file when one was given as a plain path (not <c>:memory:</c> or a connection string).</summary>
    public string? File { get; }

    /// <summary>True for a plain SQLite file path that does not exist yet (a reader has nothing to read).</summary>
    public bool IsMissingFile => File is not null && !System.IO.File.Exists(File);

    internal SqlDialect Dialect => Backend == StoreBackend.Postgres ? PostgresDialect.Instance : SqliteDialect.Instance;

    /// <summary>Reads <paramref name="database"/>; a malformed PostgreSQL location throws <see cref="ArgumentException"/> saying why.</summary>
    public static StoreLocation Parse(string database)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(database);
        var trimmed = database.Trim();
        if (trimmed.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
            || trimmed.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            return FromUrl(trimmed);
        }

        if (!SqliteDialect.IsConnectionString(trimmed) && IsPostgresConnectionString(trimmed))
        {
            NpgsqlConnectionStringBuilder builder;
            try
            {
                builder = new NpgsqlConnectionStringBuilder(trimmed);
            }
            catch (ArgumentException e)
            {
                throw new ArgumentException($"not a PostgreSQL connection string: {e.Message}", nameof(database), e);
            }

            return Postgres(builder);
        }

        var file = SqliteDialect.IsConnectionString(trimmed) || trimmed == ":memory:" ? null : database;
        return new StoreLocation(StoreBackend.Sqlite, SqliteDialect.ConnectionString(database), database, file);
    }

    /// <summary>How to name <paramref name="database"/> in messages: its password left out; as given when it does not parse.</summary>
    public static string Describe(string database)
    {
        try
        {
            return Parse(database).Display;
        }
        catch (ArgumentException)
        {
            return database;
        }
    }

    /// <inheritdoc />
    public override string ToString() => Display;

    private static bool IsPostgresConnectionString(string text) =>
        text.Split(';').Any(part => part.Split('=', 2) is [var key, _]
            && PostgresKeywords.Contains(key.Trim(), StringComparer.OrdinalIgnoreCase));

    private static StoreLocation FromUrl(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Host.Length == 0)
        {
            throw new ArgumentException($"'{Redact(url)}' is not a postgres://user:password@host:port/database URL", nameof(url));
        }

        var builder = new NpgsqlConnectionStringBuilder { Host = uri.Host };
        if (!uri.IsDefaultPort && uri.Port > 0)
        {
            builder.Port = uri.Port;
        }

        if (uri.UserInfo.Length > 0)
        {
            var user = uri.UserInfo.Split(':', 2);
            builder.Username = Uri.UnescapeDataString(user[0]);
            if (user.Length == 2)
            {
                builder.Password = Uri.UnescapeDataString(user[1]);
            }
        }

        var path = Uri.UnescapeDataString(uri.AbsolutePath.Trim('/'));
        if (path.Length > 0)
        {
            builder.Database = path;
        }

        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var (key, value) = pair.Split('=', 2) is [var k, var v] ? (Uri.UnescapeDataString(k), Uri.UnescapeDataString(v)) : (pair, "");
            try
            {
                builder[string.Equals(key, "sslmode", StringComparison.OrdinalIgnoreCase) ? "SSL Mode" : key] = value;
            }
            catch (ArgumentException e)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"'{Redact(url)}': unknown or invalid option '{key}': {e.Message}"), nameof(url), e);
            }
        }

        return Postgres(builder);
    }

    private static StoreLocation Postgres(NpgsqlConnectionStringBuilder builder)
    {
        var shown = new NpgsqlConnectionStringBuilder(builder.ConnectionString) { Password = null };
        return new StoreLocation(StoreBackend.Postgres, builder.ConnectionString, shown.ConnectionString);
    }

    private static string Redact(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.UserInfo.Contains(':', StringComparison.Ordinal)
            ? url.Replace(uri.UserInfo, uri.UserInfo.Split(':')[0] + ":***", StringComparison.Ordinal)
            : url;
}
