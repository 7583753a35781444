using ClaimExtractor.Nlp.Models;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Quantities;

/// <summary>
/// Reads the number at a token: digits (4,500; 1.6), number words (Fourteen, twenty-one, a dozen, a million),
/// fractions and shares (two-thirds, a third, half of, one in five, 3 out of 10) and multipliers (doubled,
/// double the number, three times as many). Digits are read here, words by <see cref="SpelledNumbers"/> and
/// <see cref="ArticleNumbers"/>.
/// </summary>
internal sealed class NumberReader
{
    private readonly QuantityLexicon lexicon;
    private readonly Shares shares;
    private readonly ArticleNumbers articles;
    private readonly SpelledNumbers spelled;

    public NumberReader(QuantityLexicon lexicon)
    {
        this.lexicon = lexicon;
        shares = new Shares(this);
        Compounds = new WordCompounds(this);
        articles = new ArticleNumbers(this);
        spelled = new SpelledNumbers(this, shares);
    }

    /// <summary>Numbers spelled in several words ("one hundred and six") and the fractions after them.</summary>
    public WordCompounds Compounds { get; }

    public bool TryRead(AnalyzedDocument doc, int k, int end, NumberConvention convention, out NumberCore core)
    {
        core = default;
        var token = doc.Tokens[k];
        if (token.Kind == TokenKind.Number)
        {
            return TryReadDigits(doc, k, end, convention, out core);
        }

        if (DigitNumbers.VulgarFraction(doc.TokenText(k)) is { } alone)
        {
            // "½ cup", "the result is ⅔"
            core = new NumberCore(alone, DigitNumbers.FractionDecimals(alone), k + 1, false, false, false);
            return true;
        }

        if (token.Kind != TokenKind.Word)
        {
            return false;
        }

        // "a third", "a dozen", "a million"
        return TryWord(doc, k, out var first) ? spelled.TryRead(doc, k, end, first, out core) : articles.TryRead(doc, k, end, out core);
    }

    public bool TryWord(AnalyzedDocument doc, int k, out (decimal Value, NumberWordKind Kind) word)
    {
        word = default;
        var text = doc.TokenText(k);
        if (text.Length is 0 or > 16 || doc.Tokens[k].Kind != TokenKind.Word)
        {
            return false;
        }

        return lexicon.NumberWords.TryGetValue(text, out word);
    }

    public bool IsLargeScale(AnalyzedDocument doc, int k) => TryWord(doc, k, out var word) && word.Kind == NumberWordKind.Scale && word.Value > 100;

    // "two thirds of a million", "a third of a billion": the fraction of the scale word, which the scanner applies
    public NumberCore? OfALargeScale(AnalyzedDocument doc, int at, decimal fraction) =>
        doc.Is(at, "of") && (doc.Is(at + 1, "a") || doc.Is(at + 1, "an")) && IsLargeScale(doc, at + 2)
            ? new NumberCore(fraction, 2, at + 2, true, false, false)
            : null;

    public static bool IsPeriodWord(AnalyzedDocument doc, int k) =>
        doc.Is(k, "year") || doc.Is(k, "decade") || doc.Is(k, "century") || doc.Is(k, "season")
        || doc.Is(k, "month") || doc.Is(k, "this") || doc.Is(k, "last") || doc.Is(k, "next")
        || (k < doc.Tokens.Count && doc.Tokens[k].Kind == TokenKind.Number && doc.Tokens[k].Span.Length == 4)
        || (k < doc.Tokens.Count && Lexicon.Months.ContainsKey(doc.TokenText(k)));

    private bool TryReadDigits(AnalyzedDocument doc, int k, int end, NumberConvention convention, out NumberCore core)
    {
        core = default;
        int next = k + 1;
        decimal value;
        int decimals;
        if (convention == NumberConvention.DecimalComma || DigitNumbers.IsDecimalCommaShape(doc, k, end))
        {
            if (!DigitNumbers.TryReadDecimalComma(doc, k, end, out value, out decimals, out next))
            {
                return false;
            }
        }
        else if (!DigitNumbers.TryParseDigits(doc.TokenText(k), out value, out decimals))
        {
            return false;
        }
        else if (decimals == 0 && !doc.TokenText(k).Contains(',') && ScaledCommaDecimals.TryRead(this, doc, next, end, value, out decimal withFraction, out int places, out int afterFraction))
        {
            // "$3,4 million"
            value = withFraction;
            decimals = places;
            next = afterFraction;
        }

        core = new NumberCore(value, decimals, next, false, false, false);
        if (decimals == 0 && next < end && doc.Tokens[next].Start == doc.Tokens[next - 1].End && DigitNumbers.VulgarFraction(doc.TokenText(next)) is { } glued)
        {
            // "2½"
            core = new NumberCore(value + glued, DigitNumbers.FractionDecimals(glued), next + 1, false, false, false);
            return true;
        }

        if (FoldMultipliers.TryRead(doc, next, end, value, out var fold))
        {
            // "a 10-fold increase"
            core = fold;
            return true;
        }

        if (decimals == 0 && TryWord(doc, next, out var dozens) && dozens.Kind == NumberWordKind.Dozen)
        {
            // "3 dozen"
            core = new NumberCore(value * dozens.Value, -1, next + 1, false, false, false);
            return true;
        }

        if (decimals == 0 && CountingGroups.Read(doc, next, end, out int afterGroup) is { } group)
        {
            // "2 gross of pencils"
            core = new NumberCore(value * group, -1, afterGroup, false, false, false);
            return true;
        }

        if (decimals == 0 && Shares.SlashShare(doc, k, end, value) is { } share)
        {
            // "1/2 of the people", "3/4 of voters"
            core = share;
            return true;
        }

        if (!shares.TryShare(doc, next, end, value, ref core) && Compounds.AndAFraction(doc, next, end, out decimal part, out int afterPart))
        {
            // "1 and a half": the written fraction sets the precision
            core = new NumberCore(value + part, DigitNumbers.FractionDecimals(part), afterPart, false, false, false);
        }

        return true;
    }
}
