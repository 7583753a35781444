using BenchmarkDotNet.Attributes;
using ClaimExtractor.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimExtractor.Benchmarks;

/// <summary>
/// <c>claimx serve</c> over 100,000 claims and 10,000 flags: one HTTP request per operation against the real app on
/// loopback, as a reviewer's browser or a dashboard would send it. The goal is under 100 ms each.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class ReviewServeBench
{
    private WebApplication? _app;
    private HttpClient _client = new();

    [Params(100_000)]
    public int Claims { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var database = ReviewStoreGenerator.Ensure(Claims, Claims / 10);
        _app = ReviewApp.Build(database, "http://127.0.0.1:0", token: null, ["--Logging:LogLevel:Default=Warning"]);
        _app.StartAsync().GetAwaiter().GetResult();
        var address = _app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        _client = new HttpClient { BaseAddress = new Uri(address) };
    }

    [Benchmark]
    public Task<string> QueuePage() => Get("/");

    [Benchmark]
    public Task<string> QueuePageFiltered() => Get("/?entity=s12&outlet=Outlet%203&status=open");

    [Benchmark]
    public Task<string> QueueTextSearch() => Get("/?q=claim%2042");

    [Benchmark]
    public Task<string> QueueDeepPage() => Get("/?offset=5000");

    [Benchmark]
    public Task<string> DetailPage() => Get("/contradictions/5001");

    [Benchmark]
    public Task<string> ApiContradictions() => Get("/api/contradictions?limit=100");

    [Benchmark]
    public Task<string> ApiClaims() => Get("/api/claims?limit=100&offset=50000");

    [Benchmark]
    public Task<string> ApiClaimsByEntity() => Get("/api/claims?entity=s12");

    [Benchmark]
    public Task<string> ApiDocuments() => Get("/api/documents?limit=100&offset=5000");

    [Benchmark]
    public Task<string> ApiEntities() => Get("/api/entities?name=s12");

    [Benchmark]
    public Task<string> Dashboard() => Get("/dashboard");

    [GlobalCleanup]
    public void Cleanup()
    {
        _client.Dispose();
        _app?.StopAsync().GetAwaiter().GetResult();
        _app?.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    private async Task<string> Get(string path)
    {
        using var response = await _client.GetAsync(path);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }
}
