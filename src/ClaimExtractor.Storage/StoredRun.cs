using ClaimExtractor.Core.Storage;

namespace ClaimExtractor.Storage;

/// <summary>A run as recorded: its command line, times, counts (null until finished) and per-item outcomes.</summary>
public sealed record StoredRun(
    RunId Id,
    string Arguments,
    DateTimeOffset StartedAt,
    DateTimeOffset? FinishedAt,
    RunSummary? Summary,
    IReadOnlyList<ItemOutcome> Items);
