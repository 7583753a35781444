using System.Collections.Frozen;
using ClaimExtractor.Core.Entities;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Models;

/// <summary>
/// Countries, organizations, places, assets, user aliases and person cues, keyed by the lower-case token sequence of each
/// phrase (tokens joined by one space, curly apostrophes made straight).
/// </summary>
public sealed class EntityLexicon
{
    private EntityLexicon(FrozenDictionary<string, EntityEntry> phrases, int maxTokens, WordSet titles, WordSet nationals, WordSet firstNames, WordSet roles,
        FrozenDictionary<string, EntityRef> speaksFor, FrozenDictionary<string, EntityRef> economies, FrozenDictionary<string, EntityRef> capitals, WordSet lowerCaseHeads, WordSet lowerCaseAssets)
    {
        LowerCaseHeads = lowerCaseHeads;
        LowerCaseAssets = lowerCaseAssets;
        Economies = economies;
        Capitals = capitals;
        AssetNames = phrases.Values.Where(e => e.IsAsset).Select(e => e.Entity.Name).ToWordSet(StringComparer.Ordinal);
        SpeaksFor = speaksFor;
        Phrases = phrases;
        MaxTokens = maxTokens;
        MaxKeyLength = phrases.Keys.Select(k => k.Length).DefaultIfEmpty(0).Max();
        Titles = titles;
        Nationals = nationals;
        FirstNames = firstNames;
        Roles = roles;
    }

    /// <summary>Phrase key to entry.</summary>
    public FrozenDictionary<string, EntityEntry> Phrases { get; }

    /// <summary>Canonical names of assets (their figures are prices: role Topic).</summary>
    public WordSet AssetNames { get; }

    /// <summary>
    /// Statistics offices by canonical name, each with the country whose figures it publishes: "CSO figures showed
    /// 124,600 people out of work" is Ireland's figure, as "Ireland's unemployment" would be.
    /// </summary>
    public FrozenDictionary<string, EntityRef> SpeaksFor { get; }

    /// <summary>
    /// Central banks by canonical name, each with the country whose economy it sets policy for: in a story about the Bank
    /// of England's decision, "Consumer price inflation was 2.5%" is the United Kingdom's.
    /// </summary>
    public FrozenDictionary<string, EntityRef> Economies { get; }

    /// <summary>
    /// Each country's capital city by the country's canonical name (the first capital listed): "prices in the capital"
    /// after a story about the United Kingdom are London's.
    /// </summary>
    public FrozenDictionary<string, EntityRef> Capitals { get; }

    /// <summary>
    /// Whether the canonical name is a country's (one the lexicon lists with its capital): "the country" may stand for
    /// it, a state or a province may not.
    /// </summary>
    public bool IsCountry(string canonicalName) => Capitals.ContainsKey(canonicalName);

    /// <summary>The longest phrase, in tokens.</summary>
    public int MaxTokens { get; }

    /// <summary>The longest phrase key, in characters: a longer phrase names no entry.</summary>
    public int MaxKeyLength { get; }

    /// <summary>Titles that start a person's name (President, Mr.).</summary>
    public WordSet Titles { get; }

    /// <summary>
    /// The nouns for a person of a nationality ("Swede", "Frenchman"), which are also <see cref="Titles"/>: "the
    /// Swede" alone is the person last named.
    /// </summary>
    public WordSet Nationals { get; }

    /// <summary>Common first names.</summary>
    public WordSet FirstNames { get; }

    /// <summary>
    /// Lower-case nouns for what a person is or does ("midfielder", "executive", "spokeswoman"): a name of two or more
    /// words right after one is a person's ("England midfielder Declan Rice", "chief executive Marc Benioff").
    /// </summary>
    public WordSet Roles { get; }

    /// <summary>First words of the phrases a story writes in lower case ("euro" of "euro zone", "eurozone").</summary>
    public WordSet LowerCaseHeads { get; }

    /// <summary>Assets the lexicon also lists in lower case ("bitcoin"): a unit, unless a clause's subject.</summary>
    public WordSet LowerCaseAssets { get; }

    /// <summary>Loads <c>entities/*.tsv</c>.</summary>
    public static EntityLexicon Load(string modelsDirectory, WordSet abbreviations)
    {
        var phrases = new Dictionary<string, EntityEntry>(StringComparer.Ordinal);
        var canonical = new Dictionary<string, EntityRef>(StringComparer.OrdinalIgnoreCase);
        var capitals = new Dictionary<string, EntityRef>(StringComparer.Ordinal);
        int maxTokens = 1;
        var lowerCaseHeads = new HashSet<string>(StringComparer.Ordinal);
        var lowerCaseAssets = new HashSet<string>(StringComparer.Ordinal);

        void Add(string phrase, EntityRef entity, MentionKind kind, bool asset, bool seat = false, EntityRef? city = null, bool political = false)
        {
            string trimmed = phrase.StartsWith("the ", StringComparison.Ordinal) ? phrase[4..] : phrase;
            // an asset written in lower case is a unit ("paid in bitcoin"), not a name, unless a clause's subject: kept apart
            if (trimmed.Length > 0 && char.IsLower(trimmed[0]))
            {
                (asset ? lowerCaseAssets : lowerCaseHeads).Add(trimmed.Split(' ')[0]);
            }

            string key = PhraseKey.Of(trimmed, abbreviations, out int tokenCount);
            if (key.Length == 0 || phrases.ContainsKey(key))
            {
                return;
            }

            bool exactCase = trimmed.Length <= 6 && trimmed.Any(char.IsLetter) && !trimmed.Any(char.IsLower);
            phrases[key] = new EntityEntry(entity, kind, asset, exactCase, seat, city, political);
            maxTokens = Math.Max(maxTokens, tokenCount);
        }

        foreach (var row in Models.TsvFile.Read(modelsDirectory, "entities/countries.tsv"))
        {
            var entity = new EntityRef(TsvFile.Column(row, 0), EntityType.Gpe);
            canonical[entity.Name] = entity;
            Add(entity.Name, entity, MentionKind.Name, false);
            foreach (string alias in TsvFile.List(TsvFile.Column(row, 1)))
            {
                Add(alias, entity, MentionKind.Name, false);
            }

            foreach (string demonym in TsvFile.List(TsvFile.Column(row, 2)))
            {
                Add(demonym, entity, MentionKind.Demonym, false);
            }

            foreach (string capital in TsvFile.List(TsvFile.Column(row, 3)))
            {
                var city = new EntityRef(capital, EntityType.Gpe);
                capitals.TryAdd(entity.Name, city);
                Add(capital, entity, MentionKind.Name, false, seat: true, city);
            }

            foreach (string seat in TsvFile.List(TsvFile.Column(row, 4)))
            {
                Add(seat, entity, MentionKind.Name, false, seat: true);
            }
        }

        var speaksFor = new Dictionary<string, EntityRef>(StringComparer.Ordinal);
        var economies = new Dictionary<string, EntityRef>(StringComparer.Ordinal);
        foreach (var row in TsvFile.Read(modelsDirectory, "entities/organizations.tsv"))
        {
            var entity = new EntityRef(TsvFile.Column(row, 0), EntityTypeNames.Parse(TsvFile.Column(row, 1)));
            canonical[entity.Name] = entity;
            Add(entity.Name, entity, MentionKind.Name, false);
            foreach (string alias in TsvFile.List(TsvFile.Column(row, 2)))
            {
                Add(alias, entity, MentionKind.Name, false);
            }

            if (TsvFile.Column(row, 3) is { Length: > 0 } country)
            {
                speaksFor[entity.Name] = Country(canonical, entity, country, "speaks for");
            }

            if (TsvFile.Column(row, 4) is { Length: > 0 } economy)
            {
                economies[entity.Name] = Country(canonical, entity, economy, "sets policy for");
            }

            foreach (string alias in TsvFile.List(TsvFile.Column(row, 5)))
            {
                Add(alias, entity, MentionKind.Name, false, political: true);
            }
        }

        // cities and regions: places a figure is set in, never a country a later "the country" means
        AddNamesWithAliases("entities/places.tsv", EntityType.Loc, asset: false);
        AddNamesWithAliases("entities/assets.tsv", EntityType.Other, asset: true);

        // a file of names, each with its aliases in the second column, all of one type
        void AddNamesWithAliases(string file, EntityType type, bool asset)
        {
            foreach (var row in TsvFile.Read(modelsDirectory, file))
            {
                var entity = new EntityRef(TsvFile.Column(row, 0), type);
                canonical[entity.Name] = entity;
                Add(entity.Name, entity, MentionKind.Name, asset);
                foreach (string alias in TsvFile.List(TsvFile.Column(row, 1)))
                {
                    Add(alias, entity, MentionKind.Name, asset);
                }
            }
        }

        // User aliases win over the built-in lists: a user who maps a name elsewhere means it.
        foreach (var row in TsvFile.Read(modelsDirectory, "entities/aliases.tsv"))
        {
            string name = TsvFile.Column(row, 1);
            var entity = canonical.TryGetValue(name, out var known) ? known : new EntityRef(name, EntityTypeNames.Parse(TsvFile.Column(row, 2)));
            canonical[name] = entity;
            string key = PhraseKey.Of(TsvFile.Column(row, 0), abbreviations, out _);
            phrases.Remove(key);
            Add(TsvFile.Column(row, 0), entity, MentionKind.Name, false);
            Add(name, entity, MentionKind.Name, false);
        }

        var titles = new HashSet<string>(StringComparer.Ordinal);
        var nationals = new HashSet<string>(StringComparer.Ordinal);
        var firstNames = new HashSet<string>(StringComparer.Ordinal);
        var roles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in TsvFile.Read(modelsDirectory, "entities/person-cues.tsv"))
        {
            string word = TsvFile.Column(row, 0);
            switch (TsvFile.Column(row, 1))
            {
                case "first":
                    firstNames.Add(word);
                    break;
                case "role":
                    roles.Add(word);
                    break;
                case "nationality":
                    nationals.Add(word);
                    titles.Add(word);
                    break;
                default:
                    titles.Add(word);
                    break;
            }
        }

        return new EntityLexicon(phrases.ToFrozenDictionary(StringComparer.Ordinal), maxTokens, titles.ToWordSet(StringComparer.Ordinal),
            nationals.ToWordSet(StringComparer.Ordinal), firstNames.ToWordSet(StringComparer.Ordinal), roles.ToWordSet(StringComparer.Ordinal),
            speaksFor.ToFrozenDictionary(StringComparer.Ordinal), economies.ToFrozenDictionary(StringComparer.Ordinal), capitals.ToFrozenDictionary(StringComparer.Ordinal),
            lowerCaseHeads.ToWordSet(StringComparer.Ordinal), lowerCaseAssets.ToWordSet(StringComparer.Ordinal));
    }

    // the country a row's column names, which must be a country of entities/countries.tsv
    private static EntityRef Country(Dictionary<string, EntityRef> canonical, EntityRef entity, string country, string relation) =>
        canonical.TryGetValue(country, out var known) && known.Type == EntityType.Gpe ? known
            : throw new InvalidDataException($"entities/organizations.tsv: '{entity.Name}' {relation} '{country}', which is not in entities/countries.tsv");
}
