using System.Text.Json;

namespace ClaimExtractor.Nlp.Models;

/// <summary>Reads the lexicon files: UTF-8, tab-separated, <c>#</c> comments; each must have its manifest beside it.</summary>
internal static class TsvFile
{
    public static IEnumerable<string[]> Read(string modelsDirectory, string relativePath)
    {
        string path = Path.Combine(modelsDirectory, relativePath);
        RequireManifest(path);
        foreach (string line in File.ReadLines(path))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            yield return line.Split('\t');
        }
    }

    public static string Column(string[] row, int index) => index < row.Length ? row[index].Trim() : "";

    public static IEnumerable<string> List(string cell) =>
        cell.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Reads the manifest's version: models change by data and manifest, and the version names the data.</summary>
    public static string ManifestVersion(string modelsDirectory, string relativePath)
    {
        string manifest = ManifestPath(Path.Combine(modelsDirectory, relativePath));
        using var json = JsonDocument.Parse(File.ReadAllText(manifest));
        return json.RootElement.TryGetProperty("version", out var version) ? version.GetString() ?? "?" : "?";
    }

    private static void RequireManifest(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Lexicon '{path}' is missing from the models folder.", path);
        }

        if (!File.Exists(ManifestPath(path)))
        {
            throw new FileNotFoundException($"Lexicon '{path}' has no manifest next to it.", ManifestPath(path));
        }
    }

    private static string ManifestPath(string path) =>
        Path.Combine(Path.GetDirectoryName(path) ?? ".", Path.GetFileNameWithoutExtension(path) + ".manifest.json");
}
