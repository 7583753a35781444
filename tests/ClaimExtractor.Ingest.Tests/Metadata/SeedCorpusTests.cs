using ClaimExtractor.Core.Documents;
using ClaimExtractor.Ingest.Files;
using ClaimExtractor.Ingest.PlainText;
using ClaimExtractor.Ingest.Tests.Support;

namespace ClaimExtractor.Ingest.Tests.Metadata;

public sealed class SeedCorpusTests
{
    [Fact]
    public async Task Both_seeds_are_read_with_their_sidecar_metadata_and_gold_json_is_passed_over()
    {
        var seed = Path.Combine(RepositoryPaths.Root, "corpus", "seed");

        var items = await SourceItems.ReadAllAsync(new FileSystemSource([seed], new FileSourceOptions()));

        Assert.Equal([$"{seed}/01-seed000-unknown-outlet.txt", $"{seed}/02-seed003-financial-times.txt"], items.Select(i => i.Source));
        Assert.Equal(
            [
                (new DateOnly(2025, 1, 15), PublishedSource.Sidecar, (string?)null, "North Korea's crypto theft topped $1.6 billion last year"),
                (new DateOnly(2024, 12, 19), PublishedSource.Sidecar, "Financial Times", "North Korean hackers stole record $1.34bn of crypto this year"),
            ],
            items.Select(i => (i.Article!.Metadata.Published, i.Article.Metadata.PublishedFrom, i.Article.Metadata.Outlet, i.Article.Metadata.Title)));
    }

    [Theory]
    [InlineData("01-seed000-unknown-outlet.txt")]
    [InlineData("02-seed003-financial-times.txt")]
    public async Task Seed_text_keeps_every_character_at_its_file_offset_but_blanked_promo_lines(string name)
    {
        var path = Path.Combine(RepositoryPaths.Root, "corpus", "seed", name);
        var file = await File.ReadAllTextAsync(path);

        var article = (await SourceItems.ReadOneAsync(path)).Article;

        Assert.NotNull(article);
        Assert.Equal(file.Length, article.Text.Length);
        var fileLines = file.Split('\n');
        var textLines = article.Text.Split('\n');
        Assert.Equal(fileLines.Length, textLines.Length);
        Assert.All(fileLines.Zip(textLines), pair => Assert.True(
            pair.First == pair.Second || (BoilerplateLines.IsBoilerplate(pair.First) && pair.Second.Trim().Length == 0),
            $"changed line: {pair.First}"));
    }

    [Fact]
    public async Task The_FT_seed_loses_its_newsletter_promo_and_its_recommended_label()
    {
        var path = Path.Combine(RepositoryPaths.Root, "corpus", "seed", "02-seed003-financial-times.txt");

        var text = (await SourceItems.ReadOneAsync(path)).Article?.Text ?? "";

        Assert.DoesNotContain("Unlock Editor", text, StringComparison.Ordinal);
        Assert.DoesNotContain("weekly newsletter", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\nRecommended\n", text, StringComparison.Ordinal);
        Assert.Contains("North Korean groups have stolen $1.34 billion", text, StringComparison.Ordinal);
    }
}
