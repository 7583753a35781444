using System.Collections.Frozen;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Models;

/// <summary>
/// The metric synonyms of <c>metrics/metrics.tsv</c>: (use, term) → concept, where a term is one or more tokens keyed
/// like <see cref="PhraseKey"/>; the kinds of unit each measure concept takes, with the kind of each unit
/// code in <c>metrics/unit-kinds.tsv</c>; and the generic counted nouns of <c>metrics/generic-nouns.txt</c>.
/// </summary>
public sealed class MetricLexicon
{
    private readonly WordMap<string>[] byUse;

    // the first word of each term → the most tokens a term opening with it has
    private readonly WordMap<int> longestFrom;

    private readonly FrozenDictionary<string, WordSet> measureKinds;
    private readonly FrozenDictionary<string, string> unitKinds;

    private MetricLexicon(WordMap<string>[] byUse, int maxTokens, WordSet genericNouns,
        FrozenDictionary<string, WordSet> measureKinds, FrozenDictionary<string, string> unitKinds)
    {
        this.byUse = byUse;
        longestFrom = byUse.SelectMany(m => m.Keys).GroupBy(k => k.Split(' ')[0], StringComparer.Ordinal)
            .ToWordMap(g => g.Key, g => g.Max(k => k.Count(c => c == ' ') + 1), StringComparer.Ordinal);
        MaxTokens = maxTokens;
        MaxKeyLength = byUse.SelectMany(m => m.Keys).Select(k => k.Length).DefaultIfEmpty(0).Max();
        GenericNouns = genericNouns;
        this.measureKinds = measureKinds;
        this.unitKinds = unitKinds;
    }

    /// <summary>The longest term, in tokens.</summary>
    public int MaxTokens { get; }

    /// <summary>The longest term's key, in characters: a longer phrase is no term.</summary>
    public int MaxKeyLength { get; }

    /// <summary>Counted nouns that name no metric ("people"); lower case.</summary>
    public WordSet GenericNouns { get; }

    /// <summary>The most tokens a term opening with the word keyed <paramref name="firstKey"/> has; 0 when none does.</summary>
    public int LongestFrom(ReadOnlySpan<char> firstKey) => longestFrom.TryGetValue(firstKey, out int n) ? n : 0;

    /// <summary>The concept of <paramref name="termKey"/> for <paramref name="use"/>, or null.</summary>
    public string? Concept(MetricUse use, ReadOnlySpan<char> termKey) =>
        byUse[(int)use].TryGetValue(termKey, out string? concept) ? concept : null;

    /// <summary>The kind of physical quantity a unit code measures ("kg" → mass), or null when unlisted.</summary>
    public string? KindOf(string unitCode) => unitKinds.GetValueOrDefault(unitCode);

    /// <summary>
    /// Whether a measure concept takes a unit of <paramref name="unitCode"/>'s kind: altitude takes lengths, not
    /// kilograms. True when either side's kind is not listed.
    /// </summary>
    public bool Measures(string concept, string unitCode) =>
        KindOf(unitCode) is not { } kind || !measureKinds.TryGetValue(concept, out var kinds) || kinds.Contains(kind);

    /// <summary>
    /// Whether a measure concept lists <paramref name="unitCode"/>'s kind among the kinds it takes: snowfall takes lengths;
    /// false when either side's kind is not listed.
    /// </summary>
    public bool ListsKindOf(string concept, string unitCode) =>
        KindOf(unitCode) is { } kind && measureKinds.TryGetValue(concept, out var kinds) && kinds.Contains(kind);

    /// <summary>Loads the metric files.</summary>
    public static MetricLexicon Load(string modelsDirectory, WordSet abbreviations)
    {
        var maps = Enumerable.Range(0, 5).Select(_ => new Dictionary<string, string>(StringComparer.Ordinal)).ToArray();
        int maxTokens = 1;
        var measureKinds = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var row in TsvFile.Read(modelsDirectory, "metrics/metrics.tsv"))
        {
            foreach (string kind in TsvFile.List(TsvFile.Column(row, 3)))
            {
                (measureKinds.TryGetValue(TsvFile.Column(row, 1), out var kinds) ? kinds : measureKinds[TsvFile.Column(row, 1)] = []).Add(kind);
            }

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

        // "unemployment rates", "death rates": a rate of several words names its measure in the plural too (never the
        // interest rates that "rates" alone names)
        var rates = maps[(int)MetricUse.Rate];
        foreach (var (term, concept) in rates.Where(r => r.Key.EndsWith(" rate", StringComparison.Ordinal)).ToList())
        {
            rates.TryAdd(term + "s", concept);
        }

        var generic = TsvFile.Read(modelsDirectory, "metrics/generic-nouns.txt")
            .Select(r => TsvFile.Column(r, 0).ToLowerInvariant())
            .ToWordSet(StringComparer.Ordinal);
        var unitKinds = TsvFile.Read(modelsDirectory, "metrics/unit-kinds.tsv")
            .ToFrozenDictionary(r => TsvFile.Column(r, 0), r => TsvFile.Column(r, 1), StringComparer.Ordinal);
        return new MetricLexicon([.. maps.Select(m => m.ToWordMap(StringComparer.Ordinal))], maxTokens, generic,
            measureKinds.ToFrozenDictionary(k => k.Key, k => k.Value.ToWordSet(StringComparer.Ordinal), StringComparer.Ordinal), unitKinds);
    }
}
