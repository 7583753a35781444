using ClaimExtractor.Cli.Evaluation;
using ClaimExtractor.Consistency;

namespace ClaimExtractor.EndToEnd.Tests;

// Each corpus cluster with a gold.json, run ingest → NLP → consistency into a temporary store and scored with the
// same matching as `claimx eval`. Floors only rise: raise them in the commit that raises the score.
public sealed class SeedGoldTests
{
    public static TheoryData<string, double, double, double, double> Floors() => new()
    {
        // cluster, claim F1, contradiction precision, contradiction recall, subject and period accuracy
        { "seed", 1.0, 1.0, 1.0, 0.92 },
    };

    [Theory]
    [MemberData(nameof(Floors))]
    public async Task Cluster_scores_at_least_its_floor_and_flags_no_trap(
        string cluster, double claimF1, double flagPrecision, double flagRecall, double fieldAccuracy)
    {
        var runner = new EvalRunner(Pipeline.SharedExtractor, ConsistencyChecker.CreateDefault());

        var score = await runner.ScoreClusterAsync(Path.Combine(Repo.Corpus, cluster), CancellationToken.None);

        string misses = string.Join('\n', score.Misses);
        Assert.True(score.Claims.F1 >= claimF1, $"claim F1 {score.Claims.F1:0.000} < {claimF1}\n{misses}");
        Assert.True(score.Contradictions.Precision >= flagPrecision, $"contradiction precision {score.Contradictions.Precision:0.000} < {flagPrecision}\n{misses}");
        Assert.True(score.Contradictions.Recall >= flagRecall, $"contradiction recall {score.Contradictions.Recall:0.000} < {flagRecall}\n{misses}");
        Assert.True(score.Subject.Value >= fieldAccuracy, $"subject accuracy {score.Subject.Value:0.000} < {fieldAccuracy}\n{misses}");
        Assert.True(score.Period.Value >= fieldAccuracy, $"period accuracy {score.Period.Value:0.000} < {fieldAccuracy}\n{misses}");
        Assert.True(score.TrapsFlagged.Count == 0, $"{score.TrapsFlagged.Count} consistent pairs flagged\n{misses}");
    }
}
