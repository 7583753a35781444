namespace ClaimExtractor.Ingest.Web;

/// <summary>
/// What fetching one URL gave: a page body (<see cref="Body"/>), a response that is not HTML (<see cref="Body"/> null,
/// <see cref="MediaType"/> says what it is), or a <see cref="Failure"/> a user can act on.
/// </summary>
public sealed record FetchResult
{
    /// <summary>The URL as requested.</summary>
    public required Uri Url { get; init; }

    /// <summary>Where the last redirect led; equals <see cref="Url"/> when there was none.</summary>
    public Uri? FinalUrl { get; init; }

    /// <summary>The HTTP status of the last response, 0 when there was none.</summary>
    public int Status { get; init; }

    /// <summary>The media type of the response (<c>text/html</c>), lower case, if the server sent one.</summary>
    public string? MediaType { get; init; }

    /// <summary>The charset the response's <c>Content-Type</c> names, if any.</summary>
    public string? Charset { get; init; }

    /// <summary>The body as received (after gzip or brotli), for an HTML response.</summary>
    public byte[]? Body { get; init; }

    /// <summary>When the response arrived.</summary>
    public DateTimeOffset? FetchedAt { get; init; }

    /// <summary>Read from the cache rather than the network.</summary>
    public bool FromCache { get; init; }

    /// <summary>Why there is no page, or null.</summary>
    public string? Failure { get; init; }

    internal static FetchResult Fail(Uri url, string reason, int status = 0) => new() { Url = url, Status = status, Failure = reason };
}
