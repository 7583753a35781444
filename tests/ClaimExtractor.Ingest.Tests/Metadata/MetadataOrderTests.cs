using System.Globalization;
using ClaimExtractor.Core.Documents;
using ClaimExtractor.Ingest.Files;
using ClaimExtractor.Ingest.Tests.Support;

namespace ClaimExtractor.Ingest.Tests.Metadata;

public sealed class MetadataOrderTests : IDisposable
{
    private const string Body = "Bus fares will rise by 5 percent from June, the transport authority said on Monday.\n";

    private readonly TempDir dir = new();

    public void Dispose() => dir.Dispose();

    [Theory]
    [InlineData(true, true, true, true, "2024-06-06", PublishedSource.Sidecar)]
    [InlineData(false, true, true, true, "2024-05-05", PublishedSource.Manifest)]
    [InlineData(false, false, true, true, "2024-04-04", PublishedSource.FrontMatter)]
    [InlineData(false, false, false, true, "2024-03-03", PublishedSource.Text)]
    [InlineData(false, false, false, false, null, PublishedSource.None)]
    public async Task Sidecar_beats_manifest_beats_front_matter_beats_the_text(
        bool sidecar, bool manifest, bool frontMatter, bool dateline, string? expected, PublishedSource from)
    {
        var text = (dateline ? "Published March 3, 2024\n" : "") + Body;
        dir.Write("story.md", (frontMatter ? "---\ndate: 2024-04-04\n---\n" : "") + text);
        if (sidecar)
        {
            dir.Write("story.meta.json", """{"published": "2024-06-06"}""");
        }

        if (manifest)
        {
            dir.Write("manifest.csv", "file,published\nstory.md,2024-05-05\n");
        }

        var article = (await SourceItems.ReadOneAsync(dir.Path)).Article;

        Assert.NotNull(article);
        Assert.Equal(expected is null ? null : DateOnly.ParseExact(expected, "yyyy-MM-dd", CultureInfo.InvariantCulture), article.Metadata.Published);
        Assert.Equal(from, article.Metadata.PublishedFrom);
        Assert.Equal(text, article.Text);
    }

    [Theory]
    [InlineData("story.meta.json", """{"published": "2024-06-06"}""", "2024-06-06", PublishedSource.Sidecar)]
    [InlineData("manifest.jsonl", """{"file": "story.html", "published": "2024-05-05"}""", "2024-05-05", PublishedSource.Manifest)]
    [InlineData(null, null, "2023-03-14", PublishedSource.JsonLd)]
    public async Task Sidecar_and_manifest_beat_the_pages_own_date(string? file, string? content, string expected, PublishedSource from)
    {
        dir.Write("story.html", await File.ReadAllBytesAsync(Repository.Page("jsonld-graph.html")));
        if (file is not null && content is not null)
        {
            dir.Write(file, content);
        }

        var metadata = (await SourceItems.ReadOneAsync(dir.Path)).Article?.Metadata;

        Assert.Equal(DateOnly.ParseExact(expected, "yyyy-MM-dd", CultureInfo.InvariantCulture), metadata?.Published);
        Assert.Equal(from, metadata?.PublishedFrom);
    }

    [Fact]
    public async Task The_published_option_beats_every_other_source()
    {
        var path = dir.Write("story.txt", "Published March 3, 2024\n" + Body);
        dir.Write("story.meta.json", """{"published": "2024-06-06", "title": "Fares rise"}""");

        var metadata = (await SourceItems.ReadOneAsync(path, new FileSourceOptions { PublishedOverride = new DateOnly(2024, 1, 9) })).Article?.Metadata;

        Assert.Equal(new DateOnly(2024, 1, 9), metadata?.Published);
        Assert.Equal(PublishedSource.Option, metadata?.PublishedFrom);
        Assert.Equal("Fares rise", metadata?.Title);
    }

    [Fact]
    public async Task Each_field_comes_from_the_first_source_that_has_it()
    {
        dir.Write("story.txt", "---\ntitle: Front matter title\noutlet: Front Matter Weekly\nurl: https://fm.example/a\nauthor: [Kim Lee, \"Sam Roe\"]\n---\n" + Body);
        dir.Write("story.meta.json", """{"published": "2024-06-06", "outlet": null, "author": ["Ada Diaz", "Ben Ode"], "note": "unknown fields are ignored"}""");
        dir.Write("manifest.csv", "title,file,outlet\n\"Fares rise, again: \"\"5 percent\"\"\",story.txt,Metro Post\n");

        var metadata = (await SourceItems.ReadOneAsync(dir.Path)).Article?.Metadata;

        Assert.NotNull(metadata);
        Assert.Equal("Fares rise, again: \"5 percent\"", metadata.Title);
        Assert.Equal("Metro Post", metadata.Outlet);
        Assert.Equal("https://fm.example/a", metadata.Url);
        Assert.Equal(["Ada Diaz", "Ben Ode"], metadata.Authors);
        Assert.Equal(PublishedSource.Sidecar, metadata.PublishedFrom);
    }

    [Fact]
    public async Task A_broken_sidecar_is_reported_as_a_warning_and_the_manifest_takes_over()
    {
        dir.Write("story.txt", Body);
        dir.Write("story.meta.json", """{"published": "2024-06-06",""");
        dir.Write("manifest.jsonl", "not json\n{\"file\": \"story.txt\", \"published\": \"May 5, 2024\", \"author\": \"Eve Stone\"}\n");
        var warnings = new List<string>();

        var item = await SourceItems.ReadOneAsync(dir.Path, new FileSourceOptions { Warning = (source, message) => warnings.Add($"{source}: {message}") });

        Assert.Equal(new DateOnly(2024, 5, 5), item.Article?.Metadata.Published);
        Assert.Equal(PublishedSource.Manifest, item.Article?.Metadata.PublishedFrom);
        Assert.Equal(["Eve Stone"], item.Article?.Metadata.Authors);
        var warning = Assert.Single(warnings);
        Assert.StartsWith($"{dir.Path}/story.txt: story.meta.json ignored:", warning, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_manifest_names_files_relative_to_its_own_folder_only()
    {
        dir.Write("a/story.txt", Body);
        dir.Write("b/story.txt", Body);
        dir.Write("a/manifest.csv", "file,published\nstory.txt,2024-05-05\n");

        var items = await SourceItems.ReadAllAsync(dir.Path);

        Assert.Equal([new DateOnly(2024, 5, 5), null], items.Select(i => i.Article?.Metadata.Published));
    }

    [Fact]
    public async Task A_date_in_the_canonical_url_is_used_before_the_text_is_guessed_from()
    {
        dir.Write("story.txt", "Published March 3, 2024\n" + Body);
        dir.Write("story.meta.json", """{"url": "https://news.example/2024/02/29/fares-rise"}""");

        var metadata = (await SourceItems.ReadOneAsync(dir.Path)).Article?.Metadata;

        Assert.Equal(new DateOnly(2024, 2, 29), metadata?.Published);
        Assert.Equal(PublishedSource.Url, metadata?.PublishedFrom);
    }
}
