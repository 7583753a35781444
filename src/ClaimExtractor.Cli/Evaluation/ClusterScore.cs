namespace ClaimExtractor.Cli.Evaluation;

/// <summary>How a run did on one gold cluster (or on all, added up).</summary>
/// <param name="Cluster">The cluster folder, or "total".</param>
/// <param name="Claims">Claim matching.</param>
/// <param name="Contradictions">Contradiction matching (updates and ambiguous pairs excluded).</param>
/// <param name="Subject">Matched claims whose subject (any alias) is right.</param>
/// <param name="Period">Matched claims whose period is right.</param>
/// <param name="TrapsFlagged">Consistent pairs wrongly flagged, of all consistent pairs.</param>
/// <param name="Misses">Gold claims no prediction matched, and flags that matched nothing, for a reader to look at.</param>
/// <param name="FrameMisses">Matched claims whose subject or period is wrong, with expected, got and the sentence.</param>
public sealed record ClusterScore(
    string Cluster,
    Score Claims,
    Score Contradictions,
    Rate Subject,
    Rate Period,
    Rate TrapsFlagged,
    IReadOnlyList<string> Misses,
    IReadOnlyList<FrameMiss> FrameMisses)
{
    /// <summary>Adds clusters' counts.</summary>
    public static ClusterScore Total(IEnumerable<ClusterScore> clusters) =>
        clusters.Aggregate(
            new ClusterScore("total", new Score(0, 0, 0), new Score(0, 0, 0), new Rate(0, 0), new Rate(0, 0), new Rate(0, 0), [], []),
            (t, c) => new ClusterScore("total", t.Claims + c.Claims, t.Contradictions + c.Contradictions, t.Subject + c.Subject,
                t.Period + c.Period, t.TrapsFlagged + c.TrapsFlagged, [.. t.Misses, .. c.Misses], [.. t.FrameMisses, .. c.FrameMisses]));
}
