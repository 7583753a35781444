using System.Net;
using ClaimExtractor.Web.Hosting;
using ClaimExtractor.Web.Tests.Support;

namespace ClaimExtractor.Web.Tests;

/// <summary>Binding and the token gate.</summary>
public sealed class SecurityTests
{
    [Theory]
    [InlineData("http://0.0.0.0:5080")]
    [InlineData("http://*:5080")]
    [InlineData("http://+:5080")]
    [InlineData("http://192.168.1.20:5080")]
    [InlineData("http://example.org:5080")]
    [InlineData("http://127.0.0.1:5080;http://[::]:5081")]
    public void Binding_a_non_loopback_url_without_a_token_is_refused(string urls)
    {
        var error = Assert.Throws<ArgumentException>(() => ReviewApp.Build("unused.db", urls, null, []));

        Assert.Contains("--token", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5080", true)]
    [InlineData("http://localhost:5080", true)]
    [InlineData("http://[::1]:5080", true)]
    [InlineData("http://127.0.0.1:0;http://[::1]:0", true)]
    [InlineData("http://0.0.0.0:5080", false)]
    [InlineData("http://10.0.0.1:5080", false)]
    public void Loopback_is_told_apart_from_everything_else(string urls, bool loopback)
    {
        Assert.Equal(loopback, BindingGuard.IsLoopbackOnly(urls));
    }

    [Fact]
    public async Task With_a_token_requests_without_it_are_refused_and_a_browser_gets_a_cookie()
    {
        await using var server = await ReviewServer.StartAsync(token: "s3cret-token");

        var without = await server.Client.GetAsync("/api/contradictions");
        var wrong = await server.Client.GetAsync("/?token=guess");
        using var bearer = new HttpRequestMessage(HttpMethod.Get, "/api/contradictions");
        bearer.Headers.Authorization = new("Bearer", "s3cret-token");
        var withBearer = await server.Client.SendAsync(bearer);
        var once = await server.Client.GetAsync("/?token=s3cret-token");
        var later = await server.Client.GetAsync("/api/documents");
        var health = await new HttpClient { BaseAddress = server.Client.BaseAddress }.GetAsync("/health");

        Assert.Equal(
            [HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK],
            new[] { without.StatusCode, wrong.StatusCode, withBearer.StatusCode, once.StatusCode, later.StatusCode, health.StatusCode });
    }
}
