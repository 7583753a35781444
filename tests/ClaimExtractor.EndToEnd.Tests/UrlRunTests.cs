using System.Net;
using System.Text;
using ClaimExtractor.Ingest.Tests.Support;

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
        await using var server = ServeFtOnline(articles);

        var first = await Claimx.RunAsync(temp.Path, "run", articles, server.Url(FtPath), "--models", RepositoryPaths.Models, "--host-delay", "0");
        var second = await Claimx.RunAsync(temp.Path, "run", articles, server.Url(FtPath), "--models", RepositoryPaths.Models, "--host-delay", "0");

        AssertBothStoredAndContradicting(first, server.Url(FtPath));
        Assert.True(second.Stdout.Contains("documents: 0 new, 2 unchanged", StringComparison.Ordinal), second.Stderr + second.Stdout);
        Assert.Equal(1, server.Count(FtPath));
    }

    [Fact]
    public async Task Articles_listed_by_a_feed_are_fetched_and_checked()
    {
        using var temp = new TempDir();
        string articles = temp.CopySeeds();
        await using var server = ServeFtOnline(articles);

        var run = await Claimx.RunAsync(temp.Path, "run", articles, "--feed", server.Url("/feed"), "--models", RepositoryPaths.Models, "--host-delay", "0");

        AssertBothStoredAndContradicting(run, server.Url(FtPath));
    }

    private const string FtPath = "/ft";

    // The local seed and the fetched one are both stored, and the fetched one's figure contradicts the local one's.
    private static void AssertBothStoredAndContradicting(Claimx.Result run, string url)
    {
        string output = run.Stderr + run.Stdout;
        Assert.True(run.ExitCode == 0, output);
        Assert.True(run.Stdout.Contains("documents: 2 new, 0 unchanged, 0 changed, 0 failed", StringComparison.Ordinal), output);
        Assert.True(run.Stdout.Contains("value_mismatch", StringComparison.Ordinal), output);
        Assert.True(run.Stdout.Contains(url, StringComparison.Ordinal), output);
    }

    // The FT seed moves online: its file leaves the folder and a loopback server serves it as a news page at /ft, with
    // an RSS feed listing it at /feed (robots.txt: 404).
    private static LoopbackServer ServeFtOnline(string articles)
    {
        string ft = Path.Combine(articles, "02-seed003-financial-times.txt");
        var server = new LoopbackServer();
        server.Route(FtPath, LoopbackServer.Html(Page(File.ReadAllText(ft))));
        server.Route("/feed", LoopbackServer.Response(200, "application/rss+xml", Encoding.UTF8.GetBytes(
            $"<rss version=\"2.0\"><channel><title>FT</title><item><link>{server.Url(FtPath)}</link></item></channel></rss>")));
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
}
