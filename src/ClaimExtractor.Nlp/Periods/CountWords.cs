using System.Collections.Frozen;
using System.Globalization;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Periods;

/// <summary>
/// How many units a relative phrase counts: "three" in "three weeks ago", "10" in "the next 10 days", "a" in "a week
/// from now" where the caller allows an article. Digits run below 200: a larger number is an amount, not a span of time.
/// </summary>
internal static class CountWords
{
    private static readonly FrozenDictionary<string, int> Words = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = 1,
        ["an"] = 1,
        ["one"] = 1,
        ["two"] = 2,
        ["three"] = 3,
        ["four"] = 4,
        ["five"] = 5,
        ["six"] = 6,
        ["seven"] = 7,
        ["eight"] = 8,
        ["nine"] = 9,
        ["ten"] = 10,
        ["twelve"] = 12,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The count at token <paramref name="i"/>, or null; "a" and "an" count one only when <paramref name="article"/>.</summary>
    public static int? Read(AnalyzedDocument doc, int i, bool article)
    {
        if (i < 0 || i >= doc.Tokens.Count || (!article && (doc.Is(i, "a") || doc.Is(i, "an"))))
        {
            return null;
        }

        if (Words.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(doc.TokenText(i), out int word))
        {
            return word;
        }

        return doc.Tokens[i].Kind == TokenKind.Number
            && int.TryParse(doc.TokenText(i), NumberStyles.None, CultureInfo.InvariantCulture, out int digits) && digits is > 0 and < 200
            ? digits : null;
    }
}
