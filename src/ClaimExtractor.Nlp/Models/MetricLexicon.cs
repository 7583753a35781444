using System.Collections.Frozen;
using System.Text;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Models;

/// <summary>
/// The metric synonyms of <c>metrics/metrics.tsv</c>: (use, term) → concept, where a term is one to three
/// tokens keyed like <see cref="PhraseKey"/>; and the generic counted nouns of <c>metrics/generic-nouns.txt</c>.
/// </summary>
public sealed class MetricLexicon
{
    private readonly FrozenDictionary<string, string>[] byUse;

    private MetricLexicon(FrozenDictionary<string, string>[] byUse, int maxTokens, FrozenSet<string> genericNouns)
    {
        this.byUse = byUse;
        MaxTokens = maxTokens;
        GenericNouns = genericNouns;
    }

    /// <summary>The longest term, in tokens.</summary>
    public int MaxTokens { get; }

    /// <summary>Counted nouns that name no metric ("people"); lower case.</summary>
    public FrozenSet<string> GenericNouns { get; }

    /// <summary>The concept of <paramref name="termKey"/> for <paramref name="use"/>, or null.</summary>
    public string? Concept(MetricUse use, ReadOnlySpan<char> termKey) =>
        byUse[(int)use].GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(termKey, out string? concept) ? concept : null;

    /// <summary>Loads the metric files.</summary>
    public static MetricLexicon Load(string modelsDirectory, FrozenSet<string> abbreviations)
    {
        var maps = Enumerable.Range(0, 5).Select(_ => new Dictionary<string, string>(StringComparer.Ordinal)).ToArray();
        int maxTokens = 1;
        foreach (var row in TsvFile.Read(modelsDirectory, "metrics/metrics.tsv"))
        {
            var use = TsvFile.Column(row, 2) switch
            {
                "value" => MetricUse.Value,
                "count" => MetricUse.Count,
                "rate" => MetricUse.Rate,
                "measure" => MetricUse.Measure,
                "event" => MetricUse.Event,
                var other => throw new InvalidDataException($"metrics.tsv: unknown use '{other}'."),
            };
            string key = PhraseKey.Of(TsvFile.Column(row, 0), abbreviations, out int tokens);
            maps[(int)use].TryAdd(key, TsvFile.Column(row, 1));
            maxTokens = Math.Max(maxTokens, tokens);
        }

        var generic = TsvFile.Read(modelsDirectory, "metrics/generic-nouns.txt")
            .Select(r => TsvFile.Column(r, 0).ToLowerInvariant())
            .ToFrozenSet(StringComparer.Ordinal);
        return new MetricLexicon([.. maps.Select(m => m.ToFrozenDictionary(StringComparer.Ordinal))], maxTokens, generic);
    }

    /// <summary>Builds the key of the tokens [<paramref name="first"/>, <paramref name="end"/>) of a document.</summary>
    public static string KeyOf(Pipeline.AnalyzedDocument document, int first, int end)
    {
        ArgumentNullException.ThrowIfNull(document);
        var builder = new StringBuilder();
        for (int i = first; i < end; i++)
        {
            PhraseKey.AppendToken(builder, document.TokenText(i));
        }

        return builder.ToString();
    }
}
