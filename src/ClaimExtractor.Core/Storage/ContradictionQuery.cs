using ClaimExtractor.Core.Consistency;

namespace ClaimExtractor.Core.Storage;

/// <summary>
/// Filters for reading contradictions, ranked by severity; null means any. Entity, metric, outlet and text match
/// case-insensitively as substrings of either claim (text: the explanation, quotes and sentences); the date range is
/// inclusive and matches when either claim's document was published in it. <see cref="Offset"/> and
/// <see cref="Limit"/> page through the ranking. <see cref="ExcludeKind"/> leaves one kind out (the review queue keeps
/// <c>update</c> flags apart from contradictions).
/// </summary>
public sealed record ContradictionQuery(
    string? Entity = null,
    string? Metric = null,
    ContradictionStatus? Status = null,
    ContradictionKind? Kind = null,
    int? Limit = null,
    string? Outlet = null,
    DateOnly? PublishedFrom = null,
    DateOnly? PublishedTo = null,
    string? Text = null,
    int Offset = 0,
    ContradictionKind? ExcludeKind = null);
