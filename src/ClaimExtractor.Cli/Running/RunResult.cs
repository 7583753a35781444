using ClaimExtractor.Core.Storage;

namespace ClaimExtractor.Cli.Running;

/// <summary>What a run did: its counts and every input that failed or was skipped, with the reason.</summary>
public sealed record RunResult(RunSummary Summary, IReadOnlyList<ItemOutcome> Problems)
{
    /// <summary>
    /// 0 when anything succeeded (processed or already up to date), 1 when nothing did, 130 when cancelled: a batch
    /// tool's caller needs to tell "some files were bad" from "the whole run failed".
    /// </summary>
    public int ExitCode => Summary.Cancelled ? 130 : Summary.New + Summary.Changed + Summary.Unchanged > 0 ? 0 : 1;
}
