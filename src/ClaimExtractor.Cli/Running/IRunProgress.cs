using ClaimExtractor.Core.Storage;

namespace ClaimExtractor.Cli.Running;

/// <summary>Where a run reports progress: a progress bar on a terminal, plain lines otherwise, nothing in tests.</summary>
public interface IRunProgress
{
    /// <summary>One input is done.</summary>
    void Report(ItemOutcome outcome);
}
