using System.Collections.Frozen;
using System.Globalization;
using ClaimExtractor.Core.Quantities;
using ClaimExtractor.Nlp.Quantities;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Models;

/// <summary>Number words and unit surfaces (<c>quantities/*.tsv</c>), keyed like <see cref="PhraseKey"/>.</summary>
public sealed class QuantityLexicon
{
    private QuantityLexicon(
        FrozenDictionary<string, (decimal Value, NumberWordKind Kind)> numberWords,
        FrozenDictionary<string, UnitEntry> units,
        FrozenDictionary<string, UnitEntry> unitsExactCase,
        int maxUnitTokens,
        FrozenSet<string> gluedPrefixes)
    {
        GluedPrefixes = gluedPrefixes;
        NumberWords = numberWords;
        Units = units;
        UnitsExactCase = unitsExactCase;
        MaxUnitTokens = maxUnitTokens;
    }

    /// <summary>Lower-case number word → value and kind.</summary>
    public FrozenDictionary<string, (decimal Value, NumberWordKind Kind)> NumberWords { get; }

    /// <summary>Lower-case unit phrase key → unit (for words: "percent", "barrels per day").</summary>
    public FrozenDictionary<string, UnitEntry> Units { get; }

    /// <summary>Symbols and codes as written ("$", "US$", "USD", "BTC"), matched case-sensitively.</summary>
    public FrozenDictionary<string, UnitEntry> UnitsExactCase { get; }

    /// <summary>Currency codes and abbreviations that may be glued to the amount after them ("USD3.14", "Rs20", "RM42").</summary>
    public FrozenSet<string> GluedPrefixes { get; }

    /// <summary>The longest unit phrase, in tokens.</summary>
    public int MaxUnitTokens { get; }

    /// <summary>Loads the quantity files.</summary>
    public static QuantityLexicon Load(string modelsDirectory, FrozenSet<string> abbreviations)
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
        foreach (var row in TsvFile.Read(modelsDirectory, "quantities/units.tsv"))
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
            // "G" is not; "l" and "L" are litres)
            bool symbolic = !surface.Any(char.IsLower) || surface.Length == 1;
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

        glued.UnionWith(LetterCurrencies.Letters);
        return new QuantityLexicon(words.ToFrozenDictionary(StringComparer.Ordinal), units.ToFrozenDictionary(StringComparer.Ordinal), exact.ToFrozenDictionary(StringComparer.Ordinal), maxTokens,
            glued.ToFrozenSet(StringComparer.Ordinal));
    }
}
