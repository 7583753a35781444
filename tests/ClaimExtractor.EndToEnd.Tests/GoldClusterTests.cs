using System.Text.Json.Nodes;
using ClaimExtractor.Cli.Evaluation;
using ClaimExtractor.Consistency;

namespace ClaimExtractor.EndToEnd.Tests;

// Each corpus cluster with a gold.json (corpus/seed, and the team's corpus/dev), run ingest → NLP → consistency into a temporary store and scored with the
// same matching as `claimx eval`. Floors only rise: raise them in the commit that raises the score.
public sealed class GoldClusterTests
{
    public static TheoryData<string, double, double, double, double, double> Floors() => new()
    {
        // cluster, claim F1, contradiction precision, contradiction recall, subject accuracy, period accuracy
        { "seed", 1.0, 1.0, 1.0, 0.92, 0.92 },
        { "dev/festival-montelago", 0.97, 1.0, 1.0, 0.80, 0.40 },
        { "dev/flight-delays-eastgate", 0.97, 1.0, 1.0, 0.80, 0.90 },
        { "dev/house-prices-halden", 1.0, 1.0, 1.0, 0.78, 0.73 },
        { "dev/merger-halvorsen-brightwater", 0.91, 1.0, 1.0, 0.68, 0.77 },
        { "dev/recall-korvat", 0.96, 1.0, 1.0, 0.95, 0.70 },
        { "dev/satellite-aurora3", 0.94, 1.0, 1.0, 0.70, 0.76 },
        { "dev/unemployment-ireland", 0.98, 1.0, 1.0, 1.0, 0.75 },
        { "dev/wildfire-juniper-ridge", 0.96, 1.0, 1.0, 0.87, 0.83 },
    };

    [Theory]
    [MemberData(nameof(Floors))]
    public async Task Cluster_scores_at_least_its_floor_and_flags_no_trap(
        string cluster, double claimF1, double flagPrecision, double flagRecall, double subject, double period)
    {
        var runner = new EvalRunner(Pipeline.SharedExtractor, ConsistencyChecker.CreateDefault(), Pipeline.ResolveName);

        var score = await runner.ScoreClusterAsync(Path.Combine(RepositoryPaths.Corpus, cluster), CancellationToken.None);

        string misses = string.Join('\n', score.Misses);
        Assert.True(score.Claims.F1 >= claimF1, $"claim F1 {score.Claims.F1:0.000} < {claimF1}\n{misses}");
        Assert.True(score.Contradictions.Precision >= flagPrecision, $"contradiction precision {score.Contradictions.Precision:0.000} < {flagPrecision}\n{misses}");
        Assert.True(score.Contradictions.Recall >= flagRecall, $"contradiction recall {score.Contradictions.Recall:0.000} < {flagRecall}\n{misses}");
        Assert.True(score.Subject.Value >= subject, $"subject accuracy {score.Subject.Value:0.000} < {subject}\n{misses}");
        Assert.True(score.Period.Value >= period, $"period accuracy {score.Period.Value:0.000} < {period}\n{misses}");
        Assert.True(score.TrapsFlagged.Count == 0, $"{score.TrapsFlagged.Count} consistent pairs flagged\n{misses}");
    }

    [Fact]
    public async Task Misses_show_what_the_run_made_of_each_side_and_of_each_wrong_frame()
    {
        // the merger cluster, its gold naming one more contradiction that no rule can find: the two outlets' equal offers
        using var temp = new TempDir();
        string cluster = temp.CopyFrom(Path.Combine(RepositoryPaths.Corpus, "dev/merger-halvorsen-brightwater"), "merger-halvorsen-brightwater");
        string gold = Path.Combine(cluster, "gold.json");
        var json = JsonNode.Parse(File.ReadAllText(gold))!;
        json["contradictions"]!.AsArray().Add(new JsonObject { ["a"] = "c3", ["b"] = "c17", ["kind"] = "value_mismatch", ["reason"] = "for the test" });
        File.WriteAllText(gold, json.ToJsonString());
        var runner = new EvalRunner(Pipeline.SharedExtractor, ConsistencyChecker.CreateDefault(), Pipeline.ResolveName);

        var score = await runner.ScoreClusterAsync(cluster, CancellationToken.None);

        // a missed pair names both claims' quotes and alignment keys, so a reader sees which part kept them apart
        Assert.Contains(score.Misses, m => m.StartsWith("merger-halvorsen-brightwater: missed contradiction c3 ~ c17: ", StringComparison.Ordinal)
            && m.Contains("'$38' [", StringComparison.Ordinal) && m.Contains("|offer_price.value|", StringComparison.Ordinal));
        // a matched claim with a wrong subject or period says what it got and what gold wants
        Assert.Contains(score.Misses, m => m.Contains(" subject '", StringComparison.Ordinal) && m.Contains("(gold 'Halvorsen's snacks division')", StringComparison.Ordinal));
    }
}
