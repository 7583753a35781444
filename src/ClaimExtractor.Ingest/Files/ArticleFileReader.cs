using ClaimExtractor.Core.Documents;
using ClaimExtractor.Core.Ingest;
using ClaimExtractor.Ingest.Html;
using ClaimExtractor.Ingest.Metadata;
using ClaimExtractor.Ingest.PlainText;
using ClaimExtractor.Ingest.Sources;

namespace ClaimExtractor.Ingest.Files;

/// <summary>
/// Reads one article file into a <see cref="SourceItem"/>: size check before reading, decoding, text, then metadata
/// resolved best first (option, sidecar, manifest, HTML, front matter, URL, text). A bad file is a failed item, never
/// an exception. Holds the manifests read so far, so one instance serves one run.
/// </summary>
internal sealed class ArticleFileReader(FileSourceOptions options)
{
    private readonly Dictionary<string, IReadOnlyDictionary<string, ArticleMetadata>> manifests = new(StringComparer.Ordinal);

    public async Task<SourceItem> ReadAsync(string path, string source, FileRole role, CancellationToken cancellationToken)
    {
        byte[] bytes;
        try
        {
            var length = new FileInfo(path).Length;
            if (length > options.MaxBytes)
            {
                return SourceItem.Fail(source, OverCap(length));
            }

            bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return SourceItem.Fail(source, ex.Message);
        }

        if (bytes.Length > options.MaxBytes)
        {
            return SourceItem.Fail(source, OverCap(bytes.Length)); // it grew while we looked
        }

        if (FileKinds.IsCompressedArticle(path))
        {
            var (inflated, failure) = Decompression.Gunzip(bytes, options.MaxBytes);
            if (inflated is null)
            {
                return SourceItem.Fail(source, failure ?? "cannot decompress");
            }

            bytes = inflated;
        }

        if (bytes.Length == 0)
        {
            return SourceItem.Fail(source, "empty file");
        }

        string text;
        ArticleMetadata own, frontMatter = ArticleMetadata.Empty;
        if (role == FileRole.Html)
        {
            // the same page reading as URLs, archives and dumps; a saved file has no transport charset
            var (page, failure) = PageArticles.ReadPage(bytes, charset: null);
            if (page is null)
            {
                return SourceItem.Fail(source, failure ?? HtmlArticleReader.NoArticleText);
            }

            (text, own) = (page.StoryText, page.Metadata);
        }
        else
        {
            var (decoded, error) = TextDecoder.Decode(bytes);
            if (decoded is null)
            {
                return SourceItem.Fail(source, error ?? "cannot decode");
            }

            // gold offsets index the text after the front matter, so the block is cut off and furniture lines are
            // blanked in place: every other character keeps its offset
            var (candidate, bodyStart) = FrontMatter.Read(decoded);
            var body = decoded[bodyStart..];
            (text, own, frontMatter) = (BoilerplateLines.Blank(body).Text, ArticleMetadata.Empty, candidate);
            if (string.IsNullOrWhiteSpace(text))
            {
                return SourceItem.Fail(source, EmptyBodyReason(body, bodyStart > 0));
            }
        }

        var metadata = await ResolveAsync(path, source, own, frontMatter, text, cancellationToken).ConfigureAwait(false);
        return SourceItem.Read(new Article
        {
            Source = source,
            Text = text,
            ContentHash = ContentHash.Compute(bytes, metadata),
            Metadata = metadata,
        });
    }

    private async Task<ArticleMetadata> ResolveAsync(
        string path, string source, ArticleMetadata html, ArticleMetadata frontMatter, string text, CancellationToken cancellationToken)
    {
        var option = options.PublishedOverride is { } date
            ? new ArticleMetadata { Published = date, PublishedFrom = PublishedSource.Option }
            : ArticleMetadata.Empty;
        var (sidecar, problem) = await SidecarReader.ReadAsync(path, cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            options.Warning?.Invoke(source, problem);
        }

        var manifest = (await ManifestForAsync(path, cancellationToken).ConfigureAwait(false))
            .GetValueOrDefault(Path.GetFileName(path)) ?? ArticleMetadata.Empty;
        return MetadataResolver.Resolve([option, sidecar, manifest, html, frontMatter], text);
    }

    private async Task<IReadOnlyDictionary<string, ArticleMetadata>> ManifestForAsync(string path, CancellationToken cancellationToken)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        if (!manifests.TryGetValue(folder, out var entries))
        {
            entries = await ManifestReader.ReadFolderAsync(folder, cancellationToken).ConfigureAwait(false);
            manifests[folder] = entries;
        }

        return entries;
    }

    private static string EmptyBodyReason(string body, bool hasFrontMatter) =>
        !string.IsNullOrWhiteSpace(body) ? "no article text (only boilerplate lines such as promos and share links)"
        : hasFrontMatter ? "empty file (front matter only)"
        : "empty file";

    private string OverCap(long length) =>
        $"{ContentChecks.FormatSize(length)} is over the {ContentChecks.FormatSize(options.MaxBytes)} cap (--max-size)";
}
