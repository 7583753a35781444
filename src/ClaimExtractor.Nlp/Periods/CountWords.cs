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
    // a count of units is small: up to a dozen in words ("three weeks"), below 200 in digits
    private const int MaxWordCount = 12;

    /// <summary>The count at token <paramref name="i"/>, or null; "a" and "an" count one only when <paramref name="article"/>.</summary>
    public static int? Read(AnalyzedDocument doc, int i, bool article)
    {
        if (i < 0 || i >= doc.Tokens.Count || (!article && (doc.Is(i, "a") || doc.Is(i, "an"))))
        {
            return null;
        }

        if (doc.Is(i, "a") || doc.Is(i, "an"))
        {
            return 1;
        }

        if (NumberNames.Values.TryGetValue(doc.TokenText(i), out int word) && word <= MaxWordCount)
        {
            return word;
        }

        return doc.Tokens[i].Kind == TokenKind.Number
            && int.TryParse(doc.TokenText(i), NumberStyles.None, CultureInfo.InvariantCulture, out int digits) && digits is > 0 and < 200
            ? digits : null;
    }
}
