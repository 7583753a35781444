using ClaimExtractor.Core.Consistency;

namespace ClaimExtractor.Core.Storage;

/// <summary>Filters for reading contradictions, ranked by severity; null means any.</summary>
public sealed record ContradictionQuery(
    string? Entity = null,
    string? Metric = null,
    ContradictionStatus? Status = null,
    ContradictionKind? Kind = null,
    int? Limit = null);
