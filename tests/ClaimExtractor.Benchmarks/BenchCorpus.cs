using System.Text.Json;
using ClaimExtractor.Core.Documents;

namespace ClaimExtractor.Benchmarks;

/// <summary>
/// Benchmark inputs: the repository's corpus repeated to the wanted size, and the bodies of real news pages from the
/// article-extraction benchmark beside the repository.
/// </summary>
internal static class BenchCorpus
{
    /// <summary>
    /// The article bodies of <c>../shared/eval/articles/ground-truth.json</c> (181 real news and blog pages, a few in
    /// other languages), in file order.
    /// </summary>
    /// <exception cref="FileNotFoundException">The shared evaluation data is not beside the repository.</exception>
    public static IReadOnlyList<string> NewsBodies()
    {
        string path = RepositoryPaths.SharedData("eval", "articles", "ground-truth.json");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path}: the article bodies the NLP benchmarks read are not there.", path);
        }

        using var json = JsonDocument.Parse(File.ReadAllBytes(path));
        return [.. json.RootElement.EnumerateObject()
            .Select(page => page.Value.GetProperty("articleBody").GetString() ?? "")
            .Where(body => body.Length > 0)];
    }

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
