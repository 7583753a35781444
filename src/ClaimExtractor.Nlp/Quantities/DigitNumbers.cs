using System.Globalization;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Quantities;

/// <summary>
/// Numbers written in digits: "4,500", "1.6", "1.234.567" and, where a document writes them so, "184.000" and "3,2";
/// and one-character fractions (½, ⅔).
/// </summary>
internal static class DigitNumbers
{
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

    /// <summary>
    /// Reads digits written with thousands dots and a decimal comma from token <paramref name="k"/>: the tokenizer
    /// keeps "184.000" whole but splits "3,2" and "1.234.567" at the separators, so the glued pieces are joined here.
    /// </summary>
    public static bool TryReadDecimalComma(AnalyzedDocument doc, int k, int end, out decimal value, out int decimals, out int after)
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

    /// <summary>
    /// "1.111,11" at token <paramref name="k"/>: thousands dots in groups of three, then a glued comma and one or two
    /// digits. No English number is written so (a list puts a space after its comma), so it is read the European way
    /// whatever the rest of the document does.
    /// </summary>
    public static bool IsDecimalCommaShape(AnalyzedDocument doc, int k, int end)
    {
        var text = doc.TokenText(k);
        int dot = text.IndexOf('.');
        if (dot is < 1 or > 3 || text[0] == '0' || text.Contains(',') || (text.Length - dot) % 4 != 0)
        {
            return false;
        }

        for (int i = dot; i < text.Length; i += 4)
        {
            if (text[i] != '.')
            {
                return false;
            }
        }

        int after = k + 1;
        return IsGluedPiece(doc, after, end, ",") && doc.TokenText(after + 1).Length <= 2 && IsAllDigits(doc.TokenText(after + 1))
            && !(after + 3 < end && doc.TokenText(after + 2) is "," or "." or "/" && doc.Tokens[after + 2].Start == doc.Tokens[after + 1].End
                && doc.Tokens[after + 3].Start == doc.Tokens[after + 2].End && doc.Tokens[after + 3].Kind == TokenKind.Number);
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

    public static decimal Pow10(int n)
    {
        decimal p = 1m;
        for (int i = 0; i < n; i++)
        {
            p *= 10m;
        }

        return p;
    }

    // a separator glued to the digits before it and to digits after it
    private static bool IsGluedPiece(AnalyzedDocument doc, int at, int end, string separator) =>
        at + 1 < end && doc.TokenText(at).Equals(separator, StringComparison.Ordinal) && doc.Tokens[at].Start == doc.Tokens[at - 1].End
        && doc.Tokens[at + 1].Start == doc.Tokens[at].End && doc.Tokens[at + 1].Kind == TokenKind.Number;

    private static bool IsAllDigits(ReadOnlySpan<char> text) => text.Length > 0 && !text.ContainsAnyExcept("0123456789");
}
