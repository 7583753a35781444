using System.Text.Json;
using System.Text.Json.Serialization;

namespace ClaimExtractor.Nlp.Learning;

/// <summary>
/// The manifest written beside a trained model (<c>NAME.manifest.json</c>), shaped like the lexicons' manifests: what
/// it is, what it was trained on and under which licence, how features are hashed, and its test scores.
/// </summary>
public sealed record ModelManifest(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("version")] string Version,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("source")] string Source,
    [property: JsonPropertyName("licence")] string Licence,
    [property: JsonPropertyName("holds")] string Holds,
    [property: JsonPropertyName("format")] string Format,
    [property: JsonPropertyName("training")] string Training,
    [property: JsonPropertyName("score")] string Score,
    [property: JsonPropertyName("date")] string Date)
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The manifest path of <paramref name="modelPath"/>: <c>x.cxpm</c> → <c>x.manifest.json</c>.</summary>
    public static string PathOf(string modelPath) =>
        Path.Combine(Path.GetDirectoryName(modelPath) ?? "", Path.GetFileNameWithoutExtension(modelPath) + ".manifest.json");

    /// <summary>Writes the manifest beside <paramref name="modelPath"/>.</summary>
    public void Save(string modelPath) => File.WriteAllText(PathOf(modelPath), JsonSerializer.Serialize(this, Options) + "\n");
}
