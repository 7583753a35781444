using ClaimExtractor.Core.Claims;

namespace ClaimExtractor.Core.Consistency;

/// <summary>A stored contradiction with both claims and its review status.</summary>
public sealed record ContradictionRecord(
    long Id,
    Contradiction Contradiction,
    ContradictionStatus Status,
    StoredClaim A,
    StoredClaim B);
