using System.Text.Json;
using ClaimExtractor.Core.Documents;
using ClaimExtractor.Ingest.Metadata;

namespace ClaimExtractor.Ingest.Tests.Metadata;

public sealed class TextHeaderInferenceTests
{
    /// <summary>Every team-written article (they open with their headline) and the title its sidecar names.</summary>
    public static TheoryData<string, string> CorpusTitles()
    {
        var data = new TheoryData<string, string>();
        var dev = Path.Combine(RepositoryPaths.Corpus, "dev");
        foreach (var sidecar in Directory.EnumerateFiles(dev, "*.meta.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            using var json = JsonDocument.Parse(File.ReadAllText(sidecar));
            if (json.RootElement.TryGetProperty("title", out var title) && title.GetString() is { Length: > 0 } value)
            {
                data.Add(Path.GetRelativePath(RepositoryPaths.Corpus, sidecar).Replace(".meta.json", ".txt", StringComparison.Ordinal), value);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CorpusTitles))]
    public void A_corpus_article_headline_is_read_from_its_first_line(string file, string title)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Corpus, file));

        Assert.Equal(title, TextHeaderInference.Infer(text).Title);
    }

    [Theory]
    [InlineData("01-seed000-unknown-outlet.txt")]
    [InlineData("02-seed003-financial-times.txt")]
    public void A_seed_article_that_opens_with_its_story_gets_no_headline(string name)
    {
        // the FT seed opens with a promo, which is no headline; the story's first sentence follows
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Seed, name));

        Assert.Null(TextHeaderInference.Infer(text).Title);
    }

    [Theory]
    [InlineData("Rates held at 5%\n\nBy Helen Marsh\n\nThe bank kept rates on hold.", "Helen Marsh")]
    [InlineData("Rates held\nBy Grace Whitfield, Property Correspondent\nThe story.", "Grace Whitfield")]
    [InlineData("Rates held\nby Sam Okoro | The Gate Lounge | 4 min read\nThe story.", "Sam Okoro")]
    [InlineData("Rates held\nBy Ana Ruiz and Tom Bell in Madrid\nThe story.", "Ana Ruiz; Tom Bell")]
    public void A_byline_near_the_top_names_the_authors(string text, string expected)
    {
        Assert.Equal(expected, string.Join("; ", TextHeaderInference.Infer(text).Authors));
    }

    [Theory]
    [InlineData("The central bank kept rates at 5% on Thursday, as expected.\nIt said inflation was easing.")]
    [InlineData("Prices rose. Analysts expect more\nThe story.")]
    [InlineData("December 19, 2024\nThe story.")]
    [InlineData("Just one line that could be a headline")]
    [InlineData("By the end of the year prices had fallen 4%, the agency said.\nThe story.")]
    public void A_sentence_a_date_or_a_lone_line_is_no_headline_and_no_byline(string text)
    {
        Assert.Equal(ArticleMetadata.Empty, TextHeaderInference.Infer(text));
    }

    [Fact]
    public void A_title_from_metadata_wins_over_the_first_line()
    {
        var metadata = MetadataResolver.Resolve([new ArticleMetadata { Title = "Given title" }], "A headline-like first line\nThe story.");

        Assert.Equal("Given title", metadata.Title);
    }
}
