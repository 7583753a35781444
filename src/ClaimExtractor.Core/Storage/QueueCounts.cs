namespace ClaimExtractor.Core.Storage;

/// <summary>The work queue at a glance: sources pending (of which leased right now), done and failed.</summary>
public sealed record QueueCounts(int Pending, int Leased, int Done, int Failed);
