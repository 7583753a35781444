using System.Text.Json;
using ClaimExtractor.Core.Documents;
using ClaimExtractor.Ingest.Files;
using ClaimExtractor.Ingest.Tests.Support;

namespace ClaimExtractor.Ingest.Tests.Files;

public sealed class FolderArchiveTests : IDisposable
{
    private readonly TempDir dir = new();

    public void Dispose() => dir.Dispose();

    [Fact]
    public async Task Warc_and_json_lines_files_found_in_a_folder_are_read_record_by_record_under_the_walks_names()
    {
        dir.Write("crawl/a.txt", Stories.Text);
        dir.Write("crawl/b-crawl.warc.gz", new WarcWriter().Info()
            .Html("https://news.example/2024/05/02/harbour", Stories.Page("Harbour"))
            .Response("https://news.example/logo.png", 200, "image/png", [0x89, 0x50, 0x4E, 0x47])
            .Gzipped());
        dir.Write("crawl/c.warc", new WarcWriter().Html("https://news.example/berths", Stories.Page("Berths")).Plain());
        dir.Write("crawl/d-dump.JSONL", string.Join(
            "\n",
            JsonSerializer.Serialize(new { url = "https://news.example/e", published = "2024-06-01", text = Stories.Text }),
            "not json") + "\n");
        dir.Write("crawl/manifest.jsonl", "");

        var items = await SourceItems.ReadAllAsync(dir.Path + "/crawl");

        var root = dir.Path + "/crawl";
        Assert.Equal(
            $"""
            Article {root}/a.txt
            Article {root}/b-crawl.warc.gz#record-2
            Skipped {root}/b-crawl.warc.gz#record-3 : not HTML (image/png) (https://news.example/logo.png)
            Article {root}/c.warc#record-1
            Article {root}/d-dump.JSONL#line-1
            Failed {root}/d-dump.JSONL#line-2 : invalid JSON: {Reason(items, 5)}
            """.ReplaceLineEndings("\n"),
            SourceItems.Describe(items));
        Assert.Equal("https://news.example/2024/05/02/harbour", items[1].Article?.Metadata.Url);
        Assert.Equal((new DateOnly(2024, 6, 1), PublishedSource.Manifest), (items[4].Article?.Metadata.Published, items[4].Article?.Metadata.PublishedFrom));
    }

    [Fact]
    public async Task An_archive_named_directly_to_the_file_source_is_read_too()
    {
        var path = dir.Write("one.warc", new WarcWriter().Html("https://news.example/one", Stories.Page("One")).Plain());

        var item = Assert.Single(await SourceItems.ReadAllAsync(path));

        Assert.Equal((path + "#record-1", Stories.Text), (item.Source, Stories.Body(item.Article)));
    }

    [Fact]
    public void Archive_and_dump_names_have_the_archive_role_and_manifests_stay_metadata()
    {
        Assert.Equal(
            [FileRole.Archive, FileRole.Archive, FileRole.Archive, FileRole.Metadata, FileRole.Other],
            new[] { "x.warc", "x.WARC.GZ", "x.jsonl", "manifest.jsonl", "x.gz" }.Select(FileKinds.RoleOf));
    }

    // the JSON parser's own wording is not ours to pin
    private static string? Reason(List<Core.Ingest.SourceItem> items, int index) =>
        items.Count > index ? items[index].Reason?["invalid JSON: ".Length..] : null;
}
