using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ClaimExtractor.EndToEnd.Tests;

// claimx run with a URL: the page is fetched from a server on 127.0.0.1 that the test starts, checked against a local
// file, and cached so a rerun needs no refetch.
public sealed class UrlRunTests
{
    [Fact]
    public async Task A_fetched_page_is_checked_against_local_files_and_a_rerun_is_served_from_the_cache()
    {
        using var temp = new TempDir();
        string articles = temp.CopySeeds();
        using var server = ServeFtOnline(articles);

        var first = await Claimx.RunAsync(temp.Path, "run", articles, server.Url, "--models", RepositoryPaths.Models, "--host-delay", "0");
        var second = await Claimx.RunAsync(temp.Path, "run", articles, server.Url, "--models", RepositoryPaths.Models, "--host-delay", "0");

        Assert.True(first.ExitCode == 0, first.Stderr + first.Stdout);
        Assert.Contains("2 new", first.Stdout, StringComparison.Ordinal);
        Assert.Contains("value_mismatch", first.Stdout, StringComparison.Ordinal);
        Assert.Contains(server.Url, first.Stdout, StringComparison.Ordinal);
        Assert.Contains("2 unchanged", second.Stdout, StringComparison.Ordinal);
        Assert.Equal(1, server.PageRequests);
    }

    [Fact]
    public async Task Articles_listed_by_a_feed_are_fetched_and_checked()
    {
        using var temp = new TempDir();
        string articles = temp.CopySeeds();
        using var server = ServeFtOnline(articles);

        var run = await Claimx.RunAsync(temp.Path, "run", articles, "--feed", server.FeedUrl, "--models", RepositoryPaths.Models, "--host-delay", "0");

        Assert.True(run.ExitCode == 0, run.Stderr + run.Stdout);
        Assert.Contains("2 new", run.Stdout, StringComparison.Ordinal);
        Assert.Contains(server.Url, run.Stdout, StringComparison.Ordinal);
        Assert.Contains("value_mismatch", run.Stdout, StringComparison.Ordinal);
    }

    // The FT seed moves online: its file leaves the folder and a loopback server serves it as a news page.
    private static PageServer ServeFtOnline(string articles)
    {
        string ft = Path.Combine(articles, "02-seed003-financial-times.txt");
        var server = new PageServer(Page(File.ReadAllText(ft)));
        File.Delete(ft);
        File.Delete(Path.ChangeExtension(ft, ".meta.json"));
        return server;
    }

    // The FT seed as a news page: its date in JSON-LD, one paragraph a line.
    private static string Page(string text)
    {
        var html = new StringBuilder("<!doctype html><html lang=\"en\"><head><title>North Korean hackers stole record $1.34bn</title>");
        html.Append("<meta property=\"og:site_name\" content=\"Financial Times\">");
        html.Append("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2024-12-19T05:00:00Z\"}</script>");
        html.Append("</head><body><nav><a href=\"/\">Home</a></nav><article>");
        foreach (string line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            html.Append("<p>").Append(WebUtility.HtmlEncode(line)).Append("</p>");
        }

        return html.Append("</article><footer>© FT</footer></body></html>").ToString();
    }

    /// <summary>Serves one page at /ft and an RSS feed listing it at /feed, on a free loopback port (robots.txt: 404), until disposed.</summary>
    private sealed class PageServer : IDisposable
    {
        private readonly HttpListener _listener = new();
        private readonly CancellationTokenSource _stop = new(TimeSpan.FromMinutes(5));
        private int _pageRequests;

        public PageServer(string page)
        {
            int port = FreePort();
            Url = $"http://127.0.0.1:{port}/ft";
            FeedUrl = $"http://127.0.0.1:{port}/feed";
            _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            _listener.Start();
            _ = Task.Run(() => ServeAsync(Encoding.UTF8.GetBytes(page)));
        }

        public string Url { get; }

        public string FeedUrl { get; }

        public int PageRequests => Volatile.Read(ref _pageRequests);

        public void Dispose()
        {
            _stop.Cancel();
            _listener.Close();
            _stop.Dispose();
        }

        private async Task ServeAsync(byte[] page)
        {
            while (!_stop.IsCancellationRequested)
            {
                HttpListenerContext context;
                try
                {
                    context = await _listener.GetContextAsync().WaitAsync(_stop.Token);
                }
                catch (Exception e) when (e is OperationCanceledException or HttpListenerException or ObjectDisposedException)
                {
                    return;
                }

                string path = context.Request.Url?.AbsolutePath ?? "";
                if (path == "/ft")
                {
                    Interlocked.Increment(ref _pageRequests);
                }

                byte[] body = path switch
                {
                    "/ft" => page,
                    "/feed" => Encoding.UTF8.GetBytes($"<rss version=\"2.0\"><channel><title>FT</title><item><link>{Url}</link></item></channel></rss>"),
                    _ => [],
                };
                context.Response.StatusCode = body.Length > 0 ? 200 : 404;
                context.Response.ContentType = path == "/feed" ? "application/rss+xml" : "text/html; charset=utf-8";
                await context.Response.OutputStream.WriteAsync(body);
                context.Response.Close();
            }
        }

        private static int FreePort()
        {
            using var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            return ((IPEndPoint)probe.LocalEndpoint).Port;
        }
    }
}
