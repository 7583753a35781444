using ClaimExtractor.Core.Storage;
using ClaimExtractor.Storage.Store;
using ClaimExtractor.Storage.Tests.Support;

namespace ClaimExtractor.Storage.Tests;

/// <summary>
/// The store contract on the PostgreSQL server in <c>CLAIMX_TEST_PG</c>, each test in a fresh schema. Skips with a
/// message when the server is absent on a developer machine; fails under CI.
/// </summary>
public sealed class PostgresClaimStoreTests : ClaimStoreBackendContract
{
    private PostgresTestDatabase? _database;

    public static string? SkipReason => PostgresTestDatabase.SkipReason;

    [ContractFact]
    public async Task A_postgres_url_opens_the_same_store_as_its_connection_string()
    {
        await SampleCorpus.FillAsync(Store, None);
        var location = StoreLocation.Parse(Database.ConnectionString);
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(location.ConnectionString);
        var url = $"postgres://{Uri.EscapeDataString(builder.Username ?? "")}:{Uri.EscapeDataString(builder.Password ?? "")}@{builder.Host}:{builder.Port}/{builder.Database}?{Uri.EscapeDataString("Search Path")}={Database.Schema}";

        await using var again = await ClaimStore.OpenAsync(url, None);

        Assert.Equal(StoreBackend.Postgres, again.Location.Backend);
        Assert.Equal(2, await again.CountContradictionsAsync(None));
    }

    [ContractFact]
    public async Task A_read_only_store_refuses_writes_on_the_server()
    {
        await SampleCorpus.FillAsync(Store, None);
        await using var reader = await ClaimStore.OpenReadOnlyAsync(Database.ConnectionString, None);

        Assert.Equal(2, await reader.CountContradictionsAsync(None));
        var refused = await Assert.ThrowsAsync<Npgsql.PostgresException>(() =>
            reader.SaveFailedDocumentAsync("x.txt", "boom", None));
        Assert.Equal("25006", refused.SqlState); // read_only_sql_transaction
    }

    [ContractFact]
    public async Task Workers_leasing_at_the_same_time_never_get_the_same_source()
    {
        var sources = Enumerable.Range(0, 400).Select(i => $"doc{i:D4}.txt").ToList();
        await ((IWorkQueue)Store).EnqueueAsync(sources, DateTimeOffset.UtcNow, None);

        var leased = await Task.WhenAll(Enumerable.Range(0, 4).Select(async w =>
        {
            await using var queue = await ClaimStore.OpenAsync(Database.ConnectionString, None);
            var mine = new List<string>();
            while (await queue.LeaseAsync($"w{w}", 7, TimeSpan.FromMinutes(5), 5, DateTimeOffset.UtcNow, None) is { Count: > 0 } batch)
            {
                mine.AddRange(batch.Select(i => i.Source));
            }

            return mine;
        }));

        var all = leased.SelectMany(l => l).ToList();
        Assert.Equal(sources, all.Order(StringComparer.Ordinal));
    }

    private PostgresTestDatabase Database => _database ?? throw new InvalidOperationException("the database is created in OpenAsync");

    protected override async Task<IClaimStore> OpenAsync(CancellationToken cancellationToken)
    {
        _database = await PostgresTestDatabase.CreateAsync();
        return await ClaimStore.OpenAsync(_database.ConnectionString, cancellationToken);
    }

    protected override void DisposeResources()
    {
        if (_database is not null)
        {
            _database.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }
}
