using ClaimExtractor.Nlp.Models;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Quantities;

/// <summary>
/// A one-letter currency glued to its amount, as African news writes it: "R5bn" (rand), "N1.7 trillion" (naira),
/// "K3.2bn" (kwacha). The letter is a currency only where the story names its country, city or currency (the context
/// words in <c>quantities/letter-currencies.tsv</c>); elsewhere "K3m" and "R5bn" are labels, and a lone "K" is never a
/// thousand ("5K" is).
/// </summary>
internal static class LetterCurrencies
{
    /// <summary>The currency of the letter at <paramref name="k"/> glued to the number after it, if the story names its place.</summary>
    public static UnitEntry? Read(IReadOnlyList<LetterCurrency> letters, AnalyzedDocument doc, int k, int end)
    {
        if (k + 1 >= end || doc.Tokens[k].Span.Length != 1 || !IsGluedLetter(doc, k + 1))
        {
            return null;
        }

        var letter = doc.TokenText(k);
        foreach (var (candidate, entry, context) in letters)
        {
            if (letter.SequenceEqual(candidate) && NamesAny(doc.Text, context))
            {
                return entry;
            }
        }

        return null;
    }

    /// <summary>A number glued after a lone letter ("K3m"): a currency's amount or part of a label, never a figure alone.</summary>
    public static bool IsGluedLetter(AnalyzedDocument doc, int number) =>
        number > 0 && doc.Tokens[number].Kind == TokenKind.Number && doc.Tokens[number - 1].Kind == TokenKind.Word
        && doc.Tokens[number - 1].Span.Length == 1 && doc.Tokens[number - 1].End == doc.Tokens[number].Start;

    private static bool NamesAny(string text, IEnumerable<string> words)
    {
        foreach (string word in words)
        {
            if (Names(text, word))
            {
                return true;
            }
        }

        return false;
    }

    // the word as a whole word ("rand", not "brand" or "random")
    private static bool Names(string text, string word)
    {
        for (int at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            int after = at + word.Length;
            if ((at == 0 || !char.IsLetter(text[at - 1])) && (after == text.Length || !char.IsLetter(text[after])))
            {
                return true;
            }
        }

        return false;
    }
}
