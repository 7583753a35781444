using ClaimExtractor.Core.Consistency;

namespace ClaimExtractor.Storage.Sqlite;

/// <summary>
/// The review queue's filters and page; null means any. Entity, metric, outlet and text match case-insensitively as
/// substrings; the date range is inclusive and matches when either claim's document was published in it.
/// </summary>
public sealed record ContradictionFilter(
    ContradictionStatus? Status = null,
    ContradictionKind? Kind = null,
    string? Entity = null,
    string? Metric = null,
    string? Outlet = null,
    DateOnly? PublishedFrom = null,
    DateOnly? PublishedTo = null,
    string? Text = null,
    int Offset = 0,
    int Limit = 50);
