using System.Text.Json;
using ClaimExtractor.Core.Documents;

namespace ClaimExtractor.Ingest.Metadata;

/// <summary>Reads <c>NAME.meta.json</c> beside <c>NAME.txt|.md|.html|.htm</c> (or those gzip-compressed, <c>NAME.html.gz</c>).</summary>
public static class SidecarReader
{
    /// <summary>The sidecar path for an article file: the extension (after any <c>.gz</c>) replaced by <c>.meta.json</c>.</summary>
    public static string PathFor(string articlePath) => Path.ChangeExtension(Files.FileKinds.WithoutCompression(articlePath), ".meta.json");

    /// <summary>
    /// The sidecar's candidate, or <see cref="ArticleMetadata.Empty"/> when there is no sidecar or it cannot be read:
    /// a broken sidecar must not cost the article, so the next source of metadata takes over.
    /// </summary>
    public static async Task<(ArticleMetadata Candidate, string? Problem)> ReadAsync(string articlePath, CancellationToken cancellationToken)
    {
        var path = PathFor(articlePath);
        if (!File.Exists(path))
        {
            return (ArticleMetadata.Empty, null);
        }

        try
        {
            var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
            using var document = JsonDocument.Parse(JsonMetadata.WithoutBom(bytes), JsonMetadata.Options);
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? (JsonMetadata.FromObject(document.RootElement, PublishedSource.Sidecar), null)
                : (ArticleMetadata.Empty, $"{Path.GetFileName(path)} is not a JSON object");
        }
        catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException)
        {
            return (ArticleMetadata.Empty, $"{Path.GetFileName(path)} ignored: {ex.Message}");
        }
    }
}
