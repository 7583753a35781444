namespace ClaimExtractor.Core.Storage;

/// <summary>A run's counts, as shown at the end of <c>claimx run</c> and kept in the runs table.</summary>
public sealed record RunSummary(
    int New,
    int Unchanged,
    int Changed,
    int Failed,
    int Skipped,
    int Claims,
    int ContradictionsNew,
    int ContradictionsTotal,
    bool Cancelled);
