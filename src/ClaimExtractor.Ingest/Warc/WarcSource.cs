using System.Runtime.CompilerServices;
using ClaimExtractor.Core.Documents;
using ClaimExtractor.Core.Ingest;
using ClaimExtractor.Ingest.Files;
using ClaimExtractor.Ingest.Sources;

namespace ClaimExtractor.Ingest.Warc;

/// <summary>
/// Articles from a WARC archive (<c>.warc</c> or <c>.warc.gz</c>, such as Common Crawl's CC-NEWS), streamed record by
/// record. Each <c>response</c> record with a 2xx HTML response becomes an article whose <see cref="SourceItem.Source"/>
/// is <c>PATH#record-N</c> (N counts every record in the file from 1, so it is stable) and whose URL is the record's
/// <c>WARC-Target-URI</c>. Other responses (redirects, errors, images) are skipped with the reason; request, metadata
/// and warcinfo records are not inputs and are passed over. A damaged or truncated file fails at the record where it
/// breaks, after yielding every record before it.
/// </summary>
public sealed class WarcSource(string path, SourceOptions options) : IArticleSource
{
    private readonly string? sourceName;

    /// <summary>An archive met in a folder walk, whose items are named after <paramref name="source"/> (the walk's name for it).</summary>
    internal WarcSource(string path, string source, SourceOptions options)
        : this(path, options) => sourceName = source;

    /// <summary>True for a name ending <c>.warc</c> or <c>.warc.gz</c>.</summary>
    public static bool IsWarc(string path) =>
        path.EndsWith(".warc", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".warc.gz", StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public async IAsyncEnumerable<SourceItem> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var source = sourceName ?? FileSystemSource.SourceOf(path);
        var (reader, error) = Open(path);
        if (reader is null)
        {
            yield return SourceItem.Fail(source, error ?? "cannot be read");
            yield break;
        }

        await using (reader.ConfigureAwait(false))
        {
            var any = false;
            while (await reader.ReadAsync(options.MaxBytes, cancellationToken).ConfigureAwait(false) is { } record)
            {
                any = true;
                var item = ToItem($"{source}#record-{record.Number}", record, reader.Broken);
                if (item is not null)
                {
                    yield return item;
                }
            }

            if (!any)
            {
                yield return SourceItem.Fail(source, "no WARC records in the file");
            }
        }
    }

    private static (WarcReader? Reader, string? Error) Open(string path)
    {
        try
        {
            return (WarcReader.Open(path), null);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return (null, $"no such file or folder: {path}");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, ex.Message);
        }
    }

    private SourceItem? ToItem(string source, WarcRecord record, bool broken)
    {
        var isResponse = string.Equals(record.Type, "response", StringComparison.OrdinalIgnoreCase);
        if (record.Problem is { } problem)
        {
            return broken || isResponse ? SourceItem.Fail(source, problem) : null;
        }

        if (!isResponse || record.Block is not { } block)
        {
            return null;
        }

        if (record.ContentType is { } type && !type.StartsWith("application/http", StringComparison.OrdinalIgnoreCase))
        {
            return SourceItem.Skip(source, $"not an HTTP response record ({type})");
        }

        var (response, error) = CapturedResponse.Parse(block, options.MaxBytes);
        if (response is null)
        {
            return SourceItem.Fail(source, $"{error} ({record.TargetUri})");
        }

        if (response.Status is < 200 or >= 300)
        {
            return SourceItem.Skip(source, $"HTTP {response.Status} response, not a page ({record.TargetUri})");
        }

        if (response.MediaType is { } media && media is not ("text/html" or "application/xhtml+xml"))
        {
            return SourceItem.Skip(source, $"not HTML ({media}) ({record.TargetUri})");
        }

        var item = PageArticles.FromHtmlBytes(source, response.Body, response.Charset, record.TargetUri, new ArticleMetadata { Fetched = record.Date });
        return item.Kind == SourceItemKind.Failed ? item with { Reason = $"{item.Reason} ({record.TargetUri})" } : item;
    }
}
