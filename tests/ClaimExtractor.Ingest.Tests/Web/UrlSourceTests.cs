using System.IO.Compression;
using System.Text;
using ClaimExtractor.Core.Documents;
using ClaimExtractor.Core.Ingest;
using ClaimExtractor.Ingest.Files;
using ClaimExtractor.Ingest.Sources;
using ClaimExtractor.Ingest.Tests.Support;
using ClaimExtractor.Ingest.Web;

namespace ClaimExtractor.Ingest.Tests.Web;

public sealed class UrlSourceTests : IAsyncDisposable
{
    private readonly LoopbackServer server = new();
    private readonly TempDir dir = new();

    public async ValueTask DisposeAsync()
    {
        await server.DisposeAsync();
        dir.Dispose();
    }

    private SourceOptions Options => new()
    {
        CacheDirectory = null,
        Timeout = TimeSpan.FromSeconds(5),
        RetryDelay = TimeSpan.FromMilliseconds(20),
        MaxRetries = 2,
        PerHostDelay = TimeSpan.Zero,
    };

    private Task<List<SourceItem>> FetchAsync(SourceOptions options, params string[] paths) =>
        SourceItems.ReadAllAsync(new UrlSource([.. paths.Select(server.Url)], [], options));

    private async Task<SourceItem> FetchOneAsync(string path, SourceOptions? options = null) =>
        Assert.Single(await FetchAsync(options ?? Options, path));

    [Fact]
    public async Task A_page_served_over_http_becomes_an_article_whose_source_is_the_url_as_given()
    {
        server.Route("/news/council", LoopbackServer.Html(await File.ReadAllTextAsync(Repository.Page("meta-published.html"))));
        var before = DateTimeOffset.UtcNow;

        var item = await FetchOneAsync("/news/council");

        Assert.Equal(SourceItemKind.Article, item.Kind);
        Assert.Equal(server.Url("/news/council"), item.Source);
        Assert.Equal(server.Url("/news/council"), item.Article?.Source);
        Assert.StartsWith("The city council approved a budget of 310 million dollars", Stories.Body(item.Article), StringComparison.Ordinal);
        Assert.Equal("Council approves budget", item.Article?.Metadata.Title);
        Assert.Equal(new DateOnly(2024, 3, 5), item.Article?.Metadata.Published);
        Assert.Equal(PublishedSource.Meta, item.Article?.Metadata.PublishedFrom);
        Assert.Equal("https://city.example/council-approves-budget", item.Article?.Metadata.Url); // the page's canonical URL wins
        Assert.InRange(item.Article?.Metadata.Fetched ?? default, before, DateTimeOffset.UtcNow); // when it was fetched, apart from published
    }

    [Fact]
    public async Task A_redirect_is_followed_and_the_page_is_recorded_under_the_url_it_ended_at()
    {
        server.Route("/old", LoopbackServer.Status(301, "Location: /2024/05/02/harbour"));
        server.Route("/2024/05/02/harbour", LoopbackServer.Html(Stories.Page("Harbour traffic rises")));

        var item = await FetchOneAsync("/old");

        Assert.Equal(server.Url("/old"), item.Source);
        Assert.Equal(Stories.Text, Stories.Body(item.Article));
        Assert.Equal(server.Url("/2024/05/02/harbour"), item.Article?.Metadata.Url);
        Assert.Equal((new DateOnly(2024, 5, 2), PublishedSource.Url), (item.Article?.Metadata.Published, item.Article?.Metadata.PublishedFrom));
    }

    [Fact]
    public async Task Server_errors_are_retried_until_the_page_arrives()
    {
        server.Sequence("/flaky", LoopbackServer.Status(500), LoopbackServer.Status(503), LoopbackServer.Html(Stories.Page("Flaky")));

        var item = await FetchOneAsync("/flaky");

        Assert.Equal(SourceItemKind.Article, item.Kind);
        Assert.Equal(3, server.Count("/flaky"));
    }

    [Fact]
    public async Task A_server_that_keeps_failing_fails_the_url_with_its_status_and_the_attempts_made()
    {
        server.Route("/down", LoopbackServer.Status(503));

        var item = await FetchOneAsync("/down");

        Assert.Equal((SourceItemKind.Failed, "HTTP 503 Service Unavailable (3 attempts)"), (item.Kind, item.Reason));
        Assert.Equal(3, server.Count("/down"));
    }

    [Fact]
    public async Task Too_many_requests_waits_as_long_as_retry_after_asks_then_fetches_again()
    {
        server.Sequence("/busy", LoopbackServer.Status(429, "Retry-After: 1"), LoopbackServer.Html(Stories.Page("Busy")));

        var item = await FetchOneAsync("/busy");

        Assert.Equal(SourceItemKind.Article, item.Kind);
        var times = server.Requests.Where(r => r.Path == "/busy").Select(r => r.At).ToList();
        Assert.Equal(2, times.Count);
        Assert.True(times[1] - times[0] >= TimeSpan.FromMilliseconds(900), $"retried after {(times[1] - times[0]).TotalMilliseconds} ms");
    }

    [Fact]
    public async Task A_retry_after_longer_than_allowed_fails_at_once_instead_of_stalling_the_batch()
    {
        server.Route("/later", LoopbackServer.Status(429, "Retry-After: 3600"));

        var item = await FetchOneAsync("/later");

        Assert.Equal("HTTP 429 Too Many Requests: the server asks to retry after 3600 s, more than the 120 s allowed", item.Reason);
        Assert.Equal(1, server.Count("/later"));
    }

    [Fact]
    public async Task A_missing_page_fails_without_retries()
    {
        var item = await FetchOneAsync("/gone");

        Assert.Equal((SourceItemKind.Failed, "HTTP 404 Not Found"), (item.Kind, item.Reason));
        Assert.Equal(1, server.Count("/gone"));
    }

    [Fact]
    public async Task A_slow_response_times_out_and_is_retried_then_fails()
    {
        server.Route("/slow", async (stream, token) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(10), token);
            await stream.WriteAsync(LoopbackServer.Html(Stories.Page("Slow")), token);
        });

        var item = await FetchOneAsync("/slow", Options with { Timeout = TimeSpan.FromMilliseconds(300), MaxRetries = 1 });

        Assert.Equal((SourceItemKind.Failed, "timed out after 0.3 s (2 attempts)"), (item.Kind, item.Reason));
        Assert.Equal(2, server.Count("/slow"));
    }

    [Fact]
    public async Task A_body_that_stalls_halfway_times_out_too()
    {
        server.Route("/stall", async (stream, token) =>
        {
            var whole = LoopbackServer.Html(Stories.Page("Stall"));
            await stream.WriteAsync(whole.AsMemory(0, whole.Length / 2), token);
            await stream.FlushAsync(token);
            await Task.Delay(TimeSpan.FromSeconds(10), token);
        });

        var item = await FetchOneAsync("/stall", Options with { Timeout = TimeSpan.FromMilliseconds(300), MaxRetries = 0 });

        Assert.Equal((SourceItemKind.Failed, "timed out after 0.3 s"), (item.Kind, item.Reason));
    }

    [Fact]
    public async Task A_redirect_loop_fails_with_the_chain_it_went_round()
    {
        server.Route("/a", LoopbackServer.Status(302, "Location: /b"));
        server.Route("/b", LoopbackServer.Status(302, "Location: " + server.Url("/a")));

        var item = await FetchOneAsync("/a");

        Assert.Equal($"redirect loop: {server.Url("/a")} -> {server.Url("/b")} -> {server.Url("/a")}", item.Reason);
    }

    [Fact]
    public async Task A_redirect_chain_longer_than_allowed_fails()
    {
        for (var i = 0; i < 5; i++)
        {
            server.Route($"/hop{i}", LoopbackServer.Status(301, $"Location: /hop{i + 1}"));
        }

        var item = await FetchOneAsync("/hop0", Options with { MaxRedirects = 3 });

        Assert.Equal($"more than 3 redirects (last to {server.Url("/hop4")})", item.Reason);
    }

    [Theory]
    [InlineData("application/pdf")]
    [InlineData("image/jpeg")]
    [InlineData("application/json")]
    public async Task A_response_that_is_not_html_is_skipped_with_its_media_type(string mediaType)
    {
        server.Route("/file", LoopbackServer.Response(200, mediaType, [0x25, 0x50, 0x44, 0x46]));

        var item = await FetchOneAsync("/file");

        Assert.Equal((SourceItemKind.Skipped, $"not HTML ({mediaType})"), (item.Kind, item.Reason));
    }

    [Fact]
    public async Task An_image_labelled_as_html_fails_as_binary_content()
    {
        server.Route("/mislabelled", LoopbackServer.Response(200, "text/html", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]));

        var item = await FetchOneAsync("/mislabelled");

        Assert.Equal((SourceItemKind.Failed, "binary content (NUL bytes)"), (item.Kind, item.Reason));
    }

    [Fact]
    public async Task A_body_cut_short_of_its_content_length_is_retried_then_fails_as_truncated()
    {
        var page = Encoding.UTF8.GetBytes(Stories.Page("Cut"));
        server.Route("/cut", LoopbackServer.Response(200, "text/html", page[..100], $"Content-Length: {page.Length}"));

        var item = await FetchOneAsync("/cut");

        Assert.Equal((SourceItemKind.Failed, "truncated body: the connection closed before the whole response arrived (3 attempts)"), (item.Kind, item.Reason));
        Assert.Equal(3, server.Count("/cut"));
    }

    [Theory]
    [InlineData(0)] // closed before a byte of the answer
    [InlineData(100)] // closed halfway through the body
    public async Task A_connection_dropped_once_is_retried_and_the_page_read(int bytesBeforeTheDrop)
    {
        var whole = LoopbackServer.Html(Stories.Page("Dropped"));
        server.Sequence("/dropped", whole[..bytesBeforeTheDrop], whole);

        var item = await FetchOneAsync("/dropped");

        Assert.True(item.Kind == SourceItemKind.Article, item.Reason);
        Assert.Equal(2, server.Count("/dropped"));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_body_over_the_size_cap_fails_whether_or_not_its_length_is_declared(bool declared)
    {
        var page = Encoding.UTF8.GetBytes(Stories.Page("Big") + new string(' ', 4000));
        server.Route("/big", declared ? LoopbackServer.Response(200, "text/html", page) : Unlengthed(page));

        var item = await FetchOneAsync("/big", Options with { MaxBytes = 2000 });

        Assert.Equal(SourceItemKind.Failed, item.Kind);
        Assert.Equal(declared ? $"{ContentChecks.FormatSize(page.Length)} is over the 2 KB cap (--max-size)" : "the body is over the 2 KB cap (--max-size)", item.Reason);
    }

    [Theory]
    [InlineData("gzip")]
    [InlineData("br")]
    [InlineData("deflate")]
    public async Task A_compressed_body_is_decoded(string encoding)
    {
        var page = Encoding.UTF8.GetBytes(Stories.Page("Compressed"));
        server.Route("/packed", LoopbackServer.Response(200, "text/html; charset=utf-8", Compress(page, encoding), "Content-Encoding: " + encoding));

        var item = await FetchOneAsync("/packed");

        Assert.Equal(Stories.Text, Stories.Body(item.Article));
    }

    [Fact]
    public async Task The_charset_in_the_content_type_header_decodes_the_page()
    {
        var page = Stories.Page("Caf\u00e9 prices").Replace("harbour", "caf\u00e9", StringComparison.Ordinal);
        server.Route("/latin", LoopbackServer.Response(200, "text/html; charset=ISO-8859-1", Encoding.Latin1.GetBytes(page)));

        var item = await FetchOneAsync("/latin");

        Assert.Equal("Caf\u00e9 prices", item.Article?.Metadata.Title);
    }

    [Fact]
    public async Task A_page_robots_txt_disallows_fails_with_the_rule_unless_robots_are_ignored()
    {
        server.Route("/robots.txt", LoopbackServer.Response(200, "text/plain", "User-agent: *\nDisallow: /private/\n"u8.ToArray()));
        server.Route("/private/story", LoopbackServer.Html(Stories.Page("Private")));
        server.Route("/public/story", LoopbackServer.Html(Stories.Page("Public")));

        var polite = await FetchAsync(Options, "/private/story", "/public/story");
        var ignoring = await FetchAsync(Options with { IgnoreRobots = true }, "/private/story");

        Assert.Equal(
            $"""
            Failed {server.Url("/private/story")} : disallowed by robots.txt (Disallow: /private/); use --ignore-robots to fetch it anyway
            Article {server.Url("/public/story")}
            """,
            SourceItems.Describe(polite));
        Assert.Equal(SourceItemKind.Article, Assert.Single(ignoring).Kind);
        Assert.Equal(1, server.Count("/robots.txt")); // read once per site and run; not at all when ignored
        Assert.Equal(1, server.Count("/private/story"));
    }

    [Fact]
    public async Task A_site_whose_robots_txt_answers_a_server_error_is_treated_as_closed()
    {
        server.Route("/robots.txt", LoopbackServer.Status(500));
        server.Route("/story", LoopbackServer.Html(Stories.Page("Story")));

        var item = await FetchOneAsync("/story", Options with { MaxRetries = 0 });

        Assert.Equal(SourceItemKind.Failed, item.Kind);
        Assert.StartsWith($"{server.Url("/robots.txt")} answered HTTP 500 Internal Server Error; the site is treated as closed", item.Reason, StringComparison.Ordinal);
        Assert.Equal(0, server.Count("/story"));
    }

    [Fact]
    public async Task A_cached_page_is_read_again_without_a_request()
    {
        server.Route("/cached", LoopbackServer.Html(Stories.Page("Cached")));
        var options = Options with { CacheDirectory = Path.Combine(dir.Path, "cache") };

        var first = Assert.Single(await FetchAsync(options, "/cached"));
        var requests = server.Requests.Count;
        var second = Assert.Single(await FetchAsync(options, "/cached"));

        Assert.Equal(requests, server.Requests.Count);
        Assert.Equal(first.Article?.Text, second.Article?.Text);
        Assert.Equal(first.Article?.ContentHash, second.Article?.ContentHash);
        Assert.Equal(first.Article?.Metadata.Url, second.Article?.Metadata.Url);
    }

    [Fact]
    public async Task Refresh_fetches_a_cached_page_again()
    {
        server.Route("/cached", LoopbackServer.Html(Stories.Page("Cached")));
        var options = Options with { CacheDirectory = Path.Combine(dir.Path, "cache") };

        await FetchAsync(options, "/cached");
        await FetchAsync(options with { Refresh = true }, "/cached");
        await FetchAsync(options, "/cached");

        Assert.Equal(2, server.Count("/cached"));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task One_host_never_has_more_requests_in_flight_than_allowed(int perHost)
    {
        var paths = Enumerable.Range(0, 6).Select(i => $"/p{i}").ToArray();
        foreach (var path in paths)
        {
            server.Route(path, async (stream, token) =>
            {
                await Task.Delay(150, token);
                await stream.WriteAsync(LoopbackServer.Html(Stories.Page(path)), token);
            });
        }

        var items = await FetchAsync(Options with { PerHostConcurrency = perHost, MaxConcurrency = 6, IgnoreRobots = true }, paths);

        Assert.All(items, i => Assert.Equal(SourceItemKind.Article, i.Kind));
        Assert.Equal(paths.Select(server.Url), items.Select(i => i.Source)); // the order given, whatever order they arrived in
        Assert.InRange(server.MaxInFlight, 1, perHost);
    }

    [Fact]
    public async Task Requests_to_one_host_are_spaced_by_the_host_delay()
    {
        var paths = new[] { "/d0", "/d1", "/d2" };
        foreach (var path in paths)
        {
            server.Route(path, LoopbackServer.Html(Stories.Page(path)));
        }

        var clock = System.Diagnostics.Stopwatch.StartNew();
        await FetchAsync(Options with { PerHostDelay = TimeSpan.FromMilliseconds(300), PerHostConcurrency = 3, IgnoreRobots = true }, paths);
        clock.Stop();

        // Three fetches allowed at once would all start together; spaced by 300 ms, the third cannot start before 600 ms.
        // Measured by the client: the server's arrival stamps move with how busy the machine is, the client's start
        // times cannot come early, except by the timer's granularity (a delay may end a fraction of a millisecond before
        // the stopwatch says it should: 599.8 ms was seen), far from the few milliseconds of three fetches at once.
        Assert.Equal(3, server.Requests.Count);
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(590), $"all three fetched in {clock.Elapsed.TotalMilliseconds} ms");
    }

    [Fact]
    public async Task A_url_list_is_read_line_by_line_and_a_bad_line_fails_alone()
    {
        server.Route("/one", LoopbackServer.Html(Stories.Page("One")));
        server.Route("/two", LoopbackServer.Html(Stories.Page("Two")));
        var list = dir.Write("urls.txt", $"# morning run\n\n{server.Url("/one")}\nftp://files.example/x\n  {server.Url("/two")}  \r\n");

        var items = await SourceItems.ReadAllAsync(new UrlSource([], [list], Options));

        Assert.Equal(
            $"""
            Article {server.Url("/one")}
            Failed ftp://files.example/x : not an http(s) URL ({list} line 4)
            Article {server.Url("/two")}
            """,
            SourceItems.Describe(items));
    }

    [Fact]
    public async Task A_missing_url_list_fails_as_one_item()
    {
        var missing = Path.Combine(dir.Path, "none.txt");

        var item = Assert.Single(await SourceItems.ReadAllAsync(new UrlSource([], [missing], Options)));

        Assert.Equal(SourceItemKind.Failed, item.Kind);
        Assert.Equal(missing, item.Source);
        Assert.StartsWith("URL list cannot be read: ", item.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_connection_fails_the_url_and_the_batch_goes_on()
    {
        server.Route("/fine", LoopbackServer.Html(Stories.Page("Fine")));
        int closedPort;
        using (var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0))
        {
            probe.Start();
            closedPort = ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
        }

        var dead = $"http://127.0.0.1:{closedPort}/story";
        var items = await SourceItems.ReadAllAsync(new UrlSource([dead, server.Url("/fine")], [], Options));

        Assert.Equal([SourceItemKind.Failed, SourceItemKind.Article], items.Select(i => i.Kind));
        Assert.StartsWith("request failed: ", items[0].Reason, StringComparison.Ordinal);
    }

    private static byte[] Unlengthed(byte[] body)
    {
        // no Content-Length: the body runs until the server closes the connection
        return [.. "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\n\r\n"u8, .. body];
    }

    private static byte[] Compress(byte[] bytes, string encoding)
    {
        using var output = new MemoryStream();
        using (Stream compressor = encoding switch
        {
            "gzip" => new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true),
            "br" => new BrotliStream(output, CompressionLevel.Fastest, leaveOpen: true),
            _ => new ZLibStream(output, CompressionLevel.Fastest, leaveOpen: true),
        })
        {
            compressor.Write(bytes);
        }

        return output.ToArray();
    }
}
