using ClaimExtractor.Core.Entities;
using ClaimExtractor.Nlp.Models;
using ClaimExtractor.Nlp.Periods;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp;

/// <summary>
/// Every lexicon the NLP stage uses, loaded once from a models folder and shared (read-only) by all workers.
/// Layout: <c>text/abbreviations.txt</c>, <c>entities/{countries,organizations,assets,aliases,person-cues}.tsv</c>,
/// <c>metrics/metrics.tsv</c>, <c>metrics/generic-nouns.txt</c>, <c>metrics/unit-kinds.tsv</c>, <c>quantities/{number-words,units,letter-currencies,numbered-names}.tsv</c>,
/// <c>periods/holidays.tsv</c>, <c>text/function-words.tsv</c>, each
/// with a <c>*.manifest.json</c> beside it.
/// </summary>
public sealed class NlpModels
{
    private NlpModels(WordSet abbreviations, EntityLexicon entities, MetricLexicon metrics, QuantityLexicon quantities, HolidayLexicon holidays,
        LanguageGuess languages, string version)
    {
        Abbreviations = abbreviations;
        Languages = languages;
        Entities = entities;
        Metrics = metrics;
        Quantities = quantities;
        Holidays = holidays;
        Version = version;
    }

    /// <summary>Abbreviations that keep their period (case-sensitive).</summary>
    public WordSet Abbreviations { get; }

    /// <summary>Entity names, aliases, demonyms and person cues.</summary>
    public EntityLexicon Entities { get; }

    /// <summary>
    /// The lexicon entity a name or alias stands for ("UK" → United Kingdom), or null when it lists none. A capital is
    /// its city here, not the government it stands for in "Moscow said"; a seat that is no city ("the Kremlin") is none.
    /// </summary>
    public EntityRef? Resolve(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        string trimmed = name.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? name[4..] : name;
        return Entities.Phrases.TryGetValue(PhraseKey.Of(trimmed, Abbreviations, out _), out var entry) ? entry.City ?? (entry.IsSeat ? null : entry.Entity) : null;
    }

    /// <summary>Metric synonyms.</summary>
    public MetricLexicon Metrics { get; }

    /// <summary>Number words and units.</summary>
    public QuantityLexicon Quantities { get; }

    /// <summary>Function words telling a text in another language from English.</summary>
    public LanguageGuess Languages { get; }

    /// <summary>Holiday names and how each is dated.</summary>
    public HolidayLexicon Holidays { get; }

    /// <summary>The manifests' versions joined, so a model change shows in the extractor version.</summary>
    public string Version { get; }

    /// <summary>Loads every lexicon from <paramref name="modelsDirectory"/> (the repository's <c>models/</c>, or the copy beside the executable).</summary>
    /// <exception cref="FileNotFoundException">A lexicon or its manifest is missing.</exception>
    public static NlpModels Load(string modelsDirectory)
    {
        ArgumentException.ThrowIfNullOrEmpty(modelsDirectory);
        var abbreviations = TsvFile.Read(modelsDirectory, "text/abbreviations.txt")
            .Select(r => TsvFile.Column(r, 0))
            .Where(a => a.Length > 0)
            .ToWordSet(StringComparer.Ordinal);
        string[] files =
        [
            "text/abbreviations.txt", "entities/countries.tsv", "entities/organizations.tsv", "entities/places.tsv", "entities/assets.tsv",
            "entities/aliases.tsv", "entities/person-cues.tsv", "metrics/metrics.tsv", "metrics/generic-nouns.txt", "metrics/unit-kinds.tsv",
            "quantities/number-words.tsv", "quantities/units.tsv", "quantities/letter-currencies.tsv",
            "quantities/numbered-names.tsv", HolidayLexicon.File, LanguageGuess.File,
        ];
        string version = string.Join(',', files.Select(f => Path.GetFileNameWithoutExtension(f) + "@" + TsvFile.ManifestVersion(modelsDirectory, f)));
        return new NlpModels(
            abbreviations,
            EntityLexicon.Load(modelsDirectory, abbreviations),
            MetricLexicon.Load(modelsDirectory, abbreviations),
            QuantityLexicon.Load(modelsDirectory, abbreviations),
            HolidayLexicon.Load(modelsDirectory),
            LanguageGuess.Load(modelsDirectory),
            version);
    }
}
