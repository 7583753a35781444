using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using ClaimExtractor.Web.Tests.Support;

namespace ClaimExtractor.Web.Tests;

/// <summary>The JSON API: paging, filters, CSV, the OpenAPI document.</summary>
public sealed class ApiTests : IAsyncLifetime
{
    private ReviewServer _server = null!; // set in InitializeAsync, before any test runs

    public async Task InitializeAsync() => _server = await ReviewServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Contradictions_page_most_severe_first_with_a_total()
    {
        using var first = await GetJsonAsync("/api/contradictions?limit=2");
        using var second = await GetJsonAsync("/api/contradictions?limit=2&offset=2");

        Assert.Equal([_server.Ids.Severe, _server.Ids.Middle], Ids(first));
        Assert.Equal([_server.Ids.Mild], Ids(second));
        Assert.Equal(3, first.RootElement.GetProperty("total").GetInt32());
        Assert.Equal(2, second.RootElement.GetProperty("offset").GetInt32());
    }

    [Fact]
    public async Task Contradictions_filter_like_the_queue()
    {
        using var json = await GetJsonAsync("/api/contradictions?outlet=policy&kind=value_mismatch");

        var item = Assert.Single(json.RootElement.GetProperty("items").EnumerateArray());
        Assert.Equal(_server.Ids.Mild, item.GetProperty("id").GetInt64());
        Assert.Equal("open", item.GetProperty("status").GetString());
        Assert.Equal("$1.34 billion", item.GetProperty("quoteA").GetString());
        Assert.Equal("Policy Review", item.GetProperty("outletB").GetString());
    }

    [Fact]
    public async Task Contradictions_come_as_csv_on_request()
    {
        var csv = await _server.Client.GetStringAsync("/api/contradictions?format=csv");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/contradictions?kind=arithmetic");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
        using var accepted = await _server.Client.SendAsync(request);

        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("id,kind,status,severity,score,key,explanation,claim_a,", lines[0], StringComparison.Ordinal);
        Assert.Equal(4, lines.Length);
        Assert.StartsWith($"{_server.Ids.Severe},value_mismatch,open,0.9,0.9,", lines[1], StringComparison.Ordinal);
        Assert.Equal("text/csv", accepted.Content.Headers.ContentType?.MediaType);
        Assert.Equal(2, (await accepted.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task Claims_page_and_filter_by_source_and_confidence()
    {
        using var all = await GetJsonAsync("/api/claims?limit=2");
        using var rest = await GetJsonAsync("/api/claims?limit=2&offset=2");
        using var beta = await GetJsonAsync("/api/claims?source=beta");
        using var confident = await GetJsonAsync("/api/claims?min_confidence=0.9");
        using var sure = await GetJsonAsync("/api/claims?min_confidence=0.95");

        Assert.Equal(2, all.RootElement.GetProperty("items").GetArrayLength());
        Assert.Equal(1, rest.RootElement.GetProperty("items").GetArrayLength());
        Assert.Equal((3, 0), (confident.RootElement.GetProperty("items").GetArrayLength(), sure.RootElement.GetProperty("items").GetArrayLength()));
        var claim = Assert.Single(beta.RootElement.GetProperty("items").EnumerateArray());
        Assert.Equal(("$1.6 billion", 1600000000m, "USD", "2024"), (
            claim.GetProperty("quote").GetString(), claim.GetProperty("value").GetDecimal(),
            claim.GetProperty("unit").GetString(), claim.GetProperty("period").GetString()));
    }

    [Fact]
    public async Task Documents_and_entities_filter_and_come_as_csv()
    {
        using var documents = await GetJsonAsync("/api/documents?outlet=wire");
        using var entities = await GetJsonAsync("/api/entities?name=north");
        var csv = await _server.Client.GetStringAsync("/api/entities?format=csv");

        var document = Assert.Single(documents.RootElement.GetProperty("items").EnumerateArray());
        Assert.Equal(("wire/alpha.txt", "2024-12-19", "ok"), (
            document.GetProperty("source").GetString(), document.GetProperty("published").GetString(), document.GetProperty("status").GetString()));
        var entity = Assert.Single(entities.RootElement.GetProperty("items").EnumerateArray());
        Assert.Equal(("Northland", 3), (entity.GetProperty("name").GetString(), entity.GetProperty("claims").GetInt32()));
        Assert.StartsWith("id,name,type,aliases,claims\n", csv, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/contradictions?status=maybe")]
    [InlineData("/api/contradictions?offset=-1")]
    [InlineData("/api/claims?limit=ten")]
    [InlineData("/api/claims?min_confidence=2")]
    [InlineData("/api/claims?min_confidence=high")]
    public async Task Bad_parameters_are_refused(string path)
    {
        var response = await _server.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task The_openapi_document_names_every_endpoint()
    {
        using var json = await GetJsonAsync("/api/openapi.json");

        var paths = json.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal);
        Assert.Equal(["/api/claims", "/api/contradictions", "/api/documents", "/api/entities"], paths);
    }

    private static List<long> Ids(JsonDocument page) =>
        [.. page.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt64())];

    private async Task<JsonDocument> GetJsonAsync(string path)
    {
        var response = await _server.Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }
}
