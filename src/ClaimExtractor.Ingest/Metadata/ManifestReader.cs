using System.Text;
using System.Text.Json;
using ClaimExtractor.Core.Documents;

namespace ClaimExtractor.Ingest.Metadata;

/// <summary>
/// Reads <c>manifest.csv</c> (header row, RFC 4180) and <c>manifest.jsonl</c> (one object a line) in a folder into
/// candidates keyed by their <c>file</c> column, relative to that folder with <c>/</c> separators.
/// When both exist, the CSV row wins. A manifest that cannot be read contributes nothing.
/// </summary>
public static class ManifestReader
{
    /// <summary>The file names of manifests, in order of precedence.</summary>
    public static IReadOnlyList<string> FileNames { get; } = ["manifest.csv", "manifest.jsonl"];

    /// <summary>Reads the manifests in <paramref name="folder"/>; an empty map when there are none.</summary>
    public static async Task<IReadOnlyDictionary<string, ArticleMetadata>> ReadFolderAsync(string folder, CancellationToken cancellationToken)
    {
        var entries = new Dictionary<string, ArticleMetadata>(StringComparer.Ordinal);
        foreach (var name in FileNames)
        {
            var path = Path.Combine(folder, name);
            if (!File.Exists(path))
            {
                continue;
            }

            string text;
            try
            {
                text = await File.ReadAllTextAsync(path, Encoding.UTF8, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                continue;
            }

            var rows = name.EndsWith(".csv", StringComparison.Ordinal) ? ParseCsv(text) : ParseJsonLines(text);
            foreach (var (file, candidate) in rows)
            {
                entries.TryAdd(Normalize(file), candidate);
            }
        }

        return entries;
    }

    /// <summary>The key a file is looked up by: its path relative to the manifest's folder with <c>/</c> separators.</summary>
    public static string Normalize(string relativePath)
    {
        var key = relativePath.Trim().Replace('\\', '/');
        return key.StartsWith("./", StringComparison.Ordinal) ? key[2..] : key;
    }

    private static IEnumerable<(string File, ArticleMetadata Candidate)> ParseCsv(string text)
    {
        var rows = CsvReader.Parse(text);
        if (rows.Count == 0)
        {
            yield break;
        }

        var header = rows[0].Select(h => h.Trim().ToLowerInvariant()).ToList();
        var fileColumn = header.IndexOf("file");
        if (fileColumn < 0)
        {
            yield break;
        }

        foreach (var row in rows.Skip(1))
        {
            string? Cell(string name)
            {
                var index = header.IndexOf(name);
                return index >= 0 && index < row.Count && row[index].Trim().Length > 0 ? row[index].Trim() : null;
            }

            if (Cell("file") is not { } file)
            {
                continue;
            }

            var authors = new List<string>();
            AuthorList.Add(authors, Cell("author") ?? Cell("authors"));
            var published = DateText.Parse(Cell("published") ?? Cell("date"));
            yield return (file, new ArticleMetadata
            {
                Title = Cell("title"),
                Outlet = Cell("outlet"),
                Url = Cell("url"),
                Authors = authors,
                Published = published,
                PublishedFrom = published is null ? PublishedSource.None : PublishedSource.Manifest,
                Language = Cell("language") ?? Cell("lang"),
            });
        }
    }

    private static List<(string File, ArticleMetadata Candidate)> ParseJsonLines(string text)
    {
        var rows = new List<(string, ArticleMetadata)>();
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            try
            {
                using var document = JsonDocument.Parse(line.TrimStart('\uFEFF'), JsonMetadata.Options);
                if (document.RootElement.ValueKind == JsonValueKind.Object && JsonMetadata.String(document.RootElement, "file") is { } file)
                {
                    rows.Add((file, JsonMetadata.FromObject(document.RootElement, PublishedSource.Manifest)));
                }
            }
            catch (JsonException)
            {
                // one broken line costs only its own row
            }
        }

        return rows;
    }
}
