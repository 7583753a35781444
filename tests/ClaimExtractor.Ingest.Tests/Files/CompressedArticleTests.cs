using System.IO.Compression;
using System.Text;
using ClaimExtractor.Core.Documents;
using ClaimExtractor.Ingest.Files;
using ClaimExtractor.Ingest.Tests.Support;

namespace ClaimExtractor.Ingest.Tests.Files;

/// <summary>
/// Gzip-compressed articles (<c>page.html.gz</c>, <c>story.txt.gz</c>), as page collections and benchmarks ship them,
/// are read as the files inside; a broken or oversized one fails with its name and the reason, and the batch goes on.
/// </summary>
public sealed class CompressedArticleTests : IDisposable
{
    private readonly TempDir dir = new();

    public void Dispose() => dir.Dispose();

    [Fact]
    public async Task A_compressed_page_or_text_reads_as_the_file_inside_with_its_sidecar()
    {
        dir.Write("pages/harbour.html.gz", Gzip(Stories.Page("Harbour")));
        dir.Write("pages/plain.txt.gz", Gzip(Stories.Text));
        dir.Write("pages/plain.meta.json", """{"published": "2024-05-02", "outlet": "Harbour Times"}""");
        dir.Write("pages/harbour.html", Stories.Page("Harbour"));

        var items = await SourceItems.ReadAllAsync(dir.Path + "/pages");

        var root = dir.Path + "/pages";
        Assert.Equal(
            $"""
            Article {root}/harbour.html
            Article {root}/harbour.html.gz
            Article {root}/plain.txt.gz
            """.ReplaceLineEndings("\n"),
            SourceItems.Describe(items));
        Assert.Equal(Stories.Body(items[0].Article), Stories.Body(items[1].Article));
        Assert.Equal(items[0].Article?.ContentHash, items[1].Article?.ContentHash); // the same page, compressed or not
        Assert.Equal(Stories.Text, Stories.Body(items[2].Article));
        Assert.Equal(("Harbour Times", new DateOnly(2024, 5, 2), PublishedSource.Sidecar),
            (items[2].Article?.Metadata.Outlet, items[2].Article?.Metadata.Published, items[2].Article?.Metadata.PublishedFrom));
    }

    [Fact]
    public async Task A_broken_or_oversized_compressed_file_fails_with_the_reason_and_the_rest_are_read()
    {
        dir.Write("pages/a.txt", Stories.Text);
        dir.Write("pages/broken.html.gz", Encoding.UTF8.GetBytes("<html>not gzip at all</html>"));
        dir.Write("pages/bomb.txt.gz", Gzip(new string('7', 100_000)));

        var items = await SourceItems.ReadAllAsync(dir.Path + "/pages", new FileSourceOptions { MaxBytes = 50_000 });

        var root = dir.Path + "/pages";
        Assert.Equal(
            $"""
            Article {root}/a.txt
            Failed {root}/bomb.txt.gz : unpacked, it is over the 48.8 KB cap (--max-size)
            Failed {root}/broken.html.gz : bad gzip: {items[2].Reason?["bad gzip: ".Length..]}
            """.ReplaceLineEndings("\n"),
            SourceItems.Describe(items));
        Assert.StartsWith("bad gzip: ", items[2].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Compressed_articles_take_the_role_of_the_file_inside_and_other_compressed_files_are_skipped()
    {
        Assert.Equal(
            [FileRole.Html, FileRole.Text, FileRole.Text, FileRole.Archive, FileRole.Other, FileRole.Other],
            new[] { "p.html.gz", "s.TXT.GZ", "n.md.gz", "x.warc.gz", "x.gz", "data.csv.gz" }.Select(FileKinds.RoleOf));
    }

    private static byte[] Gzip(string text)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }

        return output.ToArray();
    }
}
