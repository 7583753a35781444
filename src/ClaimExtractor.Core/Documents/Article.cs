namespace ClaimExtractor.Core.Documents;

/// <summary>
/// One ingested article: its text (which every span indexes) and its metadata.
/// <see cref="Source"/> is the path or URL exactly as given on the command line (or found under a given folder).
/// </summary>
public sealed record Article
{
    /// <summary>The path or URL as given; the document's natural key in the store.</summary>
    public required string Source { get; init; }

    /// <summary>The article text as stored; all offsets index this string.</summary>
    public required string Text { get; init; }

    /// <summary>Lower-case hex SHA-256 of the raw input bytes; equal hashes mean nothing to redo.</summary>
    public required string ContentHash { get; init; }

    /// <summary>Title, outlet, date and the rest, each with where it came from.</summary>
    public required ArticleMetadata Metadata { get; init; }
}
