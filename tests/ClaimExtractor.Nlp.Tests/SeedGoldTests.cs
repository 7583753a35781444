using System.Text.Json;
using ClaimExtractor.Core.Claims;
using ClaimExtractor.Nlp.Tests.Support;
using Xunit.Abstractions;

namespace ClaimExtractor.Nlp.Tests;

public sealed class SeedGoldTests(ITestOutputHelper output)
{
    // Floors at what the pipeline reaches on corpus/seed (raise them when the score rises).
    private const double RecallFloor = 0.95;
    private const double PrecisionFloor = 0.95;
    private const double SubjectFloor = 0.75;
    private const double PeriodFloor = 0.9;

    [Fact]
    public void Seed_claims_are_found_with_their_subjects_and_periods()
    {
        using var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Seed, "gold.json")));
        var predictions = new Dictionary<string, (string, IReadOnlyList<Claim>)>(StringComparer.Ordinal);
        foreach (var d in gold.RootElement.GetProperty("documents").EnumerateArray())
        {
            string file = d.GetProperty("file").GetString()!; // gold format: every document names its file
            var article = SeedCorpus.Article(file);
            predictions[file] = (article.Text, Shared.Pipeline.Analyze(article, CancellationToken.None).Claims);
        }

        var score = GoldScore.Score(gold.RootElement, predictions);
        output.WriteLine(score.ToString());
        output.WriteLine("missed: " + string.Join("; ", score.Misses));
        output.WriteLine("extra:  " + string.Join("; ", score.Extras));

        Assert.True(score.Recall >= RecallFloor, score + "\nmissed: " + string.Join("; ", score.Misses));
        Assert.True(score.Precision >= PrecisionFloor, score + "\nextra: " + string.Join("; ", score.Extras));
        Assert.True(score.SubjectAccuracy >= SubjectFloor, score.ToString());
        Assert.True(score.PeriodAccuracy >= PeriodFloor, score.ToString());
    }
}
