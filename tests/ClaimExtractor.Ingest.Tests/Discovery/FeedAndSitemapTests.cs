using System.IO.Compression;
using System.Text;
using ClaimExtractor.Core.Ingest;
using ClaimExtractor.Ingest.Sources;
using ClaimExtractor.Ingest.Tests.Support;
using ClaimExtractor.Ingest.Web;

namespace ClaimExtractor.Ingest.Tests.Discovery;

public sealed class FeedAndSitemapTests : IAsyncDisposable
{
    private const string DatedHead = """<meta property="article:published_time" content="2024-03-01T09:00:00Z">""";

    private readonly LoopbackServer server = new();
    private readonly List<string> warnings = [];

    public async ValueTask DisposeAsync() => await server.DisposeAsync();

    private SourceOptions Options => new()
    {
        CacheDirectory = null,
        Timeout = TimeSpan.FromSeconds(5),
        RetryDelay = TimeSpan.FromMilliseconds(10),
        MaxRetries = 1,
        PerHostDelay = TimeSpan.Zero,
        Warning = (source, message) =>
        {
            lock (warnings)
            {
                warnings.Add($"{source}: {message}");
            }
        },
    };

    private Task<List<SourceItem>> DiscoverAsync(string[] feeds, string[] sitemaps, SourceOptions? options = null) =>
        SourceItems.ReadAllAsync(new UrlSource([], [], [.. feeds.Select(server.Url)], [.. sitemaps.Select(server.Url)], options ?? Options));

    private static byte[] Xml(string xml, string contentType = "application/xml") => LoopbackServer.Response(200, contentType, Encoding.UTF8.GetBytes(xml));

    private void Pages(params string[] paths)
    {
        foreach (var path in paths)
        {
            server.Route(path, LoopbackServer.Html(Stories.Page("Story at " + path)));
        }
    }

    private static string Describe(IEnumerable<SourceItem> items) => string.Join(
        "\n",
        items.Select(i => i.Article is { } a ? $"{i.Kind} {i.Source} {a.Metadata.Published:yyyy-MM-dd} {a.Metadata.PublishedFrom}" : $"{i.Kind} {i.Source} : {i.Reason}"));

    [Fact]
    public async Task An_rss_feed_yields_its_item_links_once_each_in_feed_order_dated_by_pubDate_where_the_page_has_no_date()
    {
        server.Route("/rss", Xml(
            $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>Harbour News</title><link>/</link>
              <item><title>Second story</title><link>/news/b</link><pubDate>Thu, 19 Dec 2024 10:00:00 GMT</pubDate></item>
              <item><title>First story</title><link>/news/a</link><pubDate>Wed, 18 Dec 2024 22:30:00 -0500</pubDate></item>
              <item><title>Again</title><link>/news/b#comments</link></item>
              <item><title>Permalink only</title><guid isPermaLink="true">{server.Url("/news/c")}</guid><pubDate>Tue, 17 Dec 2024 08:00:00 GMT</pubDate></item>
            </channel></rss>
            """,
            "application/rss+xml"));
        Pages("/news/b", "/news/c");
        server.Route("/news/a", LoopbackServer.Html(Stories.Page("First story", DatedHead)));

        var items = await DiscoverAsync(["/rss"], []);

        Assert.Equal(
            $"""
            Article {server.Url("/news/b")} 2024-12-19 Manifest
            Article {server.Url("/news/a")} 2024-03-01 Meta
            Article {server.Url("/news/c")} 2024-12-17 Manifest
            """.ReplaceLineEndings("\n"),
            Describe(items));
        Assert.Equal(1, server.Count("/news/b"));
    }

    [Fact]
    public async Task An_atom_feed_yields_each_entrys_alternate_link_dated_by_published()
    {
        server.Route("/atom", Xml(
            """
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Port</title><link rel="self" href="/atom"/>
              <entry><title>Berths</title><link rel="enclosure" href="/audio.mp3"/><link rel="alternate" type="text/html" href="/port/berths"/>
                <published>2024-11-02T07:00:00+01:00</published><updated>2024-12-01T00:00:00Z</updated></entry>
              <entry><title>Cranes</title><link href="http://127.0.0.1:1/elsewhere" rel="replies"/><link href="/port/cranes"/><updated>2024-12-03T00:00:00Z</updated></entry>
            </feed>
            """,
            "application/atom+xml"));
        Pages("/port/berths", "/port/cranes");

        var items = await DiscoverAsync(["/atom"], []);

        // "updated" is when the entry last changed, not when it was published: the second entry has no listed date
        Assert.Equal(
            $"""
            Article {server.Url("/port/berths")} 2024-11-02 Manifest
            Article {server.Url("/port/cranes")}  None
            """.ReplaceLineEndings("\n"),
            Describe(items));
    }

    [Fact]
    public async Task A_news_sitemap_yields_its_locations_dated_by_publication_date_and_titled_by_the_page()
    {
        server.Route("/news-sitemap.xml", Xml(
            $"""
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
              <url><loc>{server.Url("/2024/budget")}</loc><lastmod>2024-12-30</lastmod>
                <news:news><news:publication><news:name>City Post</news:name><news:language>en</news:language></news:publication>
                  <news:publication_date>2024-12-20T18:00:00+00:00</news:publication_date><news:title>Budget passes</news:title></news:news></url>
              <url><loc>{server.Url("/2024/ferry")}</loc><lastmod>2024-12-30</lastmod></url>
            </urlset>
            """));
        Pages("/2024/budget", "/2024/ferry");

        var items = await DiscoverAsync([], ["/news-sitemap.xml"]);

        Assert.Equal(
            $"""
            Article {server.Url("/2024/budget")} 2024-12-20 Manifest
            Article {server.Url("/2024/ferry")}  None
            """.ReplaceLineEndings("\n"),
            Describe(items));
        Assert.Equal("Story at /2024/budget", items[0].Article?.Metadata.Title); // the page's title wins over the listed one
    }

    [Fact]
    public async Task A_sitemap_index_is_followed_to_its_sitemaps_in_order_including_a_gzip_one()
    {
        server.Route("/sitemap.xml", Xml(
            $"""
            <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
              <sitemap><loc>{server.Url("/sitemap-1.xml.gz")}</loc></sitemap>
              <sitemap><loc>{server.Url("/sitemap.xml")}</loc></sitemap>
              <sitemap><loc>{server.Url("/sitemap-2.xml")}</loc></sitemap>
            </sitemapindex>
            """));
        server.Route("/sitemap-1.xml.gz", LoopbackServer.Response(200, "application/gzip", Gzip(UrlSet("/one", "/two"))));
        server.Route("/sitemap-2.xml", Xml(UrlSet("/three", "/one")));
        Pages("/one", "/two", "/three");

        var items = await DiscoverAsync([], ["/sitemap.xml"]);

        Assert.Equal(
            $"""
            Article {server.Url("/one")}  None
            Article {server.Url("/two")}  None
            Article {server.Url("/three")}  None
            """.ReplaceLineEndings("\n"),
            Describe(items));
        Assert.Equal(1, server.Count("/sitemap.xml")); // the index that lists itself is not read again
    }

    [Fact]
    public async Task Sitemap_indexes_are_followed_only_to_the_depth_and_count_allowed()
    {
        server.Route("/deep.xml", Xml(Index("/deeper.xml")));
        server.Route("/deeper.xml", Xml(Index("/leaf.xml")));
        server.Route("/leaf.xml", Xml(UrlSet("/one")));
        server.Route("/wide.xml", Xml(Index("/a.xml", "/b.xml", "/c.xml")));
        server.Route("/a.xml", Xml(UrlSet("/one")));
        server.Route("/b.xml", Xml(UrlSet("/two")));
        server.Route("/c.xml", Xml(UrlSet("/three")));
        Pages("/one", "/two", "/three");

        var deep = await DiscoverAsync([], ["/deep.xml"], Options with { MaxSitemapDepth = 1 });
        var wide = await DiscoverAsync([], ["/wide.xml"], Options with { MaxSitemaps = 3 });

        Assert.Empty(deep);
        Assert.Equal(0, server.Count("/leaf.xml"));
        Assert.Equal($"Article {server.Url("/one")}  None\nArticle {server.Url("/two")}  None", Describe(wide));
        Assert.Equal(0, server.Count("/c.xml"));
        Assert.Equal(
            [
                $"{server.Url("/deeper.xml")}: sitemap indexes nested more than 1 deep; {server.Url("/leaf.xml")} was not read",
                $"{server.Url("/wide.xml")}: more than 3 sitemaps listed; the rest were not read",
            ],
            warnings);
    }

    [Fact]
    public async Task A_broken_a_missing_and_a_non_feed_url_each_fail_once_naming_the_url_and_the_reason_and_the_rest_goes_on()
    {
        server.Route("/broken", Xml("<rss><channel><item><link>/x</link></channel></rss>", "application/rss+xml"));
        server.Route("/page", LoopbackServer.Html(Stories.Page("Not a feed")));
        server.Route("/odd", Xml("<catalog><book/></catalog>"));
        server.Route("/good", Xml(UrlSet("/one")));
        Pages("/one");

        var items = await DiscoverAsync(["/broken", "/gone", "/page"], ["/odd", "/good"]);

        Assert.Equal(
            [
                (SourceItemKind.Failed, server.Url("/broken"), "feed could not be read: bad XML"),
                (SourceItemKind.Failed, server.Url("/gone"), "feed could not be fetched: HTTP 404 Not Found"),
                (SourceItemKind.Failed, server.Url("/page"), "feed could not be read: not a feed or sitemap: it is an HTML page"),
                (SourceItemKind.Failed, server.Url("/odd"), "sitemap could not be read: not a feed or sitemap (root element <catalog>)"),
                (SourceItemKind.Article, server.Url("/one"), ""),
            ],
            items.Select(i => (i.Kind, i.Source, i.Reason is { } reason && reason.StartsWith("feed could not be read: bad XML", StringComparison.Ordinal)
                ? "feed could not be read: bad XML"
                : i.Reason ?? "")));
    }

    [Fact]
    public async Task A_url_given_directly_is_not_fetched_again_when_a_feed_lists_it()
    {
        server.Route("/rss", Xml($"<rss><channel><item><link>{server.Url("/one")}</link></item><item><link>/two</link></item></channel></rss>"));
        Pages("/one", "/two");

        var source = ArticleSources.Create([server.Url("/one")], [], [server.Url("/rss")], [], Options);
        var items = await SourceItems.ReadAllAsync(source);

        Assert.Equal([server.Url("/one"), server.Url("/two")], items.Select(i => i.Source));
        Assert.Equal(1, server.Count("/one"));
    }

    private string UrlSet(params string[] paths) =>
        $"""<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{string.Concat(paths.Select(p => $"<url><loc>{server.Url(p)}</loc></url>"))}</urlset>""";

    private string Index(params string[] paths) =>
        $"""<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{string.Concat(paths.Select(p => $"<sitemap><loc>{server.Url(p)}</loc></sitemap>"))}</sitemapindex>""";

    private static byte[] Gzip(string text)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }

        return output.ToArray();
    }
}
