namespace ClaimExtractor.Nlp.Quantities;

/// <summary>
/// International phone numbers: "+44 20 7946 0958", "+1 (212) 555-0100", "+254-20-123456": a plus sign glued to digits
/// that run on, in groups split by spaces, hyphens, dots or brackets, to eight digits or more. A sign before a figure
/// ("+2.3%", "+1,200") has too few digits to be one.
/// </summary>
internal static class PhoneNumbers
{
    private const int MaxLength = 24;

    private const int MinDigits = 8;

    /// <summary>True when the digits at <paramref name="offset"/> belong to an international phone number.</summary>
    public static bool Inside(string text, int offset)
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

    private static bool IsPhoneChar(char c) => char.IsAsciiDigit(c) || c is ' ' or '-' or '.' or '(' or ')';
}
