using System.IO.Compression;
using System.Text;
using ClaimExtractor.Core.Documents;
using ClaimExtractor.Core.Ingest;
using ClaimExtractor.Ingest.Sources;
using ClaimExtractor.Ingest.Tests.Support;
using ClaimExtractor.Ingest.Warc;

namespace ClaimExtractor.Ingest.Tests.Warc;

public sealed class WarcSourceTests : IDisposable
{
    private const string StoryUrl = "https://news.example/2024/05/01/harbour-traffic";
    private const string LaterUrl = "https://news.example/world/ports";

    private readonly TempDir dir = new();

    public void Dispose() => dir.Dispose();

    private static WarcWriter Crawl() => new WarcWriter()
        .Info()
        .Request(StoryUrl)
        .Html(StoryUrl, Stories.Page("Harbour traffic rises"))
        .Response("https://news.example/logo.png", 200, "image/png", [0x89, 0x50, 0x4E, 0x47, 0, 0])
        .Response("https://news.example/moved", 301, "text/html", "moved"u8.ToArray(), "Location: /elsewhere")
        .Record("metadata", StoryUrl, "application/warc-fields", "fetchTimeMs: 120\r\n"u8.ToArray())
        .Response(LaterUrl, 200, "text/html", Chunked(Gzip(Encoding.UTF8.GetBytes(Stories.Page("Ports report")))), "Transfer-Encoding: chunked", "Content-Encoding: gzip");

    private static IArticleSource Source(string path, long maxBytes = 10 * 1024 * 1024) => new WarcSource(path, new SourceOptions { MaxBytes = maxBytes });

    [Theory]
    [InlineData("crawl.warc")]
    [InlineData("crawl.warc.gz")]
    public async Task Every_html_response_record_becomes_an_article_and_other_responses_are_skipped(string name)
    {
        var warc = Crawl();
        var path = dir.Write(name, name.EndsWith(".gz", StringComparison.Ordinal) ? warc.Gzipped() : warc.Plain());

        var items = await SourceItems.ReadAllAsync(Source(path));

        Assert.Equal(
            $"""
            Article {path}#record-3
            Skipped {path}#record-4 : not HTML (image/png) (https://news.example/logo.png)
            Skipped {path}#record-5 : HTTP 301 response, not a page (https://news.example/moved)
            Article {path}#record-7
            """,
            SourceItems.Describe(items));
        Assert.Equal(Stories.Text, Stories.Body(items[0].Article));
        Assert.Equal(Stories.Text, Stories.Body(items[3].Article));
        Assert.Equal([StoryUrl, LaterUrl], items.Where(i => i.Article is not null).Select(i => i.Article?.Metadata.Url));
        Assert.Equal((new DateOnly(2024, 5, 1), PublishedSource.Url), (items[0].Article?.Metadata.Published, items[0].Article?.Metadata.PublishedFrom));
        Assert.Equal(new DateTimeOffset(2024, 5, 2, 8, 30, 0, TimeSpan.Zero), items[0].Article?.Metadata.Fetched); // the capture date
    }

    [Fact]
    public async Task The_reader_gives_each_records_url_and_capture_date()
    {
        var path = dir.Write("crawl.warc.gz", Crawl().Gzipped());
        var records = new List<WarcRecord>();
        var reader = WarcReader.Open(path);
        await using (reader)
        {
            while (await reader.ReadAsync(1024 * 1024, CancellationToken.None) is { } record)
            {
                records.Add(record);
            }
        }

        Assert.Equal(
            ["warcinfo", "request", "response", "response", "response", "metadata", "response"],
            records.Select(r => r.Type));
        Assert.Equal(StoryUrl, records[2].TargetUri);
        Assert.Equal(new DateTimeOffset(2024, 5, 2, 8, 30, 0, TimeSpan.Zero), records[2].Date);
    }

    [Theory]
    [InlineData("cut.warc")]
    [InlineData("cut.warc.gz")]
    public async Task A_file_that_ends_inside_a_record_fails_there_after_the_records_before_it(string name)
    {
        var whole = new WarcWriter().Html(StoryUrl, Stories.Page("First")).Html(LaterUrl, Stories.Page("Second")).Plain();
        var cut = whole[..^200];
        var path = dir.Write(name, name.EndsWith(".gz", StringComparison.Ordinal) ? GzipWhole(cut) : cut);

        var items = await SourceItems.ReadAllAsync(Source(path));

        Assert.Equal(
            $"""
            Article {path}#record-1
            Failed {path}#record-2 : truncated record: the file ends inside its block
            """,
            SourceItems.Describe(items));
    }

    [Fact]
    public async Task A_record_over_the_size_cap_fails_and_the_next_record_is_still_read()
    {
        var big = Stories.Page("Big") + new string(' ', 6000);
        var path = dir.Write("big.warc", new WarcWriter().Html(StoryUrl, big).Html(LaterUrl, Stories.Page("Small")).Plain());

        var items = await SourceItems.ReadAllAsync(Source(path, maxBytes: 4096));

        Assert.Equal(
            $"""
            Failed {path}#record-1 : 6.3 KB is over the 4 KB cap (--max-size)
            Article {path}#record-2
            """,
            SourceItems.Describe(items));
    }

    [Theory]
    [InlineData("notes.warc", "just some notes\n", "not a WARC record (it starts \"just some notes\")")]
    [InlineData("empty.warc", "", null)]
    public async Task A_file_that_is_not_a_warc_fails_once(string name, string content, string? reason)
    {
        var path = dir.Write(name, content);

        var item = Assert.Single(await SourceItems.ReadAllAsync(Source(path)));

        Assert.Equal(SourceItemKind.Failed, item.Kind);
        Assert.Equal(reason is null ? path : path + "#record-1", item.Source);
        Assert.Equal(reason ?? "no WARC records in the file", item.Reason);
    }

    [Fact]
    public async Task A_missing_archive_fails_with_its_path()
    {
        var path = Path.Combine(dir.Path, "none.warc.gz");

        var item = Assert.Single(await SourceItems.ReadAllAsync(Source(path)));

        Assert.Equal((path, SourceItemKind.Failed, $"no such file or folder: {path}"), (item.Source, item.Kind, item.Reason));
    }

    [Fact]
    public async Task A_response_record_holding_an_index_page_fails_with_its_url()
    {
        var path = dir.Write("index.warc", new WarcWriter().Html("https://news.example/", "<html><body><ul><li><a href='/a'>One</a></li></ul></body></html>").Plain());

        var item = Assert.Single(await SourceItems.ReadAllAsync(Source(path)));

        Assert.Equal("no article text found (index or non-article page?) (https://news.example/)", item.Reason);
    }

    private static byte[] Chunked(byte[] body)
    {
        var half = body.Length / 2;
        return [.. Encoding.ASCII.GetBytes($"{half:x}\r\n"), .. body[..half], .. "\r\n"u8,
            .. Encoding.ASCII.GetBytes($"{body.Length - half:x}\r\n"), .. body[half..], .. "\r\n0\r\n\r\n"u8];
    }

    private static byte[] Gzip(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return output.ToArray();
    }

    private static byte[] GzipWhole(byte[] bytes) => Gzip(bytes);
}
