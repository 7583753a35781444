using ClaimExtractor.Core.Quantities;
using ClaimExtractor.Nlp.Models;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Quantities;

/// <summary>
/// A one-letter currency glued to its amount, as African news writes it: "R5bn" (rand), "N1.7 trillion" (naira),
/// "K3.2bn" (kwacha). The letter is a currency only where the story names its country, city or currency; elsewhere
/// "K3m" and "R5bn" are labels, and a lone "K" is never a thousand ("5K" is).
/// </summary>
internal static class LetterCurrencies
{
    // the first entry whose place or currency the story names wins: Malawi's kwacha before Zambia's
    private static readonly (string Letter, UnitEntry Entry, string[] Context)[] Entries =
    [
        ("R", Currency("ZAR"), ["South Africa", "South African", "rand", "Johannesburg", "Cape Town", "Pretoria", "Durban", "JSE"]),
        ("N", Currency("NGN"), ["Nigeria", "Nigerian", "naira", "Lagos", "Abuja"]),
        ("K", Currency("MWK"), ["Malawi", "Malawian", "Lilongwe", "Blantyre"]),
        ("K", Currency("ZMW"), ["Zambia", "Zambian", "kwacha", "Lusaka"]),
    ];

    /// <summary>The letters the tokenizer splits from the amount glued after them.</summary>
    public static IEnumerable<string> Letters => Entries.Select(e => e.Letter).Distinct();

    /// <summary>The currency of the letter at <paramref name="k"/> glued to the number after it, if the story names its place.</summary>
    public static UnitEntry? Read(AnalyzedDocument doc, int k, int end)
    {
        if (k + 1 >= end || doc.Tokens[k].Span.Length != 1 || !IsGluedLetter(doc, k + 1))
        {
            return null;
        }

        var letter = doc.TokenText(k);
        foreach (var (candidate, entry, context) in Entries)
        {
            if (letter.SequenceEqual(candidate) && context.Any(word => Names(doc.Text, word)))
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

    private static UnitEntry Currency(string code) => new(Unit.Currency(code), Prefix: true, Suffix: false);
}
