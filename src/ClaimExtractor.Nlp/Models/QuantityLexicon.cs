using System.Collections.Frozen;
using System.Globalization;
using ClaimExtractor.Core.Quantities;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Models;

/// <summary>Number words and unit surfaces (<c>quantities/*.tsv</c>), keyed like <see cref="PhraseKey"/>.</summary>
public sealed class QuantityLexicon
{
    private QuantityLexicon(
        WordMap<(decimal Value, NumberWordKind Kind)> numberWords,
        WordMap<UnitEntry> units,
        WordMap<UnitEntry> unitsExactCase,
        int maxUnitTokens,
        WordSet gluedPrefixes,
        IReadOnlyList<LetterCurrency> letterCurrencies,
        FrozenDictionary<string, string[]> numberedNames)
    {
        LetterCurrencies = letterCurrencies;
        NumberedNames = numberedNames;
        GluedPrefixes = gluedPrefixes;
        NumberWords = numberWords;
        Units = units;
        UnitsExactCase = unitsExactCase;
        MaxUnitTokens = maxUnitTokens;
    }

    /// <summary>Number word (matched in any case) → value and kind.</summary>
    public WordMap<(decimal Value, NumberWordKind Kind)> NumberWords { get; }

    /// <summary>Lower-case unit phrase key → unit (for words: "percent", "barrels per day").</summary>
    public WordMap<UnitEntry> Units { get; }

    /// <summary>Symbols and codes as written ("$", "US$", "USD", "BTC"), matched case-sensitively.</summary>
    public WordMap<UnitEntry> UnitsExactCase { get; }

    /// <summary>Currency codes and abbreviations that may be glued to the amount after them ("USD3.14", "Rs20", "RM42").</summary>
    public WordSet GluedPrefixes { get; }

    /// <summary>One-letter currencies ("R5bn"), in the order they are tried: the first whose context the story names wins.</summary>
    public IReadOnlyList<LetterCurrency> LetterCurrencies { get; }

    /// <summary>
    /// Names that carry a number ("7-Eleven", "Area 51"): the number as written (any case) → what the name writes before
    /// it ("7-", "Area "); under "#", names before which any number is part of the name ("COP", "Formula ").
    /// </summary>
    public FrozenDictionary<string, string[]> NumberedNames { get; }

    /// <summary>The longest unit phrase, in tokens.</summary>
    public int MaxUnitTokens { get; }

    /// <summary>Loads the quantity files.</summary>
    public static QuantityLexicon Load(string modelsDirectory, WordSet abbreviations)
    {
        var words = new Dictionary<string, (decimal, NumberWordKind)>(StringComparer.Ordinal);
        foreach (var row in TsvFile.Read(modelsDirectory, "quantities/number-words.tsv"))
        {
            var kind = TsvFile.Column(row, 2) switch
            {
                "cardinal" => NumberWordKind.Cardinal,
                "scale" => NumberWordKind.Scale,
                "scale_suffix" => NumberWordKind.ScaleSuffix,
                "dozen" or "dozens" => NumberWordKind.Dozen,
                "denominator" => NumberWordKind.Denominator,
                "multiplier" => NumberWordKind.Multiplier,
                "multiplier_noun" => NumberWordKind.MultiplierNoun,
                var other => throw new InvalidDataException($"number-words.tsv: unknown kind '{other}'."),
            };
            words.TryAdd(TsvFile.Column(row, 0).ToLowerInvariant(), (decimal.Parse(TsvFile.Column(row, 1), NumberStyles.Float, CultureInfo.InvariantCulture), kind));
        }

        var units = new Dictionary<string, UnitEntry>(StringComparer.Ordinal);
        var exact = new Dictionary<string, UnitEntry>(StringComparer.Ordinal);
        int maxTokens = 1;
        var glued = new HashSet<string>(StringComparer.Ordinal);
        var rows = TsvFile.Read(modelsDirectory, "quantities/units.tsv").ToList();
        var caseCarriesMeaning = CaseSensitiveSurfaces(rows);
        foreach (var row in rows)
        {
            string surface = TsvFile.Column(row, 0);
            string code = TsvFile.Column(row, 1);
            var unit = TsvFile.Column(row, 2) switch
            {
                "currency" => Unit.Currency(code),
                "crypto" => Unit.Crypto(code),
                "percent" => Unit.Percent,
                "percentage_point" => Unit.PercentagePoint,
                _ => Unit.Measure(code),
            };
            string position = TsvFile.Column(row, 3);
            var entry = new UnitEntry(unit, position is "prefix" or "both", position is "suffix" or "both");
            if (entry.Prefix && unit.Dimension is UnitDimension.Currency && surface.Length is >= 2 and <= 3 && surface.All(char.IsAsciiLetter)
                && char.IsAsciiLetterUpper(surface[0]))
            {
                glued.Add(surface);
            }

            // symbols and codes match as written, and so does a single letter, whose case is its meaning ("g" is grams,
            // "G" is not; "l" and "L" are litres), and so does a surface that another unit spells with other cases
            // ("Nm" newton-metres and "nm" nanometres, "mW" and "MW", "Mb" and "MB")
            bool symbolic = !surface.Any(char.IsLower) || surface.Length == 1 || caseCarriesMeaning.Contains(surface);
            if (symbolic)
            {
                exact.TryAdd(string.Concat(RawTokenizer.Split(surface, abbreviations).Select(t => surface[t.Start..t.End])), entry);
            }
            else
            {
                string key = PhraseKey.Of(surface, abbreviations, out int tokens);
                units.TryAdd(key, entry);
                maxTokens = Math.Max(maxTokens, tokens);
            }
        }

        var letters = LoadLetterCurrencies(modelsDirectory);
        glued.UnionWith(letters.Select(l => l.Letter));
        return new QuantityLexicon(words.ToWordMap(StringComparer.OrdinalIgnoreCase), units.ToWordMap(StringComparer.Ordinal), exact.ToWordMap(StringComparer.Ordinal), maxTokens,
            glued.ToWordSet(StringComparer.Ordinal), letters, LoadNumberedNames(modelsDirectory));
    }

    // the surfaces that fold to the same lower-case spelling as a surface of another unit: only their case tells them apart
    private static HashSet<string> CaseSensitiveSurfaces(List<string[]> rows)
    {
        var codesByFolded = rows.GroupBy(r => TsvFile.Column(r, 0).ToLowerInvariant(), StringComparer.Ordinal)
            .Where(g => g.Select(r => TsvFile.Column(r, 1)).Distinct(StringComparer.Ordinal).Skip(1).Any());
        return codesByFolded.SelectMany(g => g.Select(r => TsvFile.Column(r, 0))).ToHashSet(StringComparer.Ordinal);
    }

    private static FrozenDictionary<string, string[]> LoadNumberedNames(string modelsDirectory)
    {
        var names = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in TsvFile.Read(modelsDirectory, "quantities/numbered-names.tsv"))
        {
            string name = TsvFile.Column(row, 0);
            // "COP#": any number glued after the name
            int cut = name.EndsWith('#') ? name.Length - 1 : name.LastIndexOfAny([' ', '-']) + 1;
            if (cut <= 0 || cut == name.Length)
            {
                throw new InvalidDataException($"numbered-names.tsv: '{name}' has no number after a space or hyphen.");
            }

            string number = name[cut..];
            if (!names.TryGetValue(number, out var prefixes))
            {
                names[number] = prefixes = [];
            }

            prefixes.Add(name[..cut]);
        }

        return names.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.OrdinalIgnoreCase);
    }

    private static List<LetterCurrency> LoadLetterCurrencies(string modelsDirectory)
    {
        var letters = new List<LetterCurrency>();
        foreach (var row in TsvFile.Read(modelsDirectory, "quantities/letter-currencies.tsv"))
        {
            string letter = TsvFile.Column(row, 0);
            if (letter.Length != 1 || !char.IsAsciiLetterUpper(letter[0]))
            {
                throw new InvalidDataException($"letter-currencies.tsv: '{letter}' is not one capital letter.");
            }

            var entry = new UnitEntry(Unit.Currency(TsvFile.Column(row, 1)), Prefix: true, Suffix: false);
            letters.Add(new LetterCurrency(letter, entry, TsvFile.List(TsvFile.Column(row, 2)).ToArray()));
        }

        return letters;
    }
}
