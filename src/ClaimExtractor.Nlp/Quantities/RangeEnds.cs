using ClaimExtractor.Core.Quantities;
using ClaimExtractor.Nlp.Models;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Quantities;

/// <summary>
/// Reads the second end of a range after the first number: "10-15", "40 to 60", "$10-$20", "10 dollars to 20 dollars",
/// "5k-20k" (the scale on both ends), "8- to 16-meter" (a hanging hyphen); the second end must be larger and of the same kind as the first.
/// </summary>
internal sealed class RangeEnds(NumberReader numbers, UnitMatcher units)
{
    // a scale glued to the first number of a range and written again after the second: "5k-20k", "$1m and $2m"; or a
    // scale word after the first end of "between 1 million and 2.5 million", "2.3 million to 2.5 million" or "$1.5
    // billion-$2 billion" ("grew from 1 million to 2 million" and "grew by 0.5 million to 67.5 million" are changes)
    public bool ScaleOnBothEnds(AnalyzedDocument doc, int start, int at, int end) =>
        at + 2 < end && numbers.TryWord(doc, at, out var word)
        && ((doc.Tokens[at].Start == doc.Tokens[at - 1].End && word.Kind is NumberWordKind.Scale or NumberWordKind.ScaleSuffix)
            || (word.Kind == NumberWordKind.Scale && doc.Is(start - 1, "between") && doc.Is(at + 1, "and"))
            || (word.Kind == NumberWordKind.Scale && doc.Is(at + 1, "to") && !IsChangeBefore(doc, start))
            || (word.Kind == NumberWordKind.Scale && doc.TokenText(at + 1) is "-" or "–" && doc.Tokens[at + 1].Start == doc.Tokens[at].End));

    // "$10-$20", "$10 to $20", "10 dollars to 20 dollars", "between 10 percent and 20 percent": the unit on both ends;
    // "from $350 per kg to $680 per kg": a price quoted per the same word on both ends is one range of that rate
    public bool ReadRepeatedUnitRange(AnalyzedDocument doc, Sentence sentence, int start, NumberCore core, UnitEntry? prefix, int end, NumberConvention convention, out NumberCore second)
    {
        second = default;
        int at = core.End;
        UnitEntry? suffix = null;
        string? per = prefix is { Unit.Dimension: UnitDimension.Currency } ? Rates.Per(doc, sentence, at) : null;
        if (per is not null)
        {
            at += 2;
        }

        if (prefix is null)
        {
            suffix = units.Suffix(doc, at, end, out int afterSuffix);
            if (suffix is null)
            {
                return false;
            }

            at = afterSuffix;
        }

        bool between = doc.Is(start - 1, "between") || doc.Is(start - 1, "from");
        if (at + 1 >= end || !(doc.TokenText(at) is "-" or "–" or "to" || (between && doc.Is(at, "and"))))
        {
            return false;
        }

        int from = at + 1;
        if (prefix is not null)
        {
            if (units.Prefix(doc, from, end, out int afterSecondPrefix) is not { } again || again.Unit != prefix.Unit)
            {
                return false;
            }

            from = afterSecondPrefix;
        }

        return ReadSecond(doc, from, end, core, convention, out second)
            && (suffix is null || (units.Suffix(doc, second.End, end, out _) is { } repeated && repeated.Unit == suffix.Unit))
            && (per is null || string.Equals(Rates.Per(doc, sentence, second.End), per, StringComparison.OrdinalIgnoreCase));
    }

    // "an 8- to 16-meter telescope", "a five- to seven-year sentence": a hyphen left hanging after the first end, and the
    // second glued by a hyphen to the unit the ends share
    public bool ReadSuspendedRange(AnalyzedDocument doc, NumberCore core, int end, NumberConvention convention, out NumberCore second)
    {
        second = default;
        int at = core.End;
        return at + 2 < end && doc.TokenText(at) is "-" && doc.Tokens[at].Start == doc.Tokens[at - 1].End && doc.Tokens[at + 1].Start > doc.Tokens[at].End
            && doc.Is(at + 1, "to") && ReadSecond(doc, at + 2, end, core, convention, out second)
            && second.End + 1 < end && doc.TokenText(second.End) is "-" && doc.Tokens[second.End].Start == doc.Tokens[second.End - 1].End
            && doc.Tokens[second.End + 1].Start == doc.Tokens[second.End].End;
    }

    /// <summary>
    /// The second end of a range at <paramref name="at"/>, larger than the first and written the same way (digits or
    /// words), unless <paramref name="anyForm"/>: after "between" the ends may mix ("between 5 and six metres").
    /// </summary>
    public bool ReadSecond(AnalyzedDocument doc, int at, int end, NumberCore first, NumberConvention convention, out NumberCore second, bool anyForm = false)
    {
        second = default;
        return at < end && (anyForm || doc.Tokens[at].Kind == doc.Tokens[first.End - 1].Kind) && numbers.TryRead(doc, at, end, convention, out second)
            && !second.IsFraction && !second.IsMultiplier && second.Value > first.Value;
    }

    // "by", a verb of change or "from" after one before the first end: "rose 1 million to 3 million" and "grew from 1 million
    // to 2 million" state a change and a level; "fines range from one thousand to five thousand dollars" is a range
    private static bool IsChangeBefore(AnalyzedDocument doc, int start) =>
        (doc.Is(start - 1, "from") && FromAfterChangeVerb(doc, start)) || doc.Is(start - 1, "by") || doc.IsAny(start - 1, QuantityWords.Rises) || doc.IsAny(start - 1, QuantityWords.Falls);

    // "from" after a verb of rise or of movement ("went from", "moved from"), an adverb ("rose sharply from"), its
    // object ("raised its full-year forecast from", "increase the average efficiency of cells from") or the change it made
    // ("rose by 37 percent, from"; "rose by 12 percent compared with 2022, from") between, with no word of range
    // ("ranging", "between", "vary") on the way (after a fall the second level is the lower, which a range never reads:
    // "fell from 5.1% to 4.6%")
    public static bool FromAfterChangeVerb(AnalyzedDocument doc, int start)
    {
        if (!doc.Is(start - 1, "from"))
        {
            return false;
        }

        for (int k = start - 2; k >= 0 && k >= start - 24; k--)
        {
            if ((doc.Tokens[k].Kind == TokenKind.Punct && doc.TokenText(k) is not ("-" or "," or "\"" or "“" or "”")) || (doc.IsAny(k, RangeWords) && !IsComparedWith(doc, k))
                || (doc.Tokens[k].Kind == TokenKind.Punct && doc.TokenText(k) is "," && k < start - 10 && !EndsAmount(doc, k - 1)))
            {
                return false;
            }

            if (((doc.IsAny(k, QuantityWords.Rises) || doc.IsAny(k, QuantityWords.Raises)) && !doc.Is(k, "up")) || doc.IsAny(k, Moves))
            {
                return true;
            }
        }

        return false;
    }

    // "compared with 2022": the base of the change, not a clause of its own
    private static bool IsComparedWith(AnalyzedDocument doc, int k) => doc.Is(k, "with") && (doc.Is(k - 1, "compared") || doc.Is(k - 1, "comparison"));

    // "went from 3.5% to 4.1%": verbs that move a level without saying which way
    private static readonly WordSet Moves = WordSet.Create(StringComparer.OrdinalIgnoreCase, "went", "gone", "goes", "go", "going", "moved", "moves", "moving", "shifted",
        "swung", "swings");

    // words that make "from X to Y" a span of values ("ranging from", "anywhere from", "between") or open a clause of
    // its own ("the deal, which values stakes from 10% to 15%")
    private static readonly WordSet RangeWords = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "range", "ranges", "ranged", "ranging", "between", "anywhere", "vary", "varies", "varied", "varying", "spanning", "spans", "estimates", "estimated",
        "which", "who", "while", "whereas", "with");

    // "37 percent", "5%", "12 points", "$2 million": the amount a change clause ends with before its comma
    private static bool EndsAmount(AnalyzedDocument doc, int k) =>
        k >= 0 && (doc.Tokens[k].Kind == TokenKind.Number || doc.TokenText(k) is "%" || doc.IsAny(k, AmountEnds));

    private static readonly WordSet AmountEnds = WordSet.Create(StringComparer.OrdinalIgnoreCase, "percent", "cent", "pc", "points", "point", "million", "billion", "trillion", "thousand", "bn");

    public static bool LooksLikeYear(AnalyzedDocument doc, NumberCore number) =>
        !number.IsWord && number.Decimals == 0 && number.Value is >= 1800 and <= 2100 && doc.TokenText(number.End - 1).Length == 4;
}
