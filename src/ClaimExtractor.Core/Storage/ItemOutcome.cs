namespace ClaimExtractor.Core.Storage;

/// <summary>One input's outcome in a run, kept in the runs table.</summary>
public sealed record ItemOutcome(string Source, ItemOutcomeKind Kind, string? Reason);
