using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using ClaimExtractor.Core.Documents;
using ClaimExtractor.Core.Ingest;
using ClaimExtractor.Ingest.Files;
using ClaimExtractor.Ingest.Metadata;
using ClaimExtractor.Ingest.Sources;

namespace ClaimExtractor.Ingest.Dumps;

/// <summary>
/// Articles from a JSON Lines dump (<c>.jsonl</c>), one object a line: <c>{"url", "title", "published", "text"}</c> or
/// <c>"html"</c> instead of <c>"text"</c> (when both are present, <c>html</c> is read, since it carries metadata too),
/// plus the sidecar fields <c>outlet</c>, <c>author</c>/<c>authors</c> and <c>language</c>. <see cref="SourceItem.Source"/>
/// is <c>PATH#line-N</c> (N counts every line from 1, blank ones included, so an editor finds it). What the line says
/// wins over the page's own metadata, and a date from the line counts as <see cref="PublishedSource.Manifest"/>.
/// Blank lines are passed over; a line that is not valid JSON, not an object, over the size cap, or without text fails alone.
/// </summary>
public sealed class JsonLinesDumpSource(string path, SourceOptions options) : IArticleSource
{
    private readonly string? sourceName;

    /// <summary>A dump met in a folder walk, whose items are named after <paramref name="source"/> (the walk's name for it).</summary>
    internal JsonLinesDumpSource(string path, string source, SourceOptions options)
        : this(path, options) => sourceName = source;

    /// <summary>True for a name ending <c>.jsonl</c>.</summary>
    public static bool IsDump(string path) => path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public async IAsyncEnumerable<SourceItem> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var source = sourceName ?? FileSystemSource.SourceOf(path);
        var (stream, error) = Open(path);
        if (stream is null)
        {
            yield return SourceItem.Fail(source, error ?? "cannot be read");
            yield break;
        }

        using var reader = new BoundedLineReader(stream, options.MaxBytes);
        var number = 0;
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false) is var (bytes, length))
        {
            number++;
            var lineSource = string.Create(CultureInfo.InvariantCulture, $"{source}#line-{number}");
            if (bytes is null)
            {
                yield return SourceItem.Fail(lineSource, $"{ContentChecks.FormatSize(length)} is over the {ContentChecks.FormatSize(options.MaxBytes)} cap (--max-size)");
            }
            else if (!bytes.AsSpan().Trim(" \t\r"u8).IsEmpty)
            {
                yield return ReadLine(lineSource, bytes);
            }
        }
    }

    private static (Stream? Stream, string? Error) Open(string path)
    {
        try
        {
            return (new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, useAsync: true), null);
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

    private static SourceItem ReadLine(string source, byte[] bytes)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(JsonMetadata.WithoutBom(bytes), JsonMetadata.Options);
        }
        catch (JsonException ex)
        {
            return SourceItem.Fail(source, "invalid JSON: " + ex.Message);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return SourceItem.Fail(source, "not a JSON object");
            }

            var given = JsonMetadata.FromObject(root, PublishedSource.Manifest);
            if (JsonMetadata.String(root, "html") is { } html)
            {
                return PageArticles.FromHtml(source, html, bytes, given.Url, given);
            }

            return JsonMetadata.String(root, "text") is { } text
                ? PageArticles.FromText(source, text, bytes, given.Url, given)
                : SourceItem.Fail(source, "no \"text\" or \"html\" field");
        }
    }
}
