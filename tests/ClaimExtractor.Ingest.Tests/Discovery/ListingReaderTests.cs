using System.IO.Compression;
using System.Text;
using ClaimExtractor.Ingest.Discovery;

namespace ClaimExtractor.Ingest.Tests.Discovery;

public sealed class ListingReaderTests
{
    private static readonly Uri Base = new("https://news.example/feeds/main.xml");

    private static string Read(string xml) => Describe(ListingReader.Read(Encoding.UTF8.GetBytes(xml), Base, 1024 * 1024));

    private static string Describe((Listing? Listing, string? Failure) read) => read.Listing is { } listing
        ? listing.Kind + ": " + string.Join(" | ", listing.Links.Select(l => $"{l.Url} {l.Published:yyyy-MM-dd} {l.Title}".TrimEnd()))
        : "failed: " + read.Failure;

    [Theory]
    [InlineData(
        """<rss version="2.0"><channel><item><title> Budget </title><link> ../story/1 </link><pubDate>Thu, 19 Dec 2024 23:30:00 -0500</pubDate></item></channel></rss>""",
        "Feed: https://news.example/story/1 2024-12-19 Budget")]
    [InlineData(
        """<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><item><link>https://news.example/a</link><dc:date>2024-05-02T10:00:00Z</dc:date></item><item><title>no link</title></item></channel></rss>""",
        "Feed: https://news.example/a 2024-05-02")]
    [InlineData(
        """<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><channel rdf:about="https://news.example/"/><item rdf:about="https://news.example/r1"><link>https://news.example/r1</link></item></rdf:RDF>""",
        "Feed: https://news.example/r1")]
    [InlineData(
        """<rss version="2.0"><channel><item><guid isPermaLink="false">tag:news.example,2024:1</guid><guid>https://news.example/g</guid></item></channel></rss>""",
        "Feed: https://news.example/g")]
    [InlineData(
        """<feed xmlns="http://www.w3.org/2005/Atom"><entry><link rel="self" href="/self"/><link rel="alternate" href="entries/9"/><published>2023-01-31</published></entry></feed>""",
        "Feed: https://news.example/feeds/entries/9 2023-01-31")]
    [InlineData(
        """<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>mailto:desk@news.example</loc></url><url><loc>https://news.example/x</loc><lastmod>2024-01-01</lastmod></url></urlset>""",
        "Sitemap: mailto:desk@news.example | https://news.example/x")]
    [InlineData(
        """<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>https://news.example/s1.xml.gz</loc><lastmod>2024-01-01</lastmod></sitemap></sitemapindex>""",
        "SitemapIndex: https://news.example/s1.xml.gz")]
    [InlineData("""<opml version="2.0"><body/></opml>""", "failed: not a feed or sitemap (root element <opml>)")]
    [InlineData("<!DOCTYPE html><html><body><p>Home<br></body></html>", "failed: not a feed or sitemap: it is an HTML page")]
    [InlineData("", "failed: bad XML: Root element is missing.")]
    public void Each_listing_format_gives_its_links_in_document_order_with_listed_dates_and_titles(string xml, string expected) =>
        Assert.Equal(expected, Read(xml));

    [Fact]
    public void An_entity_declared_in_a_dtd_is_not_expanded_and_no_external_file_is_read()
    {
        var read = Read("""<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/hostname">]><rss><channel><item><link>https://news.example/&x;</link></item></channel></rss>""");

        Assert.StartsWith("failed: bad XML: ", read, StringComparison.Ordinal);
    }

    [Fact]
    public void A_gzip_body_is_unpacked_within_the_size_cap()
    {
        var xml = """<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://news.example/z</loc></url></urlset>""";
        var packed = Gzip(xml);

        Assert.Equal("Sitemap: https://news.example/z", Describe(ListingReader.Read(packed, Base, 1024)));
        Assert.Equal("failed: unpacked, it is over the 50 bytes cap (--max-size)", Describe(ListingReader.Read(packed, Base, 50)));
        Assert.StartsWith("failed: bad gzip: ", Describe(ListingReader.Read([0x1F, 0x8B, 0xFF, 0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06], Base, 1024)), StringComparison.Ordinal);
    }

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
