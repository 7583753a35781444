using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ClaimExtractor.Core.Claims;
using ClaimExtractor.Core.Documents;
using ClaimExtractor.Nlp.Tests.Support;
using Xunit.Abstractions;

namespace ClaimExtractor.Nlp.Tests;

/// <summary>
/// Claim frames on the development corpus (corpus/dev: eight clusters written by the team, other topics than the
/// seed). Only the plain-text articles are read here (HTML pages need the Ingest stage); their gold claims score the
/// subject and period the pipeline gives each found claim.
/// </summary>
public sealed class DevCorpusFrameTests(ITestOutputHelper output)
{
    // Floors a little under what the pipeline reaches on the text articles of corpus/dev (0.519 and 0.556 on
    // 2026-11-21, where the whole-corpus eval gave 0.211 and 0.493 before; subject 0.804 and period 0.892 on
    // 2026-11-22): raise them when the score rises.
    private const double SubjectFloor = 0.78;
    private const double PeriodFloor = 0.5;

    private static IEnumerable<string> Clusters =>
        Directory.GetDirectories(Path.Combine(RepositoryPaths.Root, "corpus", "dev")).Select(d => Path.GetFileName(d)!).Order(StringComparer.Ordinal);

    [Fact]
    public void Text_articles_of_the_dev_corpus_get_subjects_and_periods_above_the_floors()
    {
        int matched = 0, subjects = 0, periods = 0;
        foreach (var cluster in Clusters)
        {
            var score = Score(cluster);
            output.WriteLine($"{cluster}: {score}");
            matched += score.Matched;
            subjects += score.SubjectRight;
            periods += score.PeriodRight;
        }

        double subject = (double)subjects / matched, period = (double)periods / matched;
        output.WriteLine($"total: matched {matched}, subject {subject:0.000}, period {period:0.000}");
        Assert.True(subject >= SubjectFloor, $"subject accuracy {subject:0.000} below {SubjectFloor}");
        Assert.True(period >= PeriodFloor, $"period accuracy {period:0.000} below {PeriodFloor}");
    }

    private static GoldScore Score(string cluster)
    {
        string dir = Path.Combine(RepositoryPaths.Root, "corpus", "dev", cluster);
        var gold = JsonNode.Parse(File.ReadAllText(Path.Combine(dir, "gold.json")))!.AsObject();
        var textDocs = gold["documents"]!.AsArray().Select(d => (string)d!["file"]!).Where(f => f.EndsWith(".txt", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
        var claims = new JsonArray([.. gold["claims"]!.AsArray().Where(c => textDocs.Contains((string)c!["doc"]!)).Select(c => c!.DeepClone())]);
        var filtered = new JsonObject { ["claims"] = claims };
        var predictions = new Dictionary<string, (string, IReadOnlyList<Claim>)>(StringComparer.Ordinal);
        foreach (string file in textDocs)
        {
            var article = Article(Path.Combine(dir, file));
            predictions[file] = (article.Text, Shared.Pipeline.Analyze(article, CancellationToken.None).Claims);
        }

        using var json = JsonDocument.Parse(filtered.ToJsonString());
        return GoldScore.Score(json.RootElement, predictions);
    }

    private static Article Article(string path)
    {
        using var meta = JsonDocument.Parse(File.ReadAllText(Path.ChangeExtension(path, null) + ".meta.json"));
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
