namespace ClaimExtractor.Core.Documents;

/// <summary>What is known about an article besides its text.</summary>
public sealed record ArticleMetadata
{
    /// <summary>The headline, when known.</summary>
    public string? Title { get; init; }

    /// <summary>The publication or site name, when known.</summary>
    public string? Outlet { get; init; }

    /// <summary>The canonical URL, when known.</summary>
    public string? Url { get; init; }

    /// <summary>Bylines, in page order.</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>The publication date: it anchors every relative date in the text.</summary>
    public DateOnly? Published { get; init; }

    /// <summary>Where <see cref="Published"/> came from; <see cref="PublishedSource.None"/> when unknown.</summary>
    public PublishedSource PublishedFrom { get; init; } = PublishedSource.None;

    /// <summary>
    /// When the page says it was last modified or updated (JSON-LD <c>dateModified</c>, <c>article:modified_time</c>),
    /// kept apart from <see cref="Published"/>, which it never replaces.
    /// </summary>
    public DateOnly? Modified { get; init; }

    /// <summary>
    /// When the page was fetched or captured (a URL's response, a WARC record's date), kept apart from
    /// <see cref="Published"/>; null for files and dumps that do not say.
    /// </summary>
    public DateTimeOffset? Fetched { get; init; }

    /// <summary>ISO 639-1 language code, when known.</summary>
    public string? Language { get; init; }

    /// <summary>An empty record: nothing known.</summary>
    public static ArticleMetadata Empty { get; } = new();
}
