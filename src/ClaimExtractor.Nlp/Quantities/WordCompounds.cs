using ClaimExtractor.Nlp.Models;
using ClaimExtractor.Nlp.Pipeline;

namespace ClaimExtractor.Nlp.Quantities;

/// <summary>
/// Numbers spelled in several words: "twenty-one", "one hundred and six", "one million two hundred thousand", "three
/// million, two hundred &amp; forty", "two point five", and the fractions that follow a whole number ("and a half", "and three quarters").
/// </summary>
internal sealed class WordCompounds(NumberReader numbers)
{
    /// <summary>
    /// Reads cardinal words from token <paramref name="k"/> (whose value is <paramref name="firstValue"/>) into one
    /// number and returns the token after them. A scale word (thousand, million) is taken inside the number only when
    /// more number words follow it or an earlier scale was taken; otherwise the scanner applies it, with its precision.
    /// </summary>
    public int ReadCompound(AnalyzedDocument doc, int k, int end, decimal firstValue, out decimal total)
    {
        decimal done = 0, group = firstValue, lastScale = decimal.MaxValue;
        int after = k + 1;
        // where "and" began the group after a scale ("one thousand and one"), -1 when it did not
        int andAt = -1;
        while (after < end)
        {
            int at = after;
            if (doc.TokenText(at) is "-" && group % 100 >= 20 && group % 10 == 0 && numbers.TryWord(doc, at + 1, out var unit)
                && unit.Kind == NumberWordKind.Cardinal && unit.Value is >= 1 and < 10)
            {
                group += unit.Value;
                after = at + 2;
                continue;
            }

            bool and = IsAnd(doc, at);
            if (and)
            {
                at++;
            }

            if (!numbers.TryWord(doc, at, out var word))
            {
                break;
            }

            decimal low = group % 100;
            if (word.Kind == NumberWordKind.Cardinal && word.Value >= 1)
            {
                if (and && IsFractionAt(doc, at))
                {
                    // "one hundred and three quarters": the fraction is read after the whole number
                    break;
                }

                bool afterTens = !and && low >= 20 && low % 10 == 0 && word.Value < 10;
                bool afterHundreds = low == 0 && (group >= 100 || done > 0);
                if (!(afterTens || afterHundreds))
                {
                    break;
                }

                andAt = and && group == 0 ? at - 1 : andAt;
                group += word.Value;
                after = at + 1;
                continue;
            }

            if (and || word.Kind != NumberWordKind.Scale || group == 0)
            {
                break;
            }

            if (word.Value == 100 && group < 100)
            {
                group *= 100;
                after = at + 1;
                continue;
            }

            // "three million, two hundred and forty": a comma after a scale goes on to a smaller read-out number
            bool comma = CommaTail(doc, at + 1, end, word.Value);
            int look = IsAnd(doc, at + 1) || comma ? at + 2 : at + 1;
            bool more = numbers.TryWord(doc, look, out var following) && following.Kind == NumberWordKind.Cardinal && following.Value >= 1 && !IsFractionAt(doc, look);
            if (word.Value >= lastScale && andAt >= 0)
            {
                // "between one thousand and one thousand five hundred": the group after "and" begins another number
                group = 0;
                after = andAt;
                break;
            }

            if (word.Value <= 100 || word.Value >= lastScale || !(more || done > 0))
            {
                break;
            }

            andAt = -1;
            done += group * word.Value;
            group = 0;
            lastScale = word.Value;
            after = comma ? at + 2 : at + 1;
        }

        total = done + group;
        return after;
    }

    // "and", or "&" between number words ("two hundred & forty")
    private static bool IsAnd(AnalyzedDocument doc, int at) => doc.Is(at, "and") || doc.TokenText(at) is "&";

    // ", two hundred and forty" after "three million": a comma, then a number below the scale before it that ends in an
    // "and" group, as a number read out is written; "three million, two hundred" may list two figures and is not joined
    private bool CommaTail(AnalyzedDocument doc, int comma, int end, decimal scale)
    {
        if (doc.TokenText(comma) is not "," || !numbers.TryWord(doc, comma + 1, out var first) || first.Kind != NumberWordKind.Cardinal || first.Value < 1)
        {
            return false;
        }

        int tailEnd = ReadCompound(doc, comma + 1, end, first.Value, out decimal tail);
        bool readOut = false;
        for (int i = comma + 2; i < tailEnd; i++)
        {
            readOut |= IsAnd(doc, i);
        }

        return readOut && tail < scale;
    }

    // a count smaller than the denominator after it: "three quarters", "two thirds", "fifty-four hundredths"
    private bool IsFractionAt(AnalyzedDocument doc, int at) => FractionAt(doc, at, doc.Tokens.Count, out _, out _);

    // the numerator and denominator of "three quarters" or "fifty-four hundredths" at token at
    private bool FractionAt(AnalyzedDocument doc, int at, int end, out decimal fraction, out int after)
    {
        fraction = 0;
        after = at;
        if (!numbers.TryWord(doc, at, out var count) || count.Kind != NumberWordKind.Cardinal || count.Value < 1)
        {
            return false;
        }

        int denominatorAt = ReadTens(doc, at, end, count.Value, out decimal numerator);
        if (denominatorAt >= end || !numbers.TryWord(doc, denominatorAt, out var denominator) || denominator.Kind != NumberWordKind.Denominator || numerator >= denominator.Value)
        {
            return false;
        }

        fraction = numerator / denominator.Value;
        after = denominatorAt + 1;
        return true;
    }

    // "fifty-four", "twenty one": a number under a hundred written in words
    private int ReadTens(AnalyzedDocument doc, int at, int end, decimal tens, out decimal value)
    {
        value = tens;
        int unitAt = doc.TokenText(at + 1) is "-" ? at + 2 : at + 1;
        if (tens is >= 20 and < 100 && tens % 10 == 0 && unitAt < end && numbers.TryWord(doc, unitAt, out var unit) && unit.Kind == NumberWordKind.Cardinal && unit.Value is >= 1 and < 10)
        {
            value = tens + unit.Value;
            return unitAt + 1;
        }

        return at + 1;
    }

    // "point five", "point nought four", "point seventy-one": the decimals of a number written in words
    public bool PointDigits(AnalyzedDocument doc, int at, int end, out decimal tail, out int places, out int after)
    {
        tail = 0;
        places = 0;
        after = at;
        if (at + 1 >= end || !doc.Is(at, "point"))
        {
            return false;
        }

        int k = at + 1;
        if (numbers.TryWord(doc, k, out var tens) && tens.Kind == NumberWordKind.Cardinal && tens.Value is >= 10 and < 100)
        {
            after = ReadCompound(doc, k, end, tens.Value, out decimal digits);
            if (digits >= 100)
            {
                return false;
            }

            places = 2;
            tail = digits / 100m;
            return true;
        }

        while (k < end && DigitWord(doc, k) is { } value)
        {
            places++;
            tail += value / DigitNumbers.Pow10(places);
            k++;
        }

        after = k;
        return places > 0 && places <= 10;
    }

    private decimal? DigitWord(AnalyzedDocument doc, int k) =>
        doc.IsAny(k, QuantityWords.ZeroWords) ? 0
        : numbers.TryWord(doc, k, out var digit) && digit.Kind == NumberWordKind.Cardinal && digit.Value is >= 1 and < 10 ? digit.Value
        : null;

    // "and a half", "and one half", "and a quarter", "and three quarters"
    public bool AndAFraction(AnalyzedDocument doc, int at, int end, out decimal fraction, out int after)
    {
        fraction = 0;
        after = at;
        if (at + 2 >= end || !doc.Is(at, "and"))
        {
            return false;
        }

        if (!doc.Is(at + 1, "a") && !doc.Is(at + 1, "an"))
        {
            // "and three quarters", "and fifty-four hundredths"
            return FractionAt(doc, at + 1, end, out fraction, out after);
        }

        // (not "and a fifth-generation jet": a hyphen after it makes an ordinal adjective)
        if (!numbers.TryWord(doc, at + 2, out var denominator) || denominator.Kind != NumberWordKind.Denominator || denominator.Value < 2
            || UnitPass.IsGluedHyphen(doc, at + 3, end))
        {
            return false;
        }

        fraction = 1 / denominator.Value;
        after = at + 3;
        return true;
    }
}
