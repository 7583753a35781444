using System.Globalization;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Quantities;

/// <summary>
/// Reads a power written after digits: scientific notation ("1.5e6", "12.32e+14", "4e-3"), a power of ten
/// ("1.3x10^6", "6.23 × 10^-4", "2.48×10−5") or of another base ("8x2^10") and a power of the number itself ("10^6", "1.1^23"). The result is
/// a factor the number is multiplied by, so the precision it was written with scales with it ("1.3e6" is 1.25 to
/// 1.35 million).
/// </summary>
internal static class Exponents
{
    private const int MaxExponent = 24;

    /// <summary>
    /// Reads a power after the number <paramref name="number"/> that ends at token <paramref name="at"/>; returns the
    /// factor to multiply it by and the token after the power.
    /// </summary>
    public static bool TryRead(AnalyzedDocument doc, int at, int end, NumberCore number, out decimal factor, out int after)
    {
        factor = 1m;
        after = at;
        if (at >= end || number.IsWord || doc.Tokens[at].Start != doc.Tokens[at - 1].End)
        {
            return false;
        }

        var text = doc.TokenText(at);
        // "1.5e6" (one token "e6"), "12.32e+14" and "4e-3" ("e", a sign, digits)
        if (text.Length >= 1 && text[0] is 'e' or 'E' && doc.Tokens[at].Kind == TokenKind.Word)
        {
            if (text.Length > 1 && int.TryParse(text[1..], NumberStyles.None, CultureInfo.InvariantCulture, out int glued))
            {
                return Power(10, glued, at + 1, out factor, out after);
            }

            return text.Length == 1 && SignedExponent(doc, at + 1, end, out int signed, out int afterSigned) && Power(10, signed, afterSigned, out factor, out after);
        }

        // "1.3x10^6" (one token "x10"), "1.3 × 10^6", "2.48×10−5"; another base after a caret: "8x2^10"
        int radixAt = -1;
        int radix = 0;
        if (text.Length is >= 2 and <= 3 && text[0] is 'x' && int.TryParse(text[1..], NumberStyles.None, CultureInfo.InvariantCulture, out int gluedRadix))
        {
            radixAt = at;
            radix = gluedRadix;
        }
        else if (text is "x" or "×" && at + 1 < end && doc.Tokens[at + 1].Start == doc.Tokens[at].End
            && int.TryParse(doc.TokenText(at + 1), NumberStyles.None, CultureInfo.InvariantCulture, out int apart))
        {
            radixAt = at + 1;
            radix = apart;
        }

        if (radixAt >= 0 && radix is >= 2 and <= 16)
        {
            int caret = doc.TokenText(radixAt + 1) is "^" ? radixAt + 2 : radixAt + 1;
            // a minus sign alone marks a power of ten ("10−5"); another base needs its caret
            bool written = caret == radixAt + 2 || (radix == 10 && doc.TokenText(radixAt + 1) is "\u2212");
            return written && SignedExponent(doc, caret, end, out int power, out int afterPower) && Power(radix, power, afterPower, out factor, out after);
        }

        // "10^6", "1.1^23": the number raised to a power
        if (text is "^" && SignedExponent(doc, at + 1, end, out int exponent, out int afterExponent))
        {
            if (number.Value == 10m)
            {
                // 10^6 is 10 times 10^5, exactly
                return Power(10, exponent - 1, afterExponent, out factor, out after);
            }

            double raised = Math.Pow((double)number.Value, exponent);
            if (number.Value <= 0 || !double.IsFinite(raised) || raised is > 1e24 or < 1e-20)
            {
                return false;
            }

            factor = (decimal)raised / number.Value;
            after = afterExponent;
            return true;
        }

        return false;
    }

    // an exponent glued after its marker: "6", "+14", "-4", "−5"
    private static bool SignedExponent(AnalyzedDocument doc, int at, int end, out int exponent, out int after)
    {
        exponent = 0;
        after = at;
        int sign = 1;
        int k = at;
        if (k < end && doc.TokenText(k) is "+" or "-" or "\u2212" && doc.Tokens[k].Start == doc.Tokens[k - 1].End)
        {
            sign = doc.TokenText(k) is "+" ? 1 : -1;
            k++;
        }

        if (k >= end || doc.Tokens[k].Kind != TokenKind.Number || doc.Tokens[k].Start != doc.Tokens[k - 1].End
            || !int.TryParse(doc.TokenText(k), NumberStyles.None, CultureInfo.InvariantCulture, out int digits) || digits > MaxExponent)
        {
            return false;
        }

        exponent = sign * digits;
        after = k + 1;
        return true;
    }

    private static bool Power(int radix, int exponent, int afterExponent, out decimal factor, out int after)
    {
        factor = 1m;
        after = afterExponent;
        if (Math.Abs(exponent) > MaxExponent)
        {
            return false;
        }

        for (int i = 0; i < Math.Abs(exponent); i++)
        {
            factor = exponent > 0 ? factor * radix : factor / radix;
            if (factor is > 1e24m or < 1e-24m)
            {
                return false;
            }
        }

        return true;
    }
}
