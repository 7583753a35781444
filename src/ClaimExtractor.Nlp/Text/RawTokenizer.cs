
namespace ClaimExtractor.Nlp.Text;

/// <summary>
/// Splits characters into token spans for news text: numbers keep thousands commas and a decimal point
/// (4,500; $1.6), Indian groups (12,34,567) or thousands dots (1.234.567), abbreviations and initials keep their periods (U.S., Inc.), possessive 's is its own token,
/// hyphens and dashes stand alone (two-thirds is three tokens), and control characters are skipped.
/// </summary>
public static class RawTokenizer
{
    /// <summary>Reads one token starting at <paramref name="start"/> (which is not white space); returns its end and kind.</summary>
    public static int Read(ReadOnlySpan<char> text, int start, WordSet abbreviations, bool previousIsAdjacentWord, out TokenKind kind)
    {
        char c = text[start];
        if (char.IsAsciiDigit(c))
        {
            kind = TokenKind.Number;
            return ReadNumber(text, start);
        }

        // ".08", "a .45 share": a decimal point opening a number (not one ending a word or number before it)
        if (c == '.' && start + 1 < text.Length && char.IsAsciiDigit(text[start + 1]) && (start == 0 || char.IsWhiteSpace(text[start - 1])))
        {
            kind = TokenKind.Number;
            return ReadNumber(text, start + 1);
        }

        if (char.IsLetter(c))
        {
            kind = TokenKind.Word;
            return ReadWord(text, start, abbreviations);
        }

        if (IsApostrophe(c) && previousIsAdjacentWord && start + 1 < text.Length && text[start + 1] is 's' or 'S'
            && (start + 2 == text.Length || !char.IsLetter(text[start + 2])))
        {
            kind = TokenKind.Word;
            return start + 2;
        }

        if (char.IsHighSurrogate(c) && start + 1 < text.Length && char.IsLowSurrogate(text[start + 1]))
        {
            kind = TokenKind.Symbol;
            return start + 2;
        }

        kind = char.IsPunctuation(c) ? TokenKind.Punct : TokenKind.Symbol;
        return start + 1;
    }

    /// <summary>Splits a short phrase (a lexicon entry) into (start, end, kind) triples.</summary>
    public static List<(int Start, int End, TokenKind Kind)> Split(string phrase, WordSet abbreviations)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var tokens = new List<(int, int, TokenKind)>();
        int i = 0;
        while (i < phrase.Length)
        {
            if (IsSkippable(phrase[i]))
            {
                i++;
                continue;
            }

            bool adjacentWord = tokens.Count > 0 && tokens[^1].Item2 == i && tokens[^1].Item3 == TokenKind.Word;
            int end = Read(phrase, i, abbreviations, adjacentWord, out var kind);
            tokens.Add((i, end, kind));
            i = end;
        }

        return tokens;
    }

    /// <summary>
    /// Where the word [<paramref name="start"/>, <paramref name="end"/>) ends when it is one of
    /// <paramref name="prefixes"/> with only digits glued after it ("USD3", "RM42"), or digits and a short lower-case
    /// scale suffix ("Sh300bn", "Rs5m"), a lone letter only before a suffix or decimal ("R5bn", "N1.7"): before the digits; otherwise <paramref name="end"/>, so names with digits
    /// ("APT38", "G20", "CO2") stay whole.
    /// </summary>
    public static int GluedPrefixEnd(ReadOnlySpan<char> text, int start, int end, WordSet prefixes)
    {
        int digits = start;
        while (digits < end && char.IsLetter(text[digits]))
        {
            digits++;
        }

        if (digits == start || digits == end || !char.IsAsciiDigit(text[digits]))
        {
            return end;
        }

        int tail = digits;
        while (tail < end && char.IsAsciiDigit(text[tail]))
        {
            tail++;
        }

        // the scale suffixes glued to an amount are short and lower case: k, m, mn, bn, tn, trn, mil
        bool scaled = end - tail <= 3 && AllLowerAscii(text[tail..end]);
        // a lone letter only before a scale suffix or a decimal ("R5bn", "N1.7 trillion"): "K9", "N95" and "R2" stay whole
        if (digits - start == 1 && tail == end && !(end + 1 < text.Length && text[end] is '.' or ',' && char.IsAsciiDigit(text[end + 1])))
        {
            return end;
        }

        return scaled && prefixes.Contains(text[start..digits]) ? digits : end;
    }

    private static bool AllLowerAscii(ReadOnlySpan<char> letters)
    {
        foreach (char c in letters)
        {
            if (!char.IsAsciiLetterLower(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>White space and control characters separate tokens and are never part of one.</summary>
    public static bool IsSkippable(char c) => char.IsWhiteSpace(c) || char.IsControl(c) || c is '\u200B' or '\uFEFF' or '\u00AD';

    /// <summary>A straight or curly apostrophe.</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '’' or '‘';

    private static int ReadNumber(ReadOnlySpan<char> text, int start)
    {
        int i = start;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        // Indian grouping: "12,34,567", "1,00,000" (pairs of digits, then a last group of three)
        if (i - start <= 2 && IndianGroups(text, i) is > 0 and var indian)
        {
            i = indian;
        }

        // thousands groups: a comma followed by exactly three digits
        while (i < text.Length && text[i] == ',' && AllDigits(text, i + 1, 3) && (i + 4 == text.Length || !char.IsAsciiDigit(text[i + 4])))
        {
            i += 4;
        }

        // spaced thousands: "40 000", "1 234 567" (a space, no-break or thin space before each group of exactly three digits);
        // a group before a name is the name's number ("some 400 737 Max jets"), and a group before a percent sign is a
        // percentage of its own ("74 100%": a player's snaps, then his share of them)
        if (i - start <= 3)
        {
            while (i < text.Length && text[i] is ' ' or '\u00A0' or '\u202F' or '\u2009' && AllDigits(text, i + 1, 3) && (i + 4 == text.Length || !(char.IsLetterOrDigit(text[i + 4]) || text[i + 4] == '%'))
                && !(i + 5 < text.Length && text[i + 4] == ' ' && char.IsUpper(text[i + 5])))
            {
                i += 4;
            }
        }

        // thousands dots: "1.234.567" is one number (two or more groups of exactly three digits after at most three)
        if (i - start <= 3 && DotGroups(text, i) is var grouped && grouped >= 2)
        {
            return i + (4 * grouped);
        }

        if (i + 1 < text.Length && text[i] == '.' && char.IsAsciiDigit(text[i + 1]))
        {
            i++;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }
        }

        return i;
    }

    // where ",dd,dd,ddd" groups starting at i end (at least one pair, then three digits), or 0
    private static int IndianGroups(ReadOnlySpan<char> text, int i)
    {
        int pairs = 0;
        while (i + 3 < text.Length && text[i] == ',' && AllDigits(text, i + 1, 2) && text[i + 3] == ',')
        {
            pairs++;
            i += 3;
        }

        return pairs > 0 && i < text.Length && text[i] == ',' && AllDigits(text, i + 1, 3) && (i + 4 == text.Length || !char.IsAsciiDigit(text[i + 4])) ? i + 4 : 0;
    }

    // how many ".ddd" groups follow at i, each of exactly three digits
    private static int DotGroups(ReadOnlySpan<char> text, int i)
    {
        int groups = 0;
        while (i < text.Length && text[i] == '.' && AllDigits(text, i + 1, 3) && (i + 4 == text.Length || !char.IsAsciiDigit(text[i + 4])))
        {
            groups++;
            i += 4;
        }

        return groups;
    }

    private static bool AllDigits(ReadOnlySpan<char> text, int start, int count)
    {
        if (start + count > text.Length)
        {
            return false;
        }

        foreach (char c in text.Slice(start, count))
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static int ReadWord(ReadOnlySpan<char> text, int start, WordSet abbreviations)
    {
        // initials: U.S., U.K., a.m., e.g.
        if (start + 3 < text.Length && char.IsLetter(text[start]) && text[start + 1] == '.' && char.IsLetter(text[start + 2]) && text[start + 3] == '.')
        {
            int j = start;
            while (j + 1 < text.Length && char.IsLetter(text[j]) && text[j + 1] == '.' && (j + 2 >= text.Length || !char.IsLetter(text[j + 2]) || (j + 3 < text.Length && text[j + 3] == '.')))
            {
                j += 2;
            }

            if (j - start >= 4)
            {
                return j;
            }
        }

        int i = start;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                i++;
            }
            else if (IsApostrophe(c) && i + 1 < text.Length && char.IsLetter(text[i + 1])
                && !((text[i + 1] is 's' or 'S') && (i + 2 == text.Length || !char.IsLetter(text[i + 2]))))
            {
                i += 2;
            }
            else
            {
                break;
            }
        }

        if (i < text.Length && text[i] == '.' && i - start < 8
            && abbreviations.Contains(text[start..(i + 1)]))
        {
            return i + 1;
        }

        return i;
    }
}
