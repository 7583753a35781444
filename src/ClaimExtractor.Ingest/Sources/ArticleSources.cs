using ClaimExtractor.Core.Ingest;
using ClaimExtractor.Ingest.Dumps;
using ClaimExtractor.Ingest.Files;
using ClaimExtractor.Ingest.Warc;
using ClaimExtractor.Ingest.Web;

namespace ClaimExtractor.Ingest.Sources;

/// <summary>
/// The one entry point a host needs: routes each input to its source and reads them all as one.
/// <list type="bullet">
/// <item><c>http://</c> or <c>https://</c> URLs, every URL in the <c>--urls</c> files, and the articles <c>--feed</c> and
/// <c>--sitemap</c> list: <see cref="UrlSource"/>, one for all of them, so per-host limits, robots.txt and the cache are
/// shared; it runs where the first URL was given (after the other inputs when no input is a URL).</item>
/// <item><c>.warc</c>, <c>.warc.gz</c>: <see cref="WarcSource"/>; <c>.jsonl</c>: <see cref="JsonLinesDumpSource"/>, each where given.</item>
/// <item>everything else (folders, which read the archives and dumps in them too, <c>.txt</c>, <c>.md</c>, <c>.html</c>, missing paths): <see cref="FileSystemSource"/>,
/// one for all of them, where the first was given.</item>
/// </list>
/// </summary>
public static class ArticleSources
{
    /// <summary>A source over <paramref name="inputs"/> (as given on the command line) and the URL list files <paramref name="urlLists"/>.</summary>
    /// <exception cref="ArgumentException">
    /// An option is out of range, or <see cref="SourceOptions.PublishedOverride"/> is set for anything but a single file.
    /// </exception>
    public static IArticleSource Create(IReadOnlyList<string> inputs, IReadOnlyList<string> urlLists, SourceOptions options) =>
        Create(inputs, urlLists, [], [], options);

    /// <summary>
    /// A source over <paramref name="inputs"/>, the URL list files <paramref name="urlLists"/>, and the articles listed by the
    /// RSS or Atom <paramref name="feeds"/> (<c>--feed URL</c>) and the <paramref name="sitemaps"/> (<c>--sitemap URL</c>: news
    /// sitemaps, sitemap indexes, <c>.xml.gz</c>), all fetched by the one <see cref="UrlSource"/>.
    /// </summary>
    /// <exception cref="ArgumentException">
    /// An option is out of range, or <see cref="SourceOptions.PublishedOverride"/> is set for anything but a single file.
    /// </exception>
    public static IArticleSource Create(
        IReadOnlyList<string> inputs, IReadOnlyList<string> urlLists, IReadOnlyList<string> feeds, IReadOnlyList<string> sitemaps, SourceOptions options)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(urlLists);
        ArgumentNullException.ThrowIfNull(feeds);
        ArgumentNullException.ThrowIfNull(sitemaps);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var discovers = urlLists.Count > 0 || feeds.Count > 0 || sitemaps.Count > 0;
        if (options.PublishedOverride is not null
            && (inputs.Count != 1 || discovers || UrlSource.IsUrl(inputs[0]) || WarcSource.IsWarc(inputs[0]) || JsonLinesDumpSource.IsDump(inputs[0])))
        {
            throw new ArgumentException("`--published` needs a single input file; use a sidecar or manifest for folders, and the dump's \"published\" field for dumps", nameof(options));
        }

        var parts = new List<IArticleSource>();
        var files = new List<string>();
        var urls = new List<string>();
        foreach (var input in inputs)
        {
            if (UrlSource.IsUrl(input))
            {
                AddFirst(parts, urls, () => new UrlSource(urls, urlLists, feeds, sitemaps, options));
                urls.Add(input);
            }
            else if (WarcSource.IsWarc(input))
            {
                parts.Add(new WarcSource(input, options));
            }
            else if (JsonLinesDumpSource.IsDump(input))
            {
                parts.Add(new JsonLinesDumpSource(input, options));
            }
            else
            {
                AddFirst(parts, files, () => new Deferred(() => new FileSystemSource(files, options.ForFiles())));
                files.Add(input);
            }
        }

        if (urls.Count == 0 && discovers)
        {
            parts.Add(new UrlSource(urls, urlLists, feeds, sitemaps, options));
        }

        // FileSystemSource checks its options when made; make it now, so bad options fail here and not mid-run
        _ = files.Count > 0 ? new FileSystemSource(files, options.ForFiles()) : null;
        return parts.Count == 1 ? parts[0] : new ConcatenatedSource(parts);
    }

    // a group's source is placed where its first input was given and sees the inputs added after it
    private static void AddFirst(List<IArticleSource> parts, List<string> group, Func<IArticleSource> create)
    {
        if (group.Count == 0)
        {
            parts.Add(create());
        }
    }

    private sealed class Deferred(Func<IArticleSource> create) : IArticleSource
    {
        public IAsyncEnumerable<SourceItem> ReadAsync(CancellationToken cancellationToken) => create().ReadAsync(cancellationToken);
    }
}
