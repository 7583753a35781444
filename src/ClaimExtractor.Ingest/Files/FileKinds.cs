namespace ClaimExtractor.Ingest.Files;

/// <summary>
/// Which files under a folder are articles. Articles: <c>.txt</c>, <c>.md</c>, <c>.html</c>, <c>.htm</c> (any case),
/// also gzip-compressed (<c>page.html.gz</c> is read as <c>page.html</c>); archives and dumps holding articles:
/// <c>.warc</c>, <c>.warc.gz</c>, <c>.jsonl</c>.
/// Metadata and corpus files are passed over silently, not counted as skipped: <c>*.meta.json</c> sidecars,
/// <c>manifest.csv</c>, <c>manifest.jsonl</c>, <c>gold.json</c> and <c>README.md</c> (a folder's description, not an article).
/// Hidden files and folders (a leading <c>.</c>) are ignored. Every other file is skipped with a reason.
/// </summary>
public static class FileKinds
{
    /// <summary>How a file name is treated during a folder walk.</summary>
    public static FileRole RoleOf(string fileName)
    {
        if (fileName.StartsWith('.'))
        {
            return FileRole.Ignored;
        }

        if (fileName.EndsWith(".meta.json", StringComparison.OrdinalIgnoreCase)
            || fileName.Equals("manifest.csv", StringComparison.OrdinalIgnoreCase)
            || fileName.Equals("manifest.jsonl", StringComparison.OrdinalIgnoreCase)
            || fileName.Equals("gold.json", StringComparison.OrdinalIgnoreCase)
            || fileName.Equals("README.md", StringComparison.OrdinalIgnoreCase))
        {
            return FileRole.Metadata;
        }

        return ArticleRole(fileName);
    }

    /// <summary>How a file named explicitly is treated: by its type only, so a user can still read a README.md they name.</summary>
    public static FileRole ArticleRole(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".gz" when IsCompressedArticle(fileName) => ArticleRole(WithoutCompression(fileName)) is var inner and (FileRole.Text or FileRole.Html) ? inner : FileRole.Other,
        ".warc" or ".jsonl" => FileRole.Archive,
        ".gz" when fileName.EndsWith(".warc.gz", StringComparison.OrdinalIgnoreCase) => FileRole.Archive,
        ".txt" or ".md" => FileRole.Text,
        ".html" or ".htm" => FileRole.Html,
        _ => FileRole.Other,
    };

    /// <summary>True for a gzip-compressed file that is not a WARC archive (<c>page.html.gz</c>, <c>notes.txt.gz</c>).</summary>
    public static bool IsCompressedArticle(string fileName) =>
        fileName.EndsWith(GzipSuffix, StringComparison.OrdinalIgnoreCase) && !fileName.EndsWith(".warc.gz", StringComparison.OrdinalIgnoreCase);

    /// <summary>The name a compressed article is read under: <c>page.html.gz</c> is <c>page.html</c>.</summary>
    public static string WithoutCompression(string fileName) => IsCompressedArticle(fileName) ? fileName[..^GzipSuffix.Length] : fileName;

    private const string GzipSuffix = ".gz";
}
