using System.Text.Json;
using ClaimExtractor.Core.Documents;
using ClaimExtractor.Ingest.Dumps;
using ClaimExtractor.Ingest.Sources;
using ClaimExtractor.Ingest.Tests.Support;

namespace ClaimExtractor.Ingest.Tests.Dumps;

public sealed class JsonLinesDumpSourceTests : IDisposable
{
    private readonly TempDir dir = new();

    public void Dispose() => dir.Dispose();

    private static string Line(object value) => JsonSerializer.Serialize(value);

    [Fact]
    public async Task Each_line_with_text_or_html_becomes_an_article_and_each_bad_line_fails_alone()
    {
        var path = dir.Write("dump.jsonl", string.Join("\n",
            Line(new { url = "https://news.example/a", title = "Harbour traffic", published = "2024-05-02", text = Stories.Text }),
            Line(new { url = "https://news.example/b", html = Stories.Page("Ports report", "<meta property=\"article:published_time\" content=\"2024-04-30\">") }),
            "",
            "{\"url\": \"https://news.example/c\", \"text\": ",
            "[1, 2]",
            Line(new { url = "https://news.example/d", title = "No body" }),
            Line(new { url = "https://news.example/e", text = "   " }),
            Line(new { url = "https://news.example/f", html = "<html><body><a href='/'>Home</a></body></html>" })) + "\n");

        var items = await SourceItems.ReadAllAsync(new JsonLinesDumpSource(path, new SourceOptions()));

        Assert.Equal(
            $"""
            Article {path}#line-1
            Article {path}#line-2
            Failed {path}#line-4 : invalid JSON: {InvalidJsonMessage()}
            Failed {path}#line-5 : not a JSON object
            Failed {path}#line-6 : no "text" or "html" field
            Failed {path}#line-7 : empty text
            Failed {path}#line-8 : no article text found (index or non-article page?)
            """,
            SourceItems.Describe(items));
    }

    [Fact]
    public async Task A_text_line_keeps_its_text_exactly_and_its_fields_as_metadata()
    {
        var path = dir.Write("dump.jsonl", Line(new { url = "https://news.example/a", title = "Harbour traffic", outlet = "Port News", author = "Ana Ruiz", published = "2024-05-02", text = Stories.Text }));

        var article = Assert.Single(await SourceItems.ReadAllAsync(new JsonLinesDumpSource(path, new SourceOptions()))).Article;

        Assert.Equal(Stories.Text, Stories.Body(article));
        Assert.Equal(
            new ArticleMetadata
            {
                Title = "Harbour traffic",
                Outlet = "Port News",
                Url = "https://news.example/a",
                Authors = article?.Metadata.Authors ?? [],
                Published = new DateOnly(2024, 5, 2),
                PublishedFrom = PublishedSource.Manifest,
            },
            article?.Metadata);
        Assert.Equal(["Ana Ruiz"], article?.Metadata.Authors);
    }

    [Fact]
    public async Task The_lines_fields_win_over_the_pages_own_metadata()
    {
        var html = Stories.Page("Page title", "<meta property=\"article:published_time\" content=\"2024-04-30\">");
        var path = dir.Write("dump.jsonl", Line(new { url = "https://news.example/b", title = "Dump title", html }));

        var article = Assert.Single(await SourceItems.ReadAllAsync(new JsonLinesDumpSource(path, new SourceOptions()))).Article;

        // the text opens with the headline the page shows; the line's title names the document
        Assert.Equal("Page title\n\n" + Stories.Text, article?.Text);
        Assert.Equal("Dump title", article?.Metadata.Title);
        Assert.Equal((new DateOnly(2024, 4, 30), PublishedSource.Meta), (article?.Metadata.Published, article?.Metadata.PublishedFrom));
    }

    [Fact]
    public async Task A_line_over_the_size_cap_fails_without_being_held_and_the_next_line_is_read()
    {
        var path = dir.Write("dump.jsonl", string.Join("\r\n",
            Line(new { url = "https://news.example/big", text = new string('x', 300_000) }),
            Line(new { url = "https://news.example/a", text = Stories.Text })));

        var items = await SourceItems.ReadAllAsync(new JsonLinesDumpSource(path, new SourceOptions { MaxBytes = 100_000 }));

        Assert.Equal(
            $"""
            Failed {path}#line-1 : 293 KB is over the 97.7 KB cap (--max-size)
            Article {path}#line-2
            """,
            SourceItems.Describe(items));
        Assert.Equal(Stories.Text, items[1].Article?.Text);
    }

    [Fact]
    public async Task Rereading_an_unchanged_dump_gives_the_same_content_hashes()
    {
        var path = dir.Write("dump.jsonl", Line(new { url = "https://news.example/a", text = Stories.Text }) + "\n" + Line(new { url = "https://news.example/b", text = Stories.Second }));

        var first = await SourceItems.ReadAllAsync(new JsonLinesDumpSource(path, new SourceOptions()));
        var second = await SourceItems.ReadAllAsync(new JsonLinesDumpSource(path, new SourceOptions()));

        Assert.Equal(first.Select(i => i.Article?.ContentHash), second.Select(i => i.Article?.ContentHash));
        Assert.NotEqual(first[0].Article?.ContentHash, first[1].Article?.ContentHash);
    }

    private static string InvalidJsonMessage()
    {
        try
        {
            JsonDocument.Parse("{\"url\": \"https://news.example/c\", \"text\": ").Dispose();
            return "";
        }
        catch (JsonException ex)
        {
            return ex.Message;
        }
    }
}
