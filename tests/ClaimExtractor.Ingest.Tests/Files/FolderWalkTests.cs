using ClaimExtractor.Core.Ingest;
using ClaimExtractor.Ingest.Files;
using ClaimExtractor.Ingest.Tests.Support;

namespace ClaimExtractor.Ingest.Tests.Files;

public sealed class FolderWalkTests : IDisposable
{
    private const string Story = "The regional airport handled 2.1 million passengers last year, a record for the site.";

    private readonly TempDir dir = new();

    public void Dispose() => dir.Dispose();

    [Fact]
    public async Task Folders_are_walked_depth_first_in_ordinal_order_with_sources_as_given()
    {
        foreach (var name in new[] { "b.txt", "a.md", "Z.TXT", "a-b/x.txt", "a/y.txt", "a/deeper/z.htm" })
        {
            dir.Write(name, name.EndsWith("htm", StringComparison.Ordinal) ? Html(Story) : Story);
        }

        var items = await SourceItems.ReadAllAsync(dir.Path + "/");

        string[] expected = ["Z.TXT", "a/deeper/z.htm", "a/y.txt", "a-b/x.txt", "a.md", "b.txt"];
        Assert.Equal(expected.Select(e => $"Article {dir.Path}/{e}"), SourceItems.Describe(items).Split('\n'));
    }

    [Fact]
    public async Task Metadata_and_hidden_files_are_passed_over_and_other_types_are_skipped_with_their_extension()
    {
        dir.Write("story.txt", Story);
        dir.Write("story.meta.json", """{"published": "2024-01-02"}""");
        dir.Write("manifest.csv", "file,title\nstory.txt,Airport record\n");
        dir.Write("manifest.jsonl", "");
        dir.Write("gold.json", "{}");
        dir.Write("README.md", "# About this folder\n");
        dir.Write(".hidden.txt", Story);
        dir.Write(".git/notes.txt", Story);
        dir.Write("report.PDF", [0x25, 0x50, 0x44, 0x46]);
        dir.Write("photo.jpg", [0xFF, 0xD8]);
        dir.Write("Makefile", "all:\n");

        var items = await SourceItems.ReadAllAsync(dir.Path);

        Assert.Equal(
            $"""
            Skipped {dir.Path}/Makefile : not an article file type (no extension)
            Skipped {dir.Path}/photo.jpg : not an article file type (.jpg)
            Skipped {dir.Path}/report.PDF : not an article file type (.pdf)
            Article {dir.Path}/story.txt
            """,
            SourceItems.Describe(items));
    }

    [Fact]
    public async Task A_missing_path_fails_by_name_and_the_next_path_is_still_read()
    {
        var story = dir.Write("story.txt", Story);
        var missing = Path.Combine(dir.Path, "nowhere", "lost.txt");

        var items = await SourceItems.ReadAllAsync(new FileSystemSource([missing, story], new FileSourceOptions()));

        Assert.Equal(
            $"""
            Failed {missing} : no such file or folder: {missing}
            Article {story}
            """,
            SourceItems.Describe(items));
    }

    [Fact]
    public async Task A_file_named_explicitly_is_read_by_its_type_even_when_a_walk_would_pass_it_over()
    {
        var readme = dir.Write("README.md", Story);
        var pdf = dir.Write("report.pdf", [0x25, 0x50]);

        var items = await SourceItems.ReadAllAsync(new FileSystemSource([readme, pdf], new FileSourceOptions()));

        Assert.Equal([SourceItemKind.Article, SourceItemKind.Skipped], items.Select(i => i.Kind));
        Assert.Equal(Story, items[0].Article?.Text);
    }

    [Fact]
    public async Task Backslashes_in_a_given_path_become_forward_slashes_in_sources()
    {
        dir.Write("sub/story.txt", Story);

        var item = await SourceItems.ReadOneAsync(dir.Path + "/sub\\");

        // on Unix a backslash is a file-name character, so the path does not exist; the source is still normalized
        Assert.Equal(OperatingSystem.IsWindows() ? SourceItemKind.Article : SourceItemKind.Failed, item.Kind);
        Assert.Equal(dir.Path + "/sub", item.Source);
    }

    [Fact]
    public void Published_option_with_a_folder_is_refused_with_a_fix()
    {
        var options = new FileSourceOptions { PublishedOverride = new DateOnly(2024, 12, 19) };

        var error = Assert.Throws<ArgumentException>(() => new FileSystemSource([dir.Path], options));

        Assert.StartsWith("`--published` needs a single input file; use a sidecar or manifest for folders", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Published_option_with_two_files_is_refused_and_with_one_file_accepted()
    {
        var a = dir.Write("a.txt", Story);
        var b = dir.Write("b.txt", Story);
        var options = new FileSourceOptions { PublishedOverride = new DateOnly(2024, 12, 19) };

        Assert.Throws<ArgumentException>(() => new FileSystemSource([a, b], options));
        Assert.NotNull(new FileSystemSource([a], options));
    }

    [Fact]
    public async Task Cancellation_stops_the_walk()
    {
        dir.Write("a.txt", Story);
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();

        var source = new FileSystemSource([dir.Path], new FileSourceOptions());

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in source.ReadAsync(cancel.Token))
            {
            }
        });
    }

    internal static string Html(string paragraph) =>
        $"<html><body><article><p>{paragraph}</p><p>{paragraph}</p><p>{paragraph}</p></article></body></html>";
}
