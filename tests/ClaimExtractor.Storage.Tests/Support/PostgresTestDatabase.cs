using Dapper;
using Npgsql;

namespace ClaimExtractor.Storage.Tests.Support;

/// <summary>
/// The PostgreSQL server named by <c>CLAIMX_TEST_PG</c> (a connection string or <c>postgres://</c> URL). Each test gets
/// a fresh schema of its own (the store's connection string sets <c>Search Path</c> to it), dropped afterwards. Without
/// the variable, or with the server unreachable, tests skip with a message on a developer machine and fail under CI.
/// </summary>
internal sealed class PostgresTestDatabase : IAsyncDisposable
{
    public const string Variable = "CLAIMX_TEST_PG";

    private static readonly Lazy<string?> Skip = new(FindSkipReason);

    private readonly string _admin;

    private PostgresTestDatabase(string admin, string schema, string connectionString)
    {
        _admin = admin;
        Schema = schema;
        ConnectionString = connectionString;
    }

    /// <summary>Why PostgreSQL tests skip here, or null when they run (always null under CI, so they fail there).</summary>
    public static string? SkipReason => Skip.Value;

    /// <summary>The schema this test owns.</summary>
    public string Schema { get; }

    /// <summary>A connection string for the store, confined to <see cref="Schema"/>.</summary>
    public string ConnectionString { get; }

    public static async Task<PostgresTestDatabase> CreateAsync()
    {
        var admin = AdminConnectionString()
            ?? throw new InvalidOperationException($"{Variable} is not set: PostgreSQL tests need a server (see .ci/run)");
        var schema = "t_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await connection.ExecuteAsync($"CREATE SCHEMA {schema}");
        }

        var store = new NpgsqlConnectionStringBuilder(admin) { SearchPath = schema }.ConnectionString;
        return new PostgresTestDatabase(admin, schema, store);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_admin);
        await connection.OpenAsync();
        await connection.ExecuteAsync($"DROP SCHEMA IF EXISTS {Schema} CASCADE");
    }

    private static string? AdminConnectionString() =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? Store.StoreLocation.Parse(value).ConnectionString
            : null;

    private static string? FindSkipReason()
    {
        if (Environment.GetEnvironmentVariable("CI") is not null)
        {
            return null;
        }

        var admin = AdminConnectionString();
        if (admin is null)
        {
            return $"{Variable} is not set (a PostgreSQL connection string or postgres:// URL; .ci/run sets it)";
        }

        try
        {
            using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(admin) { Timeout = 5 }.ConnectionString);
            connection.Open();
            return null;
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException or ArgumentException)
        {
            return $"the PostgreSQL server in {Variable} is unreachable: {e.Message}";
        }
    }
}
