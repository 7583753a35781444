using ClaimExtractor.Core.Documents;

namespace ClaimExtractor.Benchmarks;

/// <summary>Benchmark inputs from the repository's corpus: the seed articles, repeated to the wanted size.</summary>
internal static class BenchCorpus
{
    /// <summary><paramref name="count"/> articles cycling through the corpus texts, each with its own source and a fixed date.</summary>
    public static IReadOnlyList<Article> Articles(int count)
    {
        var texts = Directory.EnumerateFiles(RepositoryPaths.Corpus, "*.txt", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        return [.. Enumerable.Range(0, count).Select(i => new Article
        {
            Source = $"bench/{i}.txt",
            Text = texts[i % texts.Length],
            ContentHash = i.ToString("x64", System.Globalization.CultureInfo.InvariantCulture),
            Metadata = new ArticleMetadata { Published = new DateOnly(2024, 12, 19), PublishedFrom = PublishedSource.Option },
        })];
    }
}
