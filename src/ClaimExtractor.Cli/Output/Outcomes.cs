using ClaimExtractor.Core.Storage;

namespace ClaimExtractor.Cli.Output;

/// <summary>The words the CLI prints for item outcomes.</summary>
public static class Outcomes
{
    /// <summary>new, unchanged, changed, failed or skipped.</summary>
    public static string Name(ItemOutcomeKind kind) => kind switch
    {
        ItemOutcomeKind.New => "new",
        ItemOutcomeKind.Unchanged => "unchanged",
        ItemOutcomeKind.Changed => "changed",
        ItemOutcomeKind.Failed => "failed",
        _ => "skipped",
    };
}
