using ClaimExtractor.Core.Documents;

namespace ClaimExtractor.Ingest.Metadata;

/// <summary>
/// What one place (a sidecar, a manifest row, the HTML head, front matter, the text) says about an article.
/// <see cref="PublishedFrom"/> names where <see cref="Published"/> came from inside that place.
/// </summary>
public sealed record MetadataCandidate
{
    public string? Title { get; init; }

    public string? Outlet { get; init; }

    public string? Url { get; init; }

    public IReadOnlyList<string> Authors { get; init; } = [];

    public DateOnly? Published { get; init; }

    public PublishedSource PublishedFrom { get; init; } = PublishedSource.None;

    public string? Language { get; init; }

    /// <summary>A candidate that says nothing.</summary>
    public static MetadataCandidate None { get; } = new();
}
