using ClaimExtractor.Core.Consistency;

namespace ClaimExtractor.Storage.Store;

/// <summary>One row of a flag's audit trail: who moved it from which status to which, when and why.</summary>
public sealed record ReviewDecision(
    long Id,
    ContradictionStatus From,
    ContradictionStatus To,
    string? Reason,
    string? Note,
    string? Reviewer,
    DateTimeOffset DecidedAt);
