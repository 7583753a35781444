using System.Globalization;
using System.Text.Json;
using ClaimExtractor.Core.Documents;

namespace ClaimExtractor.Nlp.Tests.Support;

/// <summary>The seed articles as the pipeline sees them: text read exactly as the file's UTF-8, date from the sidecar.</summary>
internal static class SeedCorpus
{
    public static Article Article(string file)
    {
        string path = Path.Combine(RepositoryPaths.Seed, file);
        string sidecar = Path.ChangeExtension(path, null) + ".meta.json";
        using var meta = JsonDocument.Parse(File.ReadAllText(sidecar));
        var published = meta.RootElement.GetProperty("published").GetString() is { } p ? DateOnly.Parse(p, CultureInfo.InvariantCulture) : (DateOnly?)null;
        return new Article
        {
            Source = path,
            Text = File.ReadAllText(path, System.Text.Encoding.UTF8),
            ContentHash = "",
            Metadata = new ArticleMetadata { Published = published },
        };
    }
}
