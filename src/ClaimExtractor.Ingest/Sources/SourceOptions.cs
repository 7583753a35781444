using ClaimExtractor.Ingest.Files;

namespace ClaimExtractor.Ingest.Sources;

/// <summary>Options for every input <c>ArticleSources.Create</c> routes: files, folders, URLs, feeds, sitemaps, WARC archives and dumps.</summary>
public sealed record SourceOptions
{
    /// <summary>The default folder for raw responses, relative to the current folder.</summary>
    public const string DefaultCacheDirectory = ".claimx-cache";

    /// <summary>The default user agent; its first word is the token robots.txt groups are matched against.</summary>
    public const string DefaultUserAgent = "claimx/1.0 (+claim extraction for fact-checkers)";

    /// <summary>A file, a fetched body, a WARC record or a dump line larger than this fails (<c>--max-size</c>).</summary>
    public long MaxBytes { get; init; } = FileSourceOptions.DefaultMaxBytes;

    /// <summary>The <c>--published</c> date; allowed only with a single input file.</summary>
    public DateOnly? PublishedOverride { get; init; }

    /// <summary>Called with (source, message) for problems that do not cost the article (a broken sidecar, an unwritable cache).</summary>
    public Action<string, string>? Warning { get; init; }

    /// <summary>Where raw responses are kept so a rerun needs no refetch; null turns the cache off (<c>--cache DIR</c>, <c>--no-cache</c>).</summary>
    public string? CacheDirectory { get; init; } = DefaultCacheDirectory;

    /// <summary>Fetch again even what the cache holds, and keep the new answer (<c>--refresh</c>).</summary>
    public bool Refresh { get; init; }

    /// <summary>Sent with every request (<c>--user-agent</c>).</summary>
    public string UserAgent { get; init; } = DefaultUserAgent;

    /// <summary>One attempt, from sending the request to the last body byte (<c>--timeout SECONDS</c>).</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Further attempts after a timeout, a dropped connection, a 429 or a 5xx (<c>--retries N</c>).</summary>
    public int MaxRetries { get; init; } = 3;

    /// <summary>The first backoff; it doubles with each retry unless the server sends <c>Retry-After</c>.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest <c>Retry-After</c> honoured; a server asking for more fails the URL instead of stalling the batch.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Requests in flight to one host at once (<c>--per-host N</c>).</summary>
    public int PerHostConcurrency { get; init; } = 2;

    /// <summary>The least time between two requests to one host (<c>--host-delay MS</c>); a robots.txt <c>Crawl-delay</c> can raise it.</summary>
    public TimeSpan PerHostDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>URLs fetched at once across all hosts.</summary>
    public int MaxConcurrency { get; init; } = 8;

    /// <summary>Redirects followed before a URL fails.</summary>
    public int MaxRedirects { get; init; } = 5;

    /// <summary>How many sitemap indexes deep a <c>--sitemap</c> is followed (an index of sitemaps is one level).</summary>
    public int MaxSitemapDepth { get; init; } = 3;

    /// <summary>Feeds and sitemaps read for one <c>--feed</c> or <c>--sitemap</c>, indexes included; the rest are left with a warning.</summary>
    public int MaxSitemaps { get; init; } = 100;

    /// <summary>Fetch what robots.txt disallows (<c>--ignore-robots</c>).</summary>
    public bool IgnoreRobots { get; init; }

    /// <summary>The file options these imply.</summary>
    public FileSourceOptions ForFiles() => new() { MaxBytes = MaxBytes, PublishedOverride = PublishedOverride, Warning = Warning };

    /// <exception cref="ArgumentException">A limit is out of range.</exception>
    public void Validate()
    {
        Check(MaxBytes > 0, "the size cap (--max-size) must be positive");
        Check(Timeout > TimeSpan.Zero, "the timeout (--timeout) must be positive");
        Check(MaxRetries >= 0, "retries (--retries) cannot be negative");
        Check(PerHostConcurrency > 0, "requests per host (--per-host) must be at least 1");
        Check(MaxConcurrency > 0, "concurrent fetches must be at least 1");
        Check(PerHostDelay >= TimeSpan.Zero && RetryDelay >= TimeSpan.Zero, "delays cannot be negative");
        Check(MaxRedirects >= 0, "redirects cannot be negative");
        Check(MaxSitemapDepth >= 0 && MaxSitemaps > 0, "sitemap limits must be positive");
        Check(!string.IsNullOrWhiteSpace(UserAgent), "the user agent (--user-agent) cannot be empty");
    }

    private static void Check(bool ok, string message)
    {
        if (!ok)
        {
            throw new ArgumentException(message, "options");
        }
    }
}
