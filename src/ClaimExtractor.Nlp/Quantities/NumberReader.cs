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

    public NumberReader(QuantityLexicon lexicon) => this.lexicon = lexicon;

    public bool TryRead(AnalyzedDocument doc, int k, int end, out NumberCore core)
    {
        core = default;
        var token = doc.Tokens[k];
        if (token.Kind == TokenKind.Number)
        {
            if (!TryParseDigits(doc.TokenText(k), out decimal value, out int decimals))
            {
                return false;
            }

            core = new NumberCore(value, decimals, k + 1, false, false, false);
            TryShare(doc, k + 1, end, value, ref core);
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
                    core = Fraction(1, next.Value, k + 2);
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
            case NumberWordKind.Denominator when doc.Is(k, "half"):
                // "half of the victims" is 50 percent; "the first half of the year" is a period.
                if (k + 1 < end && doc.Is(k + 1, "of") && !IsOrdinal(doc, k - 1) && !IsPeriodWord(doc, k + 2) && !(doc.Is(k + 2, "the") && IsPeriodWord(doc, k + 3)))
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

        // twenty-one, twenty one
        decimal total = first.Value;
        int after = k + 1;
        if (first.Value >= 20 && first.Value < 100 && after + 1 < end && doc.TokenText(after) is "-" && TryWord(doc, after + 1, out var unit) && unit.Kind == NumberWordKind.Cardinal && unit.Value < 10)
        {
            total += unit.Value;
            after += 2;
        }

        // two-thirds, two thirds, one-third, three quarters
        int fracAt = after < end && doc.TokenText(after) is "-" ? after + 1 : after;
        if (fracAt < end && TryWord(doc, fracAt, out var denominator) && denominator.Kind == NumberWordKind.Denominator && total <= 10
            && !(doc.Is(fracAt, "quarter") && IsPeriodWord(doc, fracAt + 1)) && !doc.Is(fracAt, "half"))
        {
            core = Fraction(total, denominator.Value, fracAt + 1);
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

        core = new NumberCore(total, -1, after, true, false, false);
        TryShare(doc, after, end, total, ref core);
        return true;
    }

    public bool TryWord(AnalyzedDocument doc, int k, out (decimal Value, NumberWordKind Kind) word)
    {
        word = default;
        var text = doc.TokenText(k);
        if (text.Length > 16 || doc.Tokens[k].Kind != TokenKind.Word)
        {
            return false;
        }

        Span<char> lower = stackalloc char[text.Length];
        text.ToLowerInvariant(lower);
        return lexicon.NumberWords.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(lower, out word);
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
        foreach (char c in text)
        {
            if (c == ',')
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

    // "one in five", "3 out of 10": a share in percent.
    private bool TryShare(AnalyzedDocument doc, int after, int end, decimal numerator, ref NumberCore core)
    {
        int denominatorAt = doc.Is(after, "in") ? after + 1 : doc.Is(after, "out") && doc.Is(after + 1, "of") ? after + 2 : -1;
        if (denominatorAt < 0 || denominatorAt >= end)
        {
            return false;
        }

        decimal denominator;
        if (doc.Tokens[denominatorAt].Kind == TokenKind.Number)
        {
            if (!TryParseDigits(doc.TokenText(denominatorAt), out denominator, out int d) || d > 0 || denominator > 1000)
            {
                return false;
            }
        }
        else if (TryWord(doc, denominatorAt, out var word) && word.Kind == NumberWordKind.Cardinal)
        {
            denominator = word.Value;
        }
        else
        {
            return false;
        }

        if (denominator <= numerator || denominator == 0)
        {
            return false;
        }

        core = Fraction(numerator, denominator, denominatorAt + 1);
        return true;
    }

    private static bool FractionFollower(AnalyzedDocument doc, int k, int end) =>
        k >= end || doc.Tokens[k].Kind == TokenKind.Punct || doc.Is(k, "of") || doc.Is(k, "more") || doc.Is(k, "less")
        || doc.Is(k, "fewer") || doc.Is(k, "higher") || doc.Is(k, "lower") || doc.Is(k, "larger") || doc.Is(k, "smaller");

    private static NumberCore Fraction(decimal numerator, decimal denominator, int end) =>
        new(Math.Round(numerator / denominator * 100m, 2), -1, end, true, true, false);

    private static bool IsOrdinal(AnalyzedDocument doc, int k) =>
        doc.Is(k, "first") || doc.Is(k, "second") || doc.Is(k, "latter") || doc.Is(k, "former") || doc.Is(k, "back") || doc.Is(k, "front");

    private static bool IsPeriodWord(AnalyzedDocument doc, int k) =>
        doc.Is(k, "year") || doc.Is(k, "decade") || doc.Is(k, "century") || doc.Is(k, "season")
        || doc.Is(k, "month") || doc.Is(k, "this") || doc.Is(k, "last") || doc.Is(k, "next")
        || (k < doc.Tokens.Count && doc.Tokens[k].Kind == TokenKind.Number && doc.Tokens[k].Span.Length == 4)
        || (k < doc.Tokens.Count && Lexicon.Months.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(doc.TokenText(k)));
}
