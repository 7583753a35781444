using ClaimExtractor.Nlp.Models;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Quantities;

/// <summary>
/// Shares written as a count of a whole, in percent: "one in five", "3 out of 10", "22 of every 10,000", "12 per
/// 100,000", "one over three" (where the clause ends after it) and "1/2 of" (digits glued around a slash before "of").
/// </summary>
internal sealed class Shares(NumberReader numbers)
{
    // "one in five", "3 out of 10": a share in percent; "one over three" too, where the clause ends after it (so "5 over
    // 10 years" stays a count and a duration)
    public bool TryShare(AnalyzedDocument doc, int after, int end, decimal numerator, ref NumberCore core)
    {
        if (doc.Is(after, "per"))
        {
            return TryPerRound(doc, after, end, numerator, ref core);
        }

        // "12.4 deaths per 100,000 people", "1.26 deaths per 100 million vehicle miles": a rate whose counted noun stands
        // before the "per" ("280 parts per million" is a unit's)
        if (after + 1 < end && doc.Is(after + 1, "per") && doc.Tokens[after].Kind == TokenKind.Word && char.IsLower(doc.TokenText(after)[0])
            && !doc.IsAny(after, NotRateNouns) && !doc.IsAny(after, Lexicon.FunctionWords))
        {
            return TryPerRound(doc, after + 1, end, numerator, ref core);
        }

        bool over = doc.Is(after, "over");
        int denominatorAt = doc.Is(after, "in") || over ? after + 1 : doc.Is(after, "out") && doc.Is(after + 1, "of") ? after + 2 : -1;
        // "22 of every 10,000 people", "one in every 100,000": a rate over a round whole, however large
        bool every = denominatorAt < 0 ? doc.Is(after, "of") && doc.Is(after + 1, "every") : doc.Is(denominatorAt, "every");
        denominatorAt = every ? (denominatorAt < 0 ? after + 2 : denominatorAt + 1) : denominatorAt;
        if (denominatorAt < 0 || denominatorAt >= end)
        {
            return false;
        }

        decimal denominator;
        int denominatorEnd = denominatorAt + 1;
        if (doc.Tokens[denominatorAt].Kind == TokenKind.Number)
        {
            // "odds of 1 in 292.2 million": a scale word after the whole makes it a rate over a large one
            bool scaled = numbers.TryWord(doc, denominatorAt + 1, out var scale) && scale.Kind == NumberWordKind.Scale && scale.Value > 100 && denominatorAt + 1 < end;
            if (!DigitNumbers.TryParseDigits(doc.TokenText(denominatorAt), out denominator, out int d) || (d > 0 && !scaled) || (denominator > 1000 && !every && !scaled))
            {
                return false;
            }

            if (scaled)
            {
                denominator *= scale.Value;
                denominatorEnd++;
            }
        }
        else if (numbers.TryWord(doc, denominatorAt, out var word) && word.Kind == NumberWordKind.Cardinal)
        {
            // "one in twenty-one"
            int afterWords = numbers.Compounds.ReadCompound(doc, denominatorAt, end, word.Value, out denominator);
            if (denominator > numerator && denominator != 0 && (!over || ClauseEnds(doc, afterWords, end)))
            {
                core = NumberCore.Fraction(numerator, denominator, afterWords);
                return true;
            }

            return false;
        }
        else
        {
            return false;
        }

        if (denominator <= numerator || denominator == 0 || (over && !ClauseEnds(doc, denominatorEnd, end)))
        {
            return false;
        }

        core = NumberCore.Fraction(numerator, denominator, denominatorEnd);
        return true;
    }

    // "12 per 100,000 people", "3 per 1,000 births", "4 per million": a rate over a round whole (a sum is no share: "$5
    // per 1,000 words")
    private bool TryPerRound(AnalyzedDocument doc, int per, int end, decimal numerator, ref NumberCore core)
    {
        int at = per + 1;
        if (at >= end || (per >= 2 && doc.Tokens[per - 2].Kind == TokenKind.Symbol))
        {
            return false;
        }

        decimal whole;
        int wholeEnd = at + 1;
        if (doc.Tokens[at].Kind == TokenKind.Number)
        {
            if (!DigitNumbers.TryParseDigits(doc.TokenText(at), out whole, out int d) || d > 0 || whole < 100 || !IsPowerOfTen(whole))
            {
                return false;
            }

            // "per 100 million vehicle miles"
            if (wholeEnd < end && numbers.TryWord(doc, wholeEnd, out var scale) && scale.Kind == NumberWordKind.Scale && scale.Value >= 1000)
            {
                whole *= scale.Value;
                wholeEnd++;
            }
        }
        else if (numbers.TryWord(doc, at, out var scale) && scale.Kind == NumberWordKind.Scale && scale.Value >= 1000)
        {
            whole = scale.Value;
        }
        else
        {
            return false;
        }

        if (whole <= numerator)
        {
            return false;
        }

        core = NumberCore.Fraction(numerator, whole, wholeEnd);
        return true;
    }

    // nouns of units read per something ("parts per million")
    private static readonly WordSet NotRateNouns = WordSet.Create(StringComparer.OrdinalIgnoreCase, "parts", "part");

    private static bool IsPowerOfTen(decimal value)
    {
        while (value >= 10 && value % 10 == 0)
        {
            value /= 10;
        }

        return value == 1;
    }

    private static bool ClauseEnds(AnalyzedDocument doc, int at, int end) => at >= end || doc.TokenText(at) is "." or "," or ";" or "!" or "?";

    // "1/2 of", "3/4 of": digits glued around a slash, a smaller numerator, then "of" (a bare "5/17" is a date)
    public static NumberCore? SlashShare(AnalyzedDocument doc, int k, int end, decimal numerator)
    {
        if (k + 3 >= end || doc.TokenText(k + 1) is not "/" || doc.Tokens[k + 1].Start != doc.Tokens[k].End || doc.Tokens[k + 2].Start != doc.Tokens[k + 1].End
            || doc.Tokens[k + 2].Kind != TokenKind.Number || !doc.Is(k + 3, "of")
            || !DigitNumbers.TryParseDigits(doc.TokenText(k + 2), out decimal denominator, out int d) || d > 0 || denominator is < 2 or > 100 || numerator < 1 || numerator >= denominator)
        {
            return null;
        }

        return NumberCore.Fraction(numerator, denominator, k + 3);
    }
}
