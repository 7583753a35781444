using System.Text;
using System.Text.Json;
using ClaimExtractor.Core.Ingest;
using ClaimExtractor.Ingest.Sources;
using ClaimExtractor.Ingest.Tests.Support;

namespace ClaimExtractor.Ingest.Tests.Sources;

public sealed class ArticleSourcesTests : IAsyncDisposable
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
        CacheDirectory = Path.Combine(dir.Path, ".claimx-cache"),
        PerHostDelay = TimeSpan.Zero,
        RetryDelay = TimeSpan.FromMilliseconds(10),
    };

    [Fact]
    public async Task Each_input_is_routed_by_its_kind_and_every_item_is_read_in_a_stable_order()
    {
        var folder = Path.Combine(dir.Path, "folder");
        dir.Write("folder/a.txt", Stories.Text);
        var dump = dir.Write("dump.jsonl", JsonSerializer.Serialize(new { url = "https://news.example/d", text = Stories.Text }) + "\n");
        var archive = dir.Write("crawl.warc.gz", new WarcWriter().Html("https://news.example/w", Stories.Page("Archived")).Gzipped());
        var missing = Path.Combine(dir.Path, "missing.txt");
        foreach (var path in new[] { "/u1", "/u2", "/u3" })
        {
            server.Route(path, LoopbackServer.Html(Stories.Page(path)));
        }

        var list = dir.Write("urls.txt", server.Url("/u3") + "\n");

        var source = ArticleSources.Create([folder, dump, server.Url("/u1"), archive, missing, server.Url("/u2")], [list], Options);
        var items = await SourceItems.ReadAllAsync(source);

        Assert.Equal(
            $"""
            Article {folder}/a.txt
            Failed {missing} : no such file or folder: {missing}
            Article {dump}#line-1
            Article {server.Url("/u1")}
            Article {server.Url("/u2")}
            Article {server.Url("/u3")}
            Article {archive}#record-1
            """,
            SourceItems.Describe(items));
        Assert.All(items.Where(i => i.Article is not null), i => Assert.Equal(Stories.Text, Stories.Body(i.Article)));
    }

    [Fact]
    public async Task Only_a_url_list_still_fetches_its_urls()
    {
        server.Route("/only", LoopbackServer.Html(Stories.Page("Only")));
        var list = dir.Write("urls.txt", server.Url("/only") + "\n");

        var item = Assert.Single(await SourceItems.ReadAllAsync(ArticleSources.Create([], [list], Options)));

        Assert.Equal((server.Url("/only"), SourceItemKind.Article), (item.Source, item.Kind));
    }

    [Fact]
    public async Task Feeds_and_sitemaps_alone_are_read_after_the_files_and_cache_the_articles_but_not_the_listings()
    {
        var story = dir.Write("story.txt", Stories.Text);
        server.Route("/feed", LoopbackServer.Response(200, "application/rss+xml", Encoding.UTF8.GetBytes(
            $"<rss><channel><item><link>{server.Url("/f")}</link><pubDate>Mon, 02 Dec 2024 08:00:00 GMT</pubDate></item></channel></rss>")));
        server.Route("/sitemap.xml", LoopbackServer.Response(200, "text/xml", Encoding.UTF8.GetBytes(
            $"""<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>{server.Url("/s")}</loc></url></urlset>""")));
        server.Route("/f", LoopbackServer.Html(Stories.Page("F")));
        server.Route("/s", LoopbackServer.Html(Stories.Page("S")));

        var first = await SourceItems.ReadAllAsync(ArticleSources.Create([story], [], [server.Url("/feed")], [server.Url("/sitemap.xml")], Options));
        var second = await SourceItems.ReadAllAsync(ArticleSources.Create([story], [], [server.Url("/feed")], [server.Url("/sitemap.xml")], Options));

        Assert.Equal($"Article {story}\nArticle {server.Url("/f")}\nArticle {server.Url("/s")}", SourceItems.Describe(first));
        Assert.Equal(SourceItems.Describe(first), SourceItems.Describe(second));
        Assert.Equal(new DateOnly(2024, 12, 2), second[1].Article?.Metadata.Published);
        Assert.Equal((2, 2, 1, 1), (server.Count("/feed"), server.Count("/sitemap.xml"), server.Count("/f"), server.Count("/s")));
    }

    [Fact]
    public void A_published_date_is_refused_with_a_feed_or_a_sitemap()
    {
        var options = Options with { PublishedOverride = new DateOnly(2024, 5, 2) };

        var feed = Assert.Throws<ArgumentException>(() => ArticleSources.Create(["story.txt"], [], ["https://news.example/rss"], [], options));
        var sitemap = Assert.Throws<ArgumentException>(() => ArticleSources.Create(["story.txt"], [], [], ["https://news.example/sitemap.xml"], options));

        Assert.All([feed, sitemap], e => Assert.StartsWith("`--published` needs a single input file", e.Message, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("https://news.example/a")]
    [InlineData("crawl.warc.gz")]
    [InlineData("dump.jsonl")]
    public void A_published_date_is_refused_for_anything_but_one_file(string input)
    {
        var options = Options with { PublishedOverride = new DateOnly(2024, 5, 2) };

        var error = Assert.Throws<ArgumentException>(() => ArticleSources.Create([input], [], options));

        Assert.StartsWith("`--published` needs a single input file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_out_of_range_are_refused_before_anything_is_read()
    {
        var error = Assert.Throws<ArgumentException>(() => ArticleSources.Create(["https://news.example/a"], [], Options with { PerHostConcurrency = 0 }));

        Assert.StartsWith("requests per host (--per-host) must be at least 1", error.Message, StringComparison.Ordinal);
    }
}
