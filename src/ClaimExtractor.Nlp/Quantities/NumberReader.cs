using System.Collections.Frozen;
using System.Globalization;
using ClaimExtractor.Nlp.Models;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Quantities;

/// <summary>
/// Reads the number at a token: digits (4,500; 1.6), number words (Fourteen, twenty-one, a dozen, a million),
/// fractions and shares (two-thirds, a third, half of, one in five, 3 out of 10) and multipliers (doubled,
/// double the number, three times as many).
/// </summary>
internal sealed class NumberReader
{
    private readonly QuantityLexicon lexicon;

    private readonly Shares shares;

    public NumberReader(QuantityLexicon lexicon)
    {
        this.lexicon = lexicon;
        shares = new Shares(this);
    }

    public bool TryRead(AnalyzedDocument doc, int k, int end, NumberConvention convention, out NumberCore core)
    {
        core = default;
        var token = doc.Tokens[k];
        if (token.Kind == TokenKind.Number)
        {
            int next = k + 1;
            decimal value;
            int decimals;
            if (convention == NumberConvention.DecimalComma)
            {
                if (!TryReadDecimalComma(doc, k, end, out value, out decimals, out next))
                {
                    return false;
                }
            }
            else if (!TryParseDigits(doc.TokenText(k), out value, out decimals))
            {
                return false;
            }

            core = new NumberCore(value, decimals, next, false, false, false);
            if (decimals == 0 && next < end && doc.Tokens[next].Start == doc.Tokens[next - 1].End && VulgarFraction(doc.TokenText(next)) is { } glued)
            {
                // "2½"
                core = new NumberCore(value + glued, FractionDecimals(glued), next + 1, false, false, false);
                return true;
            }

            if (decimals == 0 && TryWord(doc, next, out var dozens) && dozens.Kind == NumberWordKind.Dozen)
            {
                // "3 dozen"
                core = new NumberCore(value * dozens.Value, -1, next + 1, false, false, false);
                return true;
            }

            if (decimals == 0 && Shares.SlashShare(doc, k, end, value) is { } share)
            {
                // "1/2 of the people", "3/4 of voters"
                core = share;
                return true;
            }

            if (!shares.TryShare(doc, next, end, value, ref core) && AndAFraction(doc, next, end, out decimal part, out int afterPart))
            {
                // "1 and a half": the written fraction sets the precision
                core = new NumberCore(value + part, FractionDecimals(part), afterPart, false, false, false);
            }

            return true;
        }

        if (VulgarFraction(doc.TokenText(k)) is { } alone)
        {
            // "½ cup", "the result is ⅔"
            core = new NumberCore(alone, FractionDecimals(alone), k + 1, false, false, false);
            return true;
        }

        if (token.Kind != TokenKind.Word)
        {
            return false;
        }

        if (!TryWord(doc, k, out var first))
        {
            // "a third", "a dozen", "a million"
            if ((doc.Is(k, "a") || doc.Is(k, "an")) && k + 1 < end && TryWord(doc, k + 1, out var next))
            {
                // "a third of", "a quarter more", but not "an eighth straight meeting" (an ordinal)
                if (next.Kind == NumberWordKind.Denominator && !(doc.Is(k + 1, "quarter") && IsPeriodWord(doc, k + 2)) && FractionFollower(doc, k + 2, end))
                {
                    core = OfALargeScale(doc, k + 2, 1 / next.Value) ?? Fraction(1, next.Value, k + 2);
                    return true;
                }

                // "a quarter million", "a half billion"
                if (next.Kind == NumberWordKind.Denominator && next.Value is 2 or 4 && IsLargeScale(doc, k + 2))
                {
                    core = new NumberCore(1 / next.Value, FractionDecimals(1 / next.Value), k + 2, true, false, false);
                    return true;
                }

                if (next.Kind == NumberWordKind.Cardinal && OrdinalFractions.TryCompound(this, doc, k + 1, end, out decimal ordinal, out int afterOrdinal))
                {
                    // "a twenty-fifth of"
                    core = Fraction(1, ordinal, afterOrdinal);
                    return true;
                }

                if (next.Kind == NumberWordKind.Scale && ReadCompound(doc, k, end, 1, out decimal scaled) is var afterScaled
                    && OrdinalFractions.TryRead(this, doc, k, afterScaled, end, scaled, out core))
                {
                    // "a hundred trillionths"
                    return true;
                }

                if (next.Kind == NumberWordKind.Scale && ReadCompound(doc, k, end, 1, out decimal more) is var afterMore && afterMore > k + 2)
                {
                    // "a hundred and two", "a thousand five hundred": "a" is one
                    core = new NumberCore(more, -1, afterMore, true, false, false);
                    return true;
                }

                if (next.Kind is NumberWordKind.Dozen or NumberWordKind.Scale)
                {
                    core = new NumberCore(next.Value, -1, k + 2, true, false, false);
                    return true;
                }
            }

            return false;
        }

        switch (first.Kind)
        {
            case NumberWordKind.Multiplier:
                core = new NumberCore(first.Value, -1, k + 1, true, false, true);
                return true;
            case NumberWordKind.MultiplierNoun:
                if (k + 1 < end && (doc.Is(k + 1, "the") || doc.Is(k + 1, "that") || doc.Is(k + 1, "what") || doc.Is(k + 1, "as") || doc.Is(k + 1, "its") || doc.Is(k + 1, "their")))
                {
                    core = new NumberCore(first.Value, -1, k + 1, true, false, true);
                    return true;
                }

                return false;
            case NumberWordKind.Denominator when first.Value is 2 or 4 && IsLargeScale(doc, k + 1):
                // "half million", "quarter million": the scale word after multiplies it
                core = new NumberCore(1 / first.Value, FractionDecimals(1 / first.Value), k + 1, true, false, false);
                return true;
            case NumberWordKind.Denominator when doc.Is(k, "half") && doc.Is(k + 1, "a") && TryWord(doc, k + 2, out var halfDozen) && halfDozen.Kind == NumberWordKind.Dozen:
                // "half a dozen"
                core = new NumberCore(halfDozen.Value / 2, -1, k + 3, true, false, false);
                return true;
            case NumberWordKind.Denominator when doc.Is(k, "half") && doc.Is(k + 1, "a") && IsLargeScale(doc, k + 2):
                // "half a million"
                core = new NumberCore(0.5m, FractionDecimals(0.5m), k + 2, true, false, false);
                return true;
            case NumberWordKind.Denominator when doc.Is(k, "half"):
                // "half of the victims" is 50 percent; "the first half of the year" is a period.
                if (k + 1 < end && doc.Is(k + 1, "of") && !IsOrdinal(doc, k - 1) && !IsPeriodWord(doc, k + 2) && !(doc.Is(k + 2, "the") && IsPeriodWord(doc, k + 3)))
                {
                    core = Fraction(1, 2, k + 1);
                    return true;
                }

                // "more than half said", "nearly half the staff": a share bounded or hedged without "of"
                if (doc.IsAny(k - 1, HalfQualifiers) && !IsPeriodWord(doc, k + 1) && !(doc.Is(k + 1, "the") && IsPeriodWord(doc, k + 2)))
                {
                    core = Fraction(1, 2, k + 1);
                    return true;
                }

                return false;
            case NumberWordKind.Cardinal:
                break;
            default:
                return false;
        }

        // twenty-one, twenty one, one hundred and six, two thousand and five, one million two hundred thousand
        int after = ReadCompound(doc, k, end, first.Value, out decimal total);
        if (PointDigits(doc, after, end, out decimal tail, out int places, out int afterPoint))
        {
            // "two point five", "nine point nought four", "two hundred point seventy-one"
            core = new NumberCore(total + tail, places, afterPoint, true, false, false);
            return true;
        }

        if (OrdinalFractions.TryRead(this, doc, k, after, end, total, out core))
        {
            // "one twenty-fifth", "fifty-four hundredths"
            return true;
        }

        if (OrdinalFractions.IsRankAfter(this, doc, after, end))
        {
            // "the twenty-first century", "its forty-second season": a rank
            return false;
        }

        // two-thirds, two thirds, one-third, three quarters
        int fracAt = after < end && doc.TokenText(after) is "-" ? after + 1 : after;
        if (fracAt < end && TryWord(doc, fracAt, out var denominator) && denominator.Kind == NumberWordKind.Denominator && denominator.Value <= 10
            && (total <= 10 || (denominator.Value >= 5 && doc.TokenText(fracAt)[^1] is 's' or 'S'))
            && !(doc.Is(fracAt, "quarter") && IsPeriodWord(doc, fracAt + 1)) && !doc.Is(fracAt, "half"))
        {
            // "three quarters billion" is a number the scanner scales; "two-thirds of a million" too
            core = IsLargeScale(doc, fracAt + 1) ? new NumberCore(total / denominator.Value, 2, fracAt + 1, true, false, false)
                : OfALargeScale(doc, fracAt + 1, total / denominator.Value) ?? Fraction(total, denominator.Value, fracAt + 1);
            return true;
        }

        if (after < end && TryWord(doc, after, out var dozen) && dozen.Kind == NumberWordKind.Dozen)
        {
            core = new NumberCore(total * dozen.Value, -1, after + 1, true, false, false);
            return true;
        }

        if (after < end && TryWord(doc, after, out var hundred) && hundred.Kind == NumberWordKind.Scale && hundred.Value == 100)
        {
            total *= 100;
            after++;
        }

        if (AndAFraction(doc, after, end, out decimal fraction, out int afterFraction))
        {
            // "two and a half (million)"
            core = new NumberCore(total + fraction, FractionDecimals(fraction), afterFraction, true, false, false);
            return true;
        }

        core = new NumberCore(total, -1, after, true, false, false);
        shares.TryShare(doc, after, end, total, ref core);
        return true;
    }

    /// <summary>
    /// Reads cardinal words from token <paramref name="k"/> (whose value is <paramref name="firstValue"/>) into one
    /// number and returns the token after them. A scale word (thousand, million) is taken inside the number only when
    /// more number words follow it or an earlier scale was taken; otherwise the scanner applies it, with its precision.
    /// </summary>
    internal int ReadCompound(AnalyzedDocument doc, int k, int end, decimal firstValue, out decimal total)
    {
        decimal done = 0, group = firstValue, lastScale = decimal.MaxValue;
        int after = k + 1;
        // where "and" began the group after a scale ("one thousand and one"), -1 when it did not
        int andAt = -1;
        while (after < end)
        {
            int at = after;
            if (doc.TokenText(at) is "-" && group % 100 >= 20 && group % 10 == 0 && TryWord(doc, at + 1, out var unit)
                && unit.Kind == NumberWordKind.Cardinal && unit.Value is >= 1 and < 10)
            {
                group += unit.Value;
                after = at + 2;
                continue;
            }

            bool and = doc.Is(at, "and");
            if (and)
            {
                at++;
            }

            if (!TryWord(doc, at, out var word))
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

            int look = doc.Is(at + 1, "and") ? at + 2 : at + 1;
            bool more = TryWord(doc, look, out var following) && following.Kind == NumberWordKind.Cardinal && following.Value >= 1 && !IsFractionAt(doc, look);
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
            after = at + 1;
        }

        total = done + group;
        return after;
    }

    // "two thirds of a million", "a third of a billion": the fraction of the scale word, which the scanner applies
    private NumberCore? OfALargeScale(AnalyzedDocument doc, int at, decimal fraction) =>
        doc.Is(at, "of") && (doc.Is(at + 1, "a") || doc.Is(at + 1, "an")) && IsLargeScale(doc, at + 2)
            ? new NumberCore(fraction, 2, at + 2, true, false, false)
            : null;

    // a count smaller than the denominator after it: "three quarters", "two thirds", "fifty-four hundredths"
    private bool IsFractionAt(AnalyzedDocument doc, int at) => FractionAt(doc, at, doc.Tokens.Count, out _, out _);

    // the numerator and denominator of "three quarters" or "fifty-four hundredths" at token at
    private bool FractionAt(AnalyzedDocument doc, int at, int end, out decimal fraction, out int after)
    {
        fraction = 0;
        after = at;
        if (!TryWord(doc, at, out var count) || count.Kind != NumberWordKind.Cardinal || count.Value < 1)
        {
            return false;
        }

        int denominatorAt = ReadTens(doc, at, end, count.Value, out decimal numerator);
        if (denominatorAt >= end || !TryWord(doc, denominatorAt, out var denominator) || denominator.Kind != NumberWordKind.Denominator || numerator >= denominator.Value)
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
        if (tens is >= 20 and < 100 && tens % 10 == 0 && unitAt < end && TryWord(doc, unitAt, out var unit) && unit.Kind == NumberWordKind.Cardinal && unit.Value is >= 1 and < 10)
        {
            value = tens + unit.Value;
            return unitAt + 1;
        }

        return at + 1;
    }

    // "point five", "point nought four", "point seventy-one": the decimals of a number written in words
    private bool PointDigits(AnalyzedDocument doc, int at, int end, out decimal tail, out int places, out int after)
    {
        tail = 0;
        places = 0;
        after = at;
        if (at + 1 >= end || !doc.Is(at, "point"))
        {
            return false;
        }

        int k = at + 1;
        if (TryWord(doc, k, out var tens) && tens.Kind == NumberWordKind.Cardinal && tens.Value is >= 10 and < 100)
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
            tail += value / Pow10(places);
            k++;
        }

        after = k;
        return places > 0 && places <= 10;
    }

    private decimal? DigitWord(AnalyzedDocument doc, int k) =>
        doc.IsAny(k, QuantityWords.ZeroWords) ? 0
        : TryWord(doc, k, out var digit) && digit.Kind == NumberWordKind.Cardinal && digit.Value is >= 1 and < 10 ? digit.Value
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

        if (!TryWord(doc, at + 2, out var denominator) || denominator.Kind != NumberWordKind.Denominator || denominator.Value < 2)
        {
            return false;
        }

        fraction = 1 / denominator.Value;
        after = at + 3;
        return true;
    }

    /// <summary>The value of a one-character fraction (½, ⅔, ¾); null for any other text.</summary>
    public static decimal? VulgarFraction(ReadOnlySpan<char> text)
    {
        if (text.Length != 1 || CharUnicodeInfo.GetUnicodeCategory(text[0]) != UnicodeCategory.OtherNumber)
        {
            return null;
        }

        double value = CharUnicodeInfo.GetNumericValue(text[0]);
        return value is > 0 and < 1 ? Math.Round((decimal)value, 15) : null;
    }

    // "half a million" is as precise as 0.5 million, "a quarter million" as 0.25 million
    public static int FractionDecimals(decimal fraction) => fraction * 10 == decimal.Truncate(fraction * 10) ? 1 : 2;

    private bool IsLargeScale(AnalyzedDocument doc, int k) => TryWord(doc, k, out var word) && word.Kind == NumberWordKind.Scale && word.Value > 100;

    public bool TryWord(AnalyzedDocument doc, int k, out (decimal Value, NumberWordKind Kind) word)
    {
        word = default;
        var text = doc.TokenText(k);
        if (text.Length is 0 or > 16 || doc.Tokens[k].Kind != TokenKind.Word)
        {
            return false;
        }

        Span<char> lower = stackalloc char[text.Length];
        text.ToLowerInvariant(lower);
        return lexicon.NumberWords.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(lower, out word);
    }

    /// <summary>
    /// Reads digits written with thousands dots and a decimal comma from token <paramref name="k"/>: the tokenizer
    /// keeps "184.000" whole but splits "3,2" and "1.234.567" at the separators, so the glued pieces are joined here.
    /// </summary>
    private static bool TryReadDecimalComma(AnalyzedDocument doc, int k, int end, out decimal value, out int decimals, out int after)
    {
        value = 0;
        decimals = 0;
        after = k + 1;
        var text = doc.TokenText(k);
        if (text.Contains(','))
        {
            // "1,5" cannot be one token; a token with a comma is an English thousands group, read as written
            return TryParseDigits(text, out value, out decimals);
        }

        int dot = text.IndexOf('.');
        bool groups = text.Count('.') >= 2;
        bool dotGroup = groups || (dot is >= 1 and <= 3 && text.Length - dot - 1 == 3 && text[0] != '0');
        if (!TryParseDigits(text, out value, out decimals))
        {
            return false;
        }

        if (dot >= 0 && !dotGroup)
        {
            return true;
        }

        value = decimal.Truncate(value * (dot >= 0 && !groups ? 1000m : 1m));
        decimals = 0;
        // further thousands groups: "1.234" "." "567"
        while (dotGroup && IsGluedPiece(doc, after, end, ".") && doc.TokenText(after + 1).Length == 3 && IsAllDigits(doc.TokenText(after + 1)))
        {
            value = value * 1000m + decimal.Parse(doc.TokenText(after + 1), CultureInfo.InvariantCulture);
            after += 2;
        }

        // the decimal part: "3" "," "2"
        if (IsGluedPiece(doc, after, end, ",") && IsAllDigits(doc.TokenText(after + 1)) && doc.TokenText(after + 1).Length <= 6)
        {
            var fraction = doc.TokenText(after + 1);
            decimals = fraction.Length;
            value += decimal.Parse(fraction, CultureInfo.InvariantCulture) / Pow10(decimals);
            after += 2;
        }

        return true;
    }

    // a separator glued to the digits before it and to digits after it
    private static bool IsGluedPiece(AnalyzedDocument doc, int at, int end, string separator) =>
        at + 1 < end && doc.TokenText(at).Equals(separator, StringComparison.Ordinal) && doc.Tokens[at].Start == doc.Tokens[at - 1].End
        && doc.Tokens[at + 1].Start == doc.Tokens[at].End && doc.Tokens[at + 1].Kind == TokenKind.Number;

    private static bool IsAllDigits(ReadOnlySpan<char> text) => text.Length > 0 && !text.ContainsAnyExcept("0123456789");

    private static decimal Pow10(int n)
    {
        decimal p = 1m;
        for (int i = 0; i < n; i++)
        {
            p *= 10m;
        }

        return p;
    }

    public static bool TryParseDigits(ReadOnlySpan<char> text, out decimal value, out int decimals)
    {
        value = 0;
        decimals = 0;
        if (text.Length > 26)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[text.Length];
        int n = 0;
        int dot = -1;
        // "1.234.567": several dots group thousands (the tokenizer keeps such a number whole), as spaces do in "40 000"
        bool dotGroups = text.Count('.') >= 2;
        foreach (char c in text)
        {
            if (c == ',' || (c == '.' && dotGroups) || char.IsWhiteSpace(c))
            {
                continue;
            }

            if (c == '.')
            {
                dot = n;
            }

            buffer[n++] = c;
        }

        decimals = dot < 0 ? 0 : n - dot - 1;
        return decimal.TryParse(buffer[..n], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    // the words before a "half" that make it a share even without "of"
    private static readonly FrozenSet<string> HalfQualifiers = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "than", "nearly", "almost", "about", "roughly", "around", "over", "under", "barely");

    private static bool FractionFollower(AnalyzedDocument doc, int k, int end) =>
        k >= end || doc.Tokens[k].Kind == TokenKind.Punct || doc.Is(k, "of") || doc.Is(k, "more") || doc.Is(k, "less")
        || doc.Is(k, "fewer") || doc.Is(k, "higher") || doc.Is(k, "lower") || doc.Is(k, "larger") || doc.Is(k, "smaller");

    // in percent, to hundredths; a share too small for hundredths ("a millionth") keeps its digits
    internal static NumberCore Fraction(decimal numerator, decimal denominator, int end)
    {
        decimal percent = numerator / denominator * 100m;
        decimal rounded = Math.Round(percent, 2);
        return new(rounded == 0 ? Math.Round(percent, 20) : rounded, -1, end, true, true, false);
    }

    private static bool IsOrdinal(AnalyzedDocument doc, int k) =>
        doc.Is(k, "first") || doc.Is(k, "second") || doc.Is(k, "latter") || doc.Is(k, "former") || doc.Is(k, "back") || doc.Is(k, "front");

    private static bool IsPeriodWord(AnalyzedDocument doc, int k) =>
        doc.Is(k, "year") || doc.Is(k, "decade") || doc.Is(k, "century") || doc.Is(k, "season")
        || doc.Is(k, "month") || doc.Is(k, "this") || doc.Is(k, "last") || doc.Is(k, "next")
        || (k < doc.Tokens.Count && doc.Tokens[k].Kind == TokenKind.Number && doc.Tokens[k].Span.Length == 4)
        || (k < doc.Tokens.Count && Lexicon.Months.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(doc.TokenText(k)));
}
