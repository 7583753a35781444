using System.CommandLine;
using ClaimExtractor.Ingest.Sources;

namespace ClaimExtractor.Cli.Commands;

/// <summary>The options of <c>claimx run</c> that decide how URLs are fetched, declared once and bound into <see cref="SourceOptions"/>.</summary>
public sealed class FetchOptions
{
    private readonly Option<string[]> _urls = new("--urls") { Description = "File listing URLs to fetch, one a line (# comments allowed); may repeat", HelpName = "FILE" };
    private readonly Option<string[]> _feeds = new("--feed") { Description = "RSS or Atom feed whose articles to fetch; may repeat", HelpName = "URL" };
    private readonly Option<string[]> _sitemaps = new("--sitemap") { Description = "Sitemap (news sitemaps, indexes, .xml.gz) whose articles to fetch; may repeat", HelpName = "URL" };
    private readonly Option<string> _cache = new("--cache") { Description = "Folder for raw responses, so reruns need no refetch", DefaultValueFactory = _ => SourceOptions.DefaultCacheDirectory, HelpName = "DIR" };
    private readonly Option<bool> _noCache = new("--no-cache") { Description = "Keep no raw responses" };
    private readonly Option<bool> _refresh = new("--refresh") { Description = "Fetch again even what the cache holds" };
    private readonly Option<string> _userAgent = new("--user-agent") { Description = "User agent sent with every request", DefaultValueFactory = _ => SourceOptions.DefaultUserAgent, HelpName = "TEXT" };
    private readonly Option<double> _timeout = new("--timeout") { Description = "Seconds for one attempt, headers and body", DefaultValueFactory = _ => 30, HelpName = "SECONDS" };
    private readonly Option<int> _retries = new("--retries") { Description = "Further attempts after a timeout, dropped connection, 429 or 5xx (with backoff, honouring Retry-After)", DefaultValueFactory = _ => 3, HelpName = "N" };
    private readonly Option<int> _perHost = new("--per-host") { Description = "Requests in flight to one host at once", DefaultValueFactory = _ => 2, HelpName = "N" };
    private readonly Option<int> _hostDelay = new("--host-delay") { Description = "Least milliseconds between two requests to one host", DefaultValueFactory = _ => 500, HelpName = "MS" };
    private readonly Option<bool> _ignoreRobots = new("--ignore-robots") { Description = "Fetch what robots.txt disallows" };

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { _urls, _feeds, _sitemaps, _cache, _noCache, _refresh, _userAgent, _timeout, _retries, _perHost, _hostDelay, _ignoreRobots })
        {
            command.Options.Add(option);
        }
    }

    /// <summary>The URL list files given with <c>--urls</c>.</summary>
    public IReadOnlyList<string> UrlLists(ParseResult result) => result.GetValue(_urls) ?? [];

    /// <summary>The feeds given with <c>--feed</c>.</summary>
    public IReadOnlyList<string> Feeds(ParseResult result) => result.GetValue(_feeds) ?? [];

    /// <summary>The sitemaps given with <c>--sitemap</c>.</summary>
    public IReadOnlyList<string> Sitemaps(ParseResult result) => result.GetValue(_sitemaps) ?? [];

    /// <summary>The source options the parsed command line asks for.</summary>
    public SourceOptions Bind(ParseResult result, long maxBytes, DateOnly? published) => new()
    {
        MaxBytes = maxBytes,
        PublishedOverride = published,
        Warning = (source, message) => Console.Error.WriteLine($"warning: {source}: {message}"),
        CacheDirectory = result.GetValue(_noCache) ? null : result.GetRequiredValue(_cache),
        Refresh = result.GetValue(_refresh),
        UserAgent = result.GetRequiredValue(_userAgent),
        Timeout = TimeSpan.FromSeconds(result.GetValue(_timeout)),
        MaxRetries = result.GetValue(_retries),
        PerHostConcurrency = result.GetValue(_perHost),
        PerHostDelay = TimeSpan.FromMilliseconds(result.GetValue(_hostDelay)),
        IgnoreRobots = result.GetValue(_ignoreRobots),
    };
}
