using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Quantities;

/// <summary>
/// A count written as an adjective: a whole number of two or more glued by a hyphen to the lower-case noun it counts
/// ("a three-game winning streak", "five-spoke wheels", "a 12-page report", "a 20-member team"). News readers take it as
/// that many games, spokes, pages or members. Idioms ("two-way", "two-faced"), function words ("3-for-4") and single
/// letters ("3-D", "10-K") are not counted nouns.
/// </summary>
internal static class CountAdjectives
{
    private static readonly WordSet Idioms = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "way", "ways", "sided", "faced", "off", "fold", "nil", "love", "all", "nothing", "something", "somethings", "ish", "figure",
        "figures");

    /// <summary>The noun glued after the number that ends before <paramref name="after"/>, or null.</summary>
    public static string? Noun(AnalyzedDocument doc, Sentence sentence, int after, decimal value)
    {
        int word = after + 1;
        if (value < 2 || value != decimal.Truncate(value) || word >= sentence.EndToken || !UnitPass.IsGluedHyphen(doc, after, sentence.EndToken)
            || doc.Tokens[word].Kind != TokenKind.Word || doc.Tokens[word].Span.Length < 3 || !char.IsLower(doc.TokenText(word)[0])
            || doc.IsAny(word, Lexicon.FunctionWords) || doc.IsAny(word, Idioms) || doc.Is(word + 1, "-") && doc.Is(word + 2, "old"))
        {
            return null;
        }

        return doc.TokenText(word).ToString();
    }
}
