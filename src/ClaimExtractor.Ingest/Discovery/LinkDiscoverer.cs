using System.Runtime.CompilerServices;
using ClaimExtractor.Core.Documents;
using ClaimExtractor.Ingest.Sources;
using ClaimExtractor.Ingest.Web;

namespace ClaimExtractor.Ingest.Discovery;

/// <summary>
/// Turns <c>--feed</c> and <c>--sitemap</c> URLs into the article URLs they list, in document order, each once per run
/// (a URL already given or found earlier is passed over). A sitemap index is followed depth first to its sitemaps, at most
/// <see cref="SourceOptions.MaxSitemapDepth"/> indexes deep and <see cref="SourceOptions.MaxSitemaps"/> listings per
/// input. A listing that cannot be fetched or read is one failed item naming its URL and the reason.
/// </summary>
internal sealed class LinkDiscoverer(WebFetcher fetcher, SourceOptions options)
{
    private readonly HashSet<string> seen = new(StringComparer.Ordinal);

    /// <summary>Records <paramref name="url"/> as read in this run; false when it already was.</summary>
    public bool MarkSeen(string url) => seen.Add(Key(url));

    /// <summary>The articles <paramref name="input"/> lists, or the failures met on the way; <paramref name="noun"/> names the input in reasons.</summary>
    public async IAsyncEnumerable<UrlEntry> DiscoverAsync(string input, string noun, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (!UrlSource.IsUrl(input) || !Uri.TryCreate(input, UriKind.Absolute, out var url) || url.Host.Length == 0)
        {
            yield return UrlEntry.Failed(input, $"{noun} is not an http(s) URL");
            yield break;
        }

        var listings = 0;
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<(Uri Url, int Depth)>();
        pending.Push((url, 0));
        while (pending.TryPop(out var next))
        {
            if (!visited.Add(Key(next.Url.AbsoluteUri)))
            {
                continue;
            }

            if (++listings > options.MaxSitemaps)
            {
                options.Warning?.Invoke(input, $"more than {options.MaxSitemaps} sitemaps listed; the rest were not read");
                yield break;
            }

            var source = next.Depth == 0 ? input : next.Url.AbsoluteUri;
            var (listing, failure) = await ReadAsync(next.Url, noun, cancellationToken).ConfigureAwait(false);
            if (listing is null)
            {
                yield return UrlEntry.Failed(source, failure ?? $"{noun} could not be read");
                continue;
            }

            if (listing.Kind == ListingKind.SitemapIndex)
            {
                // pushed in reverse so that children are read in the order the index lists them
                foreach (var child in Enumerable.Reverse(listing.Links))
                {
                    if (next.Depth >= options.MaxSitemapDepth)
                    {
                        options.Warning?.Invoke(source, $"sitemap indexes nested more than {options.MaxSitemapDepth} deep; {child.Url} was not read");
                    }
                    else if (Uri.TryCreate(child.Url, UriKind.Absolute, out var childUrl) && UrlSource.IsUrl(child.Url))
                    {
                        pending.Push((childUrl, next.Depth + 1));
                    }
                }

                continue;
            }

            if (listing.Links.Count == 0)
            {
                options.Warning?.Invoke(source, $"the {noun} lists no articles");
            }

            foreach (var link in listing.Links)
            {
                if (!UrlSource.IsUrl(link.Url))
                {
                    yield return UrlEntry.Failed(link.Url, $"not an http(s) URL (listed in {source})");
                }
                else if (MarkSeen(link.Url))
                {
                    yield return new UrlEntry(link.Url, null, Listed(link));
                }
            }
        }
    }

    // what the listing says about an article; the page's own metadata wins over it (see PageArticles)
    private static ArticleMetadata Listed(ListedLink link) => link.Published is null && link.Title is null
        ? ArticleMetadata.Empty
        : new ArticleMetadata
        {
            Title = link.Title,
            Published = link.Published,
            PublishedFrom = link.Published is null ? PublishedSource.None : PublishedSource.Manifest,
        };

    private async Task<(Listing? Listing, string? Failure)> ReadAsync(Uri url, string noun, CancellationToken cancellationToken)
    {
        var result = await fetcher.FetchListingAsync(url, cancellationToken).ConfigureAwait(false);
        if (result.Failure is { } failure)
        {
            return (null, $"{noun} could not be fetched: {failure}");
        }

        if (result.Body is not { } body)
        {
            return (null, $"{noun} could not be fetched: no body ({result.MediaType})");
        }

        var (listing, problem) = ListingReader.Read(body, result.FinalUrl ?? url, options.MaxBytes);
        return listing is null ? (null, $"{noun} could not be read: {problem}") : (listing, null);
    }

    // the same article linked with and without a fragment is fetched once
    private static string Key(string url) => Uri.TryCreate(url, UriKind.Absolute, out var absolute)
        ? absolute.GetLeftPart(UriPartial.Query)
        : url;
}
