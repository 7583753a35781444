using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Periods;

/// <summary>
/// Days of the month written as ordinal words, for the month reader: "first" to "thirty-first", hyphenated, spaced or
/// as one token ("twenty-first", "twenty first"). Cardinal words from 21 ("twenty one") only where the caller's phrase
/// closes the date: "in May twenty people died" is a count.
/// </summary>
internal static class DayWords
{
    private static readonly WordMap<int> Ordinals = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["first"] = 1,
        ["second"] = 2,
        ["third"] = 3,
        ["fourth"] = 4,
        ["fifth"] = 5,
        ["sixth"] = 6,
        ["seventh"] = 7,
        ["eighth"] = 8,
        ["ninth"] = 9,
        ["tenth"] = 10,
        ["eleventh"] = 11,
        ["twelfth"] = 12,
        ["thirteenth"] = 13,
        ["fourteenth"] = 14,
        ["fifteenth"] = 15,
        ["sixteenth"] = 16,
        ["seventeenth"] = 17,
        ["eighteenth"] = 18,
        ["nineteenth"] = 19,
        ["twentieth"] = 20,
        ["thirtieth"] = 30,
    }.ToWordMap(StringComparer.OrdinalIgnoreCase);

    private static readonly string[] Ones = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

    /// <summary>An ordinal day word at token <paramref name="i"/>, and the token after it.</summary>
    public static bool TryOrdinal(AnalyzedDocument doc, int i, int end, out int day, out int after)
    {
        day = 0;
        after = i;
        if (i < 0 || i >= end)
        {
            return false;
        }

        var word = doc.TokenText(i);
        int hyphen = word.IndexOf('-');
        if (hyphen > 0)
        {
            // "twenty-first" as one token
            day = Tens(word[..hyphen]) + Unit(word[(hyphen + 1)..]);
            after = i + 1;
            return day is > 20 and <= 31 && day % 10 != 0;
        }

        if (Tens(word) is > 0 and var tens)
        {
            int unit = doc.Is(i + 1, "-") && i + 2 < end ? i + 2 : i + 1;
            day = unit < end ? tens + Unit(doc.TokenText(unit)) : 0;
            after = unit + 1;
            return day > tens && day <= 31;
        }

        day = Ordinals.TryGetValue(word, out int d) ? d : 0;
        after = i + 1;
        return day > 0;
    }

    /// <summary>A day from 21 to 31 in cardinal words at token <paramref name="i"/> ("twenty one", "thirty-one"), and the token after it.</summary>
    public static bool TryCardinal(AnalyzedDocument doc, int i, int end, out int day, out int after)
    {
        day = 0;
        after = i;
        if (i < 0 || i >= end || Tens(doc.TokenText(i)) is not (> 0 and var tens))
        {
            return false;
        }

        int unit = doc.Is(i + 1, "-") ? i + 2 : i + 1;
        int ones = unit >= end ? 0 : Array.FindIndex(Ones, w => doc.Is(unit, w)) + 1;
        day = tens + ones;
        after = unit + 1;
        return ones > 0 && day <= 31;
    }

    /// <summary>Whether <paramref name="word"/> is an ordinal word from "first" to "thirty-first".</summary>
    public static bool IsOrdinal(ReadOnlySpan<char> word) => Ordinals.ContainsKey(word);

    /// <summary>The number an ordinal word ("eighth", "twenty-first") stands for, or 0.</summary>
    public static int OrdinalValue(ReadOnlySpan<char> word) => Ordinals.TryGetValue(word, out int value) ? value : 0;

    private static int Tens(ReadOnlySpan<char> word) =>
        word.Equals("twenty", StringComparison.OrdinalIgnoreCase) ? 20 : word.Equals("thirty", StringComparison.OrdinalIgnoreCase) ? 30 : 0;

    // "first" to "ninth" after "twenty" or "thirty"
    private static int Unit(ReadOnlySpan<char> word) =>
        Ordinals.TryGetValue(word, out int d) && d < 10 ? d : 0;
}
