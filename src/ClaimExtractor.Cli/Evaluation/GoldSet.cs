using System.Globalization;
using System.Text.Json;

namespace ClaimExtractor.Cli.Evaluation;

/// <summary>A cluster's <c>gold.json</c> (../shared/eval/GOLD-FORMAT.md): the claims and pairs a correct run finds.</summary>
public sealed record GoldSet(
    string Directory,
    IReadOnlyList<GoldClaim> Claims,
    IReadOnlyList<GoldPair> Contradictions,
    IReadOnlyList<GoldPair> ConsistentPairs,
    IReadOnlyList<GoldPair> Updates,
    IReadOnlyList<GoldPair> AmbiguousPairs)
{
    /// <summary>Reads <paramref name="goldFile"/>; a malformed file throws a <see cref="FormatException"/> naming it.</summary>
    public static GoldSet Load(string goldFile)
    {
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(goldFile));
            var root = json.RootElement;
            return new GoldSet(
                Path.GetDirectoryName(Path.GetFullPath(goldFile))!,
                [.. Array(root, "claims").Select(ReadClaim)],
                Pairs(root, "contradictions"), Pairs(root, "consistent_pairs"), Pairs(root, "updates"), Pairs(root, "ambiguous_pairs"));
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new FormatException($"{goldFile}: not a gold file ({e.Message})", e);
        }
    }

    private static GoldClaim ReadClaim(JsonElement c)
    {
        var value = c.GetProperty("value");
        (decimal? low, decimal? high, string? text) = value.ValueKind switch
        {
            JsonValueKind.Number => (value.GetDecimal(), value.GetDecimal(), (string?)null),
            JsonValueKind.Array => (value[0].GetDecimal(), value[1].GetDecimal(), null),
            JsonValueKind.String => ((decimal?)null, (decimal?)null, value.GetString()),
            _ => (null, null, null),
        };
        return new GoldClaim(
            c.GetProperty("id").GetString()!,
            c.GetProperty("doc").GetString()!,
            c.GetProperty("quote").GetString()!,
            c.TryGetProperty("start", out var start) && start.ValueKind == JsonValueKind.Number ? start.GetInt32() : null,
            String(c, "sentence"),
            String(c, "subject"),
            c.TryGetProperty("subject_aliases", out var aliases) ? [.. aliases.EnumerateArray().Select(a => a.GetString()!)] : [],
            c.GetProperty("unit").GetString()!,
            low, high, text,
            c.TryGetProperty("period", out var period) ? period.ValueKind switch
            {
                JsonValueKind.String => period.GetString(),
                JsonValueKind.Number => period.GetInt32().ToString(CultureInfo.InvariantCulture),
                _ => null,
            } : null);
    }

    private static string? String(JsonElement e, string name) =>
        e.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;

    private static IEnumerable<JsonElement> Array(JsonElement root, string name) =>
        root.TryGetProperty(name, out var a) && a.ValueKind == JsonValueKind.Array ? a.EnumerateArray() : [];

    private static IReadOnlyList<GoldPair> Pairs(JsonElement root, string name) =>
        [.. Array(root, name).Select(p => new GoldPair(p.GetProperty("a").GetString()!, p.GetProperty("b").GetString()!, String(p, "kind")))];
}

/// <summary>One annotated claim. Numeric values have <see cref="Low"/> = <see cref="High"/> unless a range; dates carry <see cref="Text"/>.</summary>
public sealed record GoldClaim(
    string Id,
    string Doc,
    string Quote,
    int? Start,
    string? Sentence,
    string? Subject,
    IReadOnlyList<string> SubjectAliases,
    string Unit,
    decimal? Low,
    decimal? High,
    string? Text,
    string? Period);

/// <summary>A pair of gold claim ids, with the contradiction kind where the gold gives one.</summary>
public sealed record GoldPair(string A, string B, string? Kind);
