namespace ClaimExtractor.Nlp.Quantities;

/// <summary>
/// International phone numbers: "+44 20 7946 0958", "+1 (212) 555-0100", "+254-20-123456": a plus sign glued to digits
/// that run on, in groups split by spaces, hyphens, dots or brackets, to eight digits or more. A sign before a figure
/// ("+2.3%", "+1,200") has too few digits to be one. National numbers open with the trunk zero: "0800 555 0123".
/// </summary>
internal static class PhoneNumbers
{
    private const int MaxLength = 24;

    private const int MinDigits = 8;

    /// <summary>True when the digits at <paramref name="offset"/> belong to an international or national phone number.</summary>
    public static bool Inside(string text, int offset) => InsideInternational(text, offset) || InsideNational(text, offset);

    // "0800 555 0123", "(020) 7946 0958", "020-7946-0958": a trunk zero opening groups of nine digits or more
    private static bool InsideNational(string text, int offset)
    {
        int start = offset;
        while (start > 0 && offset - start <= MaxLength && IsNationalChar(text[start - 1]))
        {
            start--;
        }

        while (start < offset && !char.IsAsciiDigit(text[start]))
        {
            start++;
        }

        if (text[start] != '0' || start + 1 >= text.Length || !char.IsAsciiDigit(text[start + 1]) || (start > 0 && char.IsLetterOrDigit(text[start - 1])))
        {
            return false;
        }

        int digits = 0, groups = 1;
        for (int i = start; i < text.Length && i - start <= MaxLength && IsNationalChar(text[i]); i++)
        {
            digits += char.IsAsciiDigit(text[i]) ? 1 : 0;
            groups += i > start && char.IsAsciiDigit(text[i]) && !char.IsAsciiDigit(text[i - 1]) ? 1 : 0;
        }

        return digits >= MinDigits + 1 && groups >= 2;
    }

    private static bool InsideInternational(string text, int offset)
    {
        int plus = offset - 1;
        while (plus >= 0 && offset - plus <= MaxLength && text[plus] != '+' && IsPhoneChar(text[plus]))
        {
            plus--;
        }

        if (plus < 0 || text[plus] != '+' || offset - plus > MaxLength || plus + 1 >= text.Length || !char.IsAsciiDigit(text[plus + 1])
            || (plus > 0 && char.IsLetterOrDigit(text[plus - 1])))
        {
            return false;
        }

        int digits = 0;
        for (int i = plus + 1; i < text.Length && i - plus <= MaxLength && IsPhoneChar(text[i]); i++)
        {
            digits += char.IsAsciiDigit(text[i]) ? 1 : 0;
        }

        return digits >= MinDigits;
    }

    private static bool IsNationalChar(char c) => char.IsAsciiDigit(c) || c is ' ' or '-' or '(' or ')';

    private static bool IsPhoneChar(char c) => char.IsAsciiDigit(c) || c is ' ' or '-' or '.' or '(' or ')';
}
