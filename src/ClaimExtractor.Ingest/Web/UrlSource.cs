using System.Runtime.CompilerServices;
using ClaimExtractor.Core.Documents;
using ClaimExtractor.Core.Ingest;
using ClaimExtractor.Ingest.Discovery;
using ClaimExtractor.Ingest.Files;
using ClaimExtractor.Ingest.Sources;

namespace ClaimExtractor.Ingest.Web;

/// <summary>
/// Articles fetched from URLs given one by one and from URL list files (<c>--urls FILE</c>: one URL a line, blank lines
/// and lines starting with <c>#</c> ignored). Up to <see cref="SourceOptions.MaxConcurrency"/> URLs are fetched at once
/// within the per-host limits, and items come out in the order given. <see cref="SourceItem.Source"/> is the URL exactly
/// as given; the URL the page was finally read from is the article's <see cref="ArticleMetadata.Url"/> unless the page
/// names a canonical one. An HTML response is an article; any other media type is skipped with its type; every other
/// problem fails the URL with the reason and the batch goes on. Articles found through <c>--feed</c> and <c>--sitemap</c>
/// come after the others, each under the URL the listing gives; what the listing says (date, title) is used only where
/// the page says nothing.
/// </summary>
public sealed class UrlSource : IArticleSource
{
    private readonly IReadOnlyList<string> urls;
    private readonly IReadOnlyList<string> urlLists;
    private readonly IReadOnlyList<string> feeds;
    private readonly IReadOnlyList<string> sitemaps;
    private readonly SourceOptions options;

    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public UrlSource(IReadOnlyList<string> urls, IReadOnlyList<string> urlLists, SourceOptions options)
        : this(urls, urlLists, [], [], options)
    {
    }

    /// <summary>
    /// Also the articles that the RSS or Atom <paramref name="feeds"/> and the <paramref name="sitemaps"/> (news sitemaps
    /// and sitemap indexes too) list, read after the URLs and URL lists; see <see cref="LinkDiscoverer"/>.
    /// </summary>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public UrlSource(IReadOnlyList<string> urls, IReadOnlyList<string> urlLists, IReadOnlyList<string> feeds, IReadOnlyList<string> sitemaps, SourceOptions options)
    {
        ArgumentNullException.ThrowIfNull(urls);
        ArgumentNullException.ThrowIfNull(urlLists);
        ArgumentNullException.ThrowIfNull(feeds);
        ArgumentNullException.ThrowIfNull(sitemaps);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        this.urls = urls;
        this.urlLists = urlLists;
        this.feeds = feeds;
        this.sitemaps = sitemaps;
        this.options = options;
    }

    /// <summary>True for an absolute <c>http</c> or <c>https</c> URL.</summary>
    public static bool IsUrl(string input) =>
        input.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || input.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public async IAsyncEnumerable<SourceItem> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var fetcher = new WebFetcher(options);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var pending = new Queue<Task<SourceItem>>();
        try
        {
            await foreach (var entry in EntriesAsync(new LinkDiscoverer(fetcher, options), cancellationToken).ConfigureAwait(false))
            {
                pending.Enqueue(entry.Problem is null ? ReadOneAsync(fetcher, entry, stop.Token) : Task.FromResult(entry.Problem));
                if (pending.Count >= options.MaxConcurrency)
                {
                    yield return await pending.Dequeue().ConfigureAwait(false);
                }
            }

            while (pending.Count > 0)
            {
                yield return await pending.Dequeue().ConfigureAwait(false);
            }
        }
        finally
        {
            // a consumer that stops early must not leave fetches running against the sites
            await stop.CancelAsync().ConfigureAwait(false);
            foreach (var task in pending)
            {
                await ((Task)task).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    private async IAsyncEnumerable<UrlEntry> EntriesAsync(LinkDiscoverer discoverer, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var url in urls)
        {
            discoverer.MarkSeen(url);
            yield return UrlEntry.Given(url);
        }

        foreach (var list in urlLists)
        {
            var listSource = FileSystemSource.SourceOf(list);
            var (reader, error) = Open(list);
            if (error is not null)
            {
                yield return UrlEntry.Failed(listSource, "URL list cannot be read: " + error);
            }

            using (reader)
            {
                var number = 0;
                while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
                {
                    number++;
                    var url = line.Trim();
                    if (url.Length == 0 || url.StartsWith('#'))
                    {
                        continue;
                    }

                    discoverer.MarkSeen(url);
                    yield return IsUrl(url) ? UrlEntry.Given(url) : UrlEntry.Failed(url, $"not an http(s) URL ({listSource} line {number})");
                }
            }
        }

        foreach (var (input, noun) in feeds.Select(f => (f, "feed")).Concat(sitemaps.Select(s => (s, "sitemap"))))
        {
            await foreach (var entry in discoverer.DiscoverAsync(input, noun, cancellationToken).ConfigureAwait(false))
            {
                yield return entry;
            }
        }
    }

    private static (StreamReader Reader, string? Error) Open(string path)
    {
        try
        {
            return (new StreamReader(path, detectEncodingFromByteOrderMarks: true), null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (StreamReader.Null, ex.Message);
        }
    }

    private async Task<SourceItem> ReadOneAsync(WebFetcher fetcher, UrlEntry entry, CancellationToken cancellationToken)
    {
        var source = entry.Source;
        if (!IsUrl(source) || !Uri.TryCreate(source, UriKind.Absolute, out var url) || url.Host.Length == 0)
        {
            return SourceItem.Fail(source, "not an http(s) URL");
        }

        var result = await fetcher.FetchAsync(url, cancellationToken).ConfigureAwait(false);
        if (result.Failure is { } failure)
        {
            return SourceItem.Fail(source, failure);
        }

        if (result.Body is not { } body)
        {
            return SourceItem.Skip(source, $"not HTML ({result.MediaType})");
        }

        return PageArticles.FromHtmlBytes(source, body, result.Charset, (result.FinalUrl ?? url).AbsoluteUri, new ArticleMetadata { Fetched = result.FetchedAt }, entry.Listed);
    }
}
