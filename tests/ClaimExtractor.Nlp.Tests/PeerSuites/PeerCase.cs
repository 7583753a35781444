using System.Globalization;
using System.Text.Json;

namespace ClaimExtractor.Nlp.Tests.PeerSuites;

/// <summary>One case of a peer suite in the common JSONL shape (see the suite folder's README).</summary>
internal sealed record PeerCase(string Id, string Input, DateOnly? Reference, IReadOnlyList<JsonElement> Expected)
{
    public static IEnumerable<PeerCase> Read(string path)
    {
        foreach (string line in File.ReadLines(path))
        {
            if (line.Length == 0)
            {
                continue;
            }

            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            DateOnly? reference = root.TryGetProperty("reference_datetime", out var r) && r.GetString() is { Length: >= 10 } stamp
                ? DateOnly.ParseExact(stamp[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture)
                : null;
            yield return new PeerCase(
                root.GetProperty("id").GetString() ?? "",
                root.GetProperty("input").GetString() ?? "",
                reference,
                [.. root.GetProperty("expected").EnumerateArray().Select(e => e.Clone())]);
        }
    }
}
