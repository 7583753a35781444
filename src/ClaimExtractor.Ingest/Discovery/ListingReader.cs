using System.Text;
using System.Xml;
using System.Xml.Linq;
using ClaimExtractor.Ingest.Files;
using ClaimExtractor.Ingest.Metadata;

namespace ClaimExtractor.Ingest.Discovery;

/// <summary>
/// Reads a feed or sitemap from its bytes, whatever the URL or media type claimed: the root element decides. RSS 2.0
/// (<c>item/link</c>, else a permalink <c>guid</c>; date from <c>pubDate</c> or <c>dc:date</c>), RSS 1.0 (RDF), Atom
/// (<c>entry/link</c> with no <c>rel</c> or <c>rel="alternate"</c>; date from <c>published</c>), sitemaps
/// (<c>url/loc</c>; date from <c>news:publication_date</c>, never <c>lastmod</c>, which is when the page last changed)
/// and sitemap indexes (<c>sitemap/loc</c>). Gzip bodies (<c>.xml.gz</c>) are unpacked within the size cap. Elements are
/// matched by local name, since feeds in the wild mix namespaces. Relative links are resolved against the listing's URL;
/// links that are not http(s) are kept so the caller can report them. DTDs are ignored and no external entity is read.
/// </summary>
public static class ListingReader
{
    private const string NotFeedHtml = "not a feed or sitemap: it is an HTML page";

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        MaxCharactersFromEntities = 1024,
    };

    /// <summary>The listing in <paramref name="body"/>, else why there is none; <paramref name="baseUrl"/> resolves relative links.</summary>
    public static (Listing? Listing, string? Failure) Read(byte[] body, Uri baseUrl, long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(baseUrl);
        if (body.AsSpan().StartsWith((ReadOnlySpan<byte>)[0x1F, 0x8B]))
        {
            var (unpacked, failure) = Decompression.Gunzip(body, maxBytes);
            if (unpacked is null)
            {
                return (null, failure);
            }

            body = unpacked;
        }

        XDocument document;
        try
        {
            using var stream = new MemoryStream(body, writable: false);
            using var reader = XmlReader.Create(stream, Settings);
            document = XDocument.Load(reader);
        }
        catch (XmlException ex)
        {
            return (null, LooksLikeHtml(body) ? NotFeedHtml : "bad XML: " + ex.Message);
        }

        var root = document.Root;
        return root?.Name.LocalName switch
        {
            "rss" => (new Listing(ListingKind.Feed, RssItems(Children(root, "channel").SelectMany(c => Children(c, "item")), baseUrl)), null),
            "RDF" => (new Listing(ListingKind.Feed, RssItems(Children(root, "item"), baseUrl)), null),
            "feed" => (new Listing(ListingKind.Feed, AtomEntries(root, baseUrl)), null),
            "urlset" => (new Listing(ListingKind.Sitemap, SitemapEntries(root, "url", baseUrl)), null),
            "sitemapindex" => (new Listing(ListingKind.SitemapIndex, SitemapEntries(root, "sitemap", baseUrl)), null),
            "html" => (null, NotFeedHtml),
            null => (null, "bad XML: no root element"),
            var name => (null, $"not a feed or sitemap (root element <{name}>)"),
        };
    }

    private static List<ListedLink> RssItems(IEnumerable<XElement> items, Uri baseUrl)
    {
        var links = new List<ListedLink>();
        foreach (var item in items)
        {
            var href = Children(item, "link").Select(l => l.Value.Trim()).FirstOrDefault(v => v.Length > 0)
                ?? (string?)item.Attributes().FirstOrDefault(a => a.Name.LocalName == "about")
                ?? Children(item, "guid").Where(g => !string.Equals((string?)g.Attribute("isPermaLink"), "false", StringComparison.OrdinalIgnoreCase))
                    .Select(g => g.Value.Trim())
                    .FirstOrDefault(v => v.StartsWith("http", StringComparison.OrdinalIgnoreCase));
            var published = DateText.Parse(Text(item, "pubDate") ?? Text(item, "date"));
            Add(links, href, published, Text(item, "title"), baseUrl);
        }

        return links;
    }

    private static List<ListedLink> AtomEntries(XElement feed, Uri baseUrl)
    {
        var links = new List<ListedLink>();
        foreach (var entry in Children(feed, "entry"))
        {
            var href = Children(entry, "link")
                .Where(l => (string?)l.Attribute("rel") is null or "alternate")
                .Select(l => (string?)l.Attribute("href"))
                .FirstOrDefault(h => !string.IsNullOrWhiteSpace(h));
            Add(links, href, DateText.Parse(Text(entry, "published") ?? Text(entry, "issued")), Text(entry, "title"), baseUrl);
        }

        return links;
    }

    private static List<ListedLink> SitemapEntries(XElement root, string entryName, Uri baseUrl)
    {
        var links = new List<ListedLink>();
        foreach (var entry in Children(root, entryName))
        {
            var news = Children(entry, "news").FirstOrDefault();
            var published = news is null ? null : DateText.Parse(Text(news, "publication_date"));
            Add(links, Text(entry, "loc"), published, news is null ? null : Text(news, "title"), baseUrl);
        }

        return links;
    }

    private static void Add(List<ListedLink> links, string? href, DateOnly? published, string? title, Uri baseUrl)
    {
        if (string.IsNullOrWhiteSpace(href))
        {
            return;
        }

        var url = Uri.TryCreate(baseUrl, href.Trim(), out var absolute) ? absolute.AbsoluteUri : href.Trim();
        links.Add(new ListedLink(url, published, title));
    }

    private static IEnumerable<XElement> Children(XElement parent, string localName) =>
        parent.Elements().Where(e => e.Name.LocalName == localName);

    private static string? Text(XElement parent, string localName) =>
        Children(parent, localName).Select(e => e.Value.Trim()).FirstOrDefault(v => v.Length > 0);

    // a site's home page or an error page given as a feed: say so rather than quote the XML parser
    private static bool LooksLikeHtml(byte[] body)
    {
        var head = Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 1024));
        return head.Contains("<!doctype html", StringComparison.OrdinalIgnoreCase) || head.Contains("<html", StringComparison.OrdinalIgnoreCase);
    }
}
