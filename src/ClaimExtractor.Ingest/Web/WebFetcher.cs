using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using ClaimExtractor.Ingest.Sources;

namespace ClaimExtractor.Ingest.Web;

/// <summary>
/// Fetches pages politely and boundedly: a cache first; robots.txt per site (unless ignored); per-host concurrency and
/// delay; one timeout per attempt covering headers and body; retries with doubling backoff on timeouts, dropped
/// connections, 429 and 5xx only, honouring <c>Retry-After</c>; redirects followed by hand so each hop is checked and
/// loops are caught; gzip, deflate and brotli; a size cap on the decoded body. Every problem is a
/// <see cref="FetchResult.Failure"/>, never an exception, except cancellation. One instance serves one run; it is safe
/// to call from many tasks.
/// </summary>
public sealed class WebFetcher : IDisposable
{
    private readonly SourceOptions options;
    private readonly HttpClient client;
    private readonly HostGate gate;
    private readonly PageRequester requester;
    private readonly ResponseCache? cache;
    private readonly ConcurrentDictionary<string, Lazy<Task<RobotsRules>>> robots = new(StringComparer.OrdinalIgnoreCase);

    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public WebFetcher(SourceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        this.options = options;
        gate = new HostGate(options.PerHostConcurrency, options.PerHostDelay, TimeProvider.System);
        cache = options.CacheDirectory is { } directory ? new ResponseCache(directory) : null;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate | DecompressionMethods.Brotli,
            ConnectTimeout = options.Timeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        };
        client = new HttpClient(handler) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
        client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", options.UserAgent);
        client.DefaultRequestHeaders.TryAddWithoutValidation("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5");
        requester = new PageRequester(client, gate, options);
    }

    /// <summary>The page at <paramref name="url"/>, from the cache when it holds it (unless <see cref="SourceOptions.Refresh"/>).</summary>
    public async Task<FetchResult> FetchAsync(Uri url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (cache is not null && !options.Refresh && await cache.ReadAsync(url, cancellationToken).ConfigureAwait(false) is { } hit)
        {
            return hit;
        }

        var result = await FollowAsync(url, RequestKind.Page, cancellationToken).ConfigureAwait(false);
        if (cache is not null && await cache.WriteAsync(result, cancellationToken).ConfigureAwait(false) is { } problem)
        {
            options.Warning?.Invoke(url.OriginalString, problem);
        }

        return result;
    }

    /// <summary>
    /// A feed or sitemap at <paramref name="url"/>, read whatever its media type, with robots.txt, politeness, retries and
    /// the size cap as for pages. Never from the cache: a listing changes while the articles it names do not.
    /// </summary>
    public Task<FetchResult> FetchListingAsync(Uri url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        return FollowAsync(url, RequestKind.Listing, cancellationToken);
    }

    /// <inheritdoc />
    public void Dispose() => client.Dispose();

    private async Task<FetchResult> FollowAsync(Uri url, RequestKind kind, CancellationToken cancellationToken)
    {
        var chain = new List<Uri> { url };
        var current = url;
        while (true)
        {
            if (kind != RequestKind.Robots && !options.IgnoreRobots)
            {
                var rules = await RobotsForAsync(current, cancellationToken).ConfigureAwait(false);
                if (!rules.Allows(current))
                {
                    var after = current == url ? "" : $" (redirected to {current})";
                    return FetchResult.Fail(url, rules.Explain(current) + after);
                }
            }

            var attempt = await WithRetriesAsync(current, kind, cancellationToken).ConfigureAwait(false);
            if (attempt.Location is not { } location)
            {
                return attempt.Result with { Url = url, FinalUrl = current };
            }

            if (!Uri.TryCreate(current, location, out var next) || (next.Scheme != Uri.UriSchemeHttp && next.Scheme != Uri.UriSchemeHttps))
            {
                return FetchResult.Fail(url, $"redirect to a URL that is not http(s): {location}", attempt.Result.Status);
            }

            if (chain.Contains(next))
            {
                return FetchResult.Fail(url, "redirect loop: " + string.Join(" -> ", chain.Append(next)), attempt.Result.Status);
            }

            if (chain.Count > options.MaxRedirects)
            {
                return FetchResult.Fail(url, $"more than {options.MaxRedirects} redirects (last to {next})", attempt.Result.Status);
            }

            chain.Add(next);
            current = next;
        }
    }

    private async Task<Attempt> WithRetriesAsync(Uri url, RequestKind kind, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var result = await requester.SendAsync(url, kind, cancellationToken).ConfigureAwait(false);
            if (!result.Retryable)
            {
                return result;
            }

            if (attempt > options.MaxRetries)
            {
                var tries = attempt == 1 ? "" : string.Create(CultureInfo.InvariantCulture, $" ({attempt} attempts)");
                return result with { Result = result.Result with { Failure = result.Result.Failure + tries } };
            }

            // doubling backoff with a little jitter, so that many URLs of one host do not retry in step
            var backoff = options.RetryDelay * Math.Pow(2, attempt - 1) * (1 + (Random.Shared.NextDouble() * 0.2));
            var wait = result.RetryAfter ?? backoff;
            if (wait > options.MaxRetryAfter)
            {
                return result with
                {
                    Result = result.Result with
                    {
                        Failure = string.Create(
                            CultureInfo.InvariantCulture,
                            $"{result.Result.Failure}: the server asks to retry after {wait.TotalSeconds:0} s, more than the {options.MaxRetryAfter.TotalSeconds:0} s allowed"),
                    },
                };
            }

            await Task.Delay(wait, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<RobotsRules> RobotsForAsync(Uri url, CancellationToken cancellationToken)
    {
        var origin = url.GetLeftPart(UriPartial.Authority);
        var rules = await robots.GetOrAdd(origin, o => new Lazy<Task<RobotsRules>>(() => LoadRobotsAsync(new Uri(o + "/robots.txt"), cancellationToken)))
            .Value.ConfigureAwait(false);
        if (rules.CrawlDelay is { } delay)
        {
            gate.AtLeast(url.Authority, delay);
        }

        return rules;
    }

    private async Task<RobotsRules> LoadRobotsAsync(Uri robotsUrl, CancellationToken cancellationToken)
    {
        var result = await FollowAsync(robotsUrl, RequestKind.Robots, cancellationToken).ConfigureAwait(false);
        if (result.Failure is null && result.Body is { } body)
        {
            return RobotsRules.Parse(Encoding.UTF8.GetString(body), options.UserAgent);
        }

        // RFC 9309: a 4xx means no rules; a server error means the whole site is off limits until it answers
        return result.Status is 429 or >= 500
            ? RobotsRules.Closed($"{robotsUrl} answered {result.Failure}; the site is treated as closed (use --ignore-robots to fetch anyway)")
            : RobotsRules.AllowAll;
    }
}
