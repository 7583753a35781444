using ClaimExtractor.Core.Quantities;
using ClaimExtractor.Nlp.Models;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Quantities;

/// <summary>
/// Feet and inches written with prime marks glued to the number: a 65" screen, an 8'' wrench, 6′2″, 6'2". A straight
/// double quote is an inch mark only where no quotation is open before it in the sentence (otherwise it closes the
/// quote: "we sold 5"); a straight single quote is a foot mark only before the inches that complete it ("6'2""), as it
/// is too often an apostrophe or a closing quote alone.
/// </summary>
internal static class PrimeMarks
{
    private static readonly UnitEntry Inches = new(Unit.Measure("in"), Prefix: false, Suffix: true);
    private static readonly UnitEntry Feet = new(Unit.Measure("ft"), Prefix: false, Suffix: true);

    /// <summary>The unit of the prime mark at <paramref name="k"/> glued to the number before it, and the token after the mark.</summary>
    public static UnitEntry? Read(AnalyzedDocument doc, int k, int end, out int after)
    {
        after = k;
        if (k < 1 || doc.Tokens[k - 1].Kind != TokenKind.Number || doc.Tokens[k].Start != doc.Tokens[k - 1].End || LetterFollows(doc, k))
        {
            return null;
        }

        var mark = doc.TokenText(k);
        if (mark is "″" || (mark is "\"" && !QuoteOpen(doc, k) && !(k + 1 < end && doc.Tokens[k + 1].Start == doc.Tokens[k].End && doc.Tokens[k + 1].Kind == TokenKind.Number)))
        {
            after = k + 1;
            return Inches;
        }

        if (mark is not ("'" or "′"))
        {
            return null;
        }

        if (IsSecondPrime(doc, k + 1, end) && !LetterFollows(doc, k + 1))
        {
            // 8'': two single primes are an inch mark
            after = k + 2;
            return Inches;
        }

        if (mark is "′")
        {
            // an 8′ wall: the typographic prime is never an apostrophe
            after = k + 1;
            return Feet;
        }

        // 6'2": a foot mark before the inches
        int inches = k + 1;
        if (inches + 1 < end && doc.Tokens[inches].Kind == TokenKind.Number && doc.Tokens[inches].Start - doc.Tokens[k].End <= 1
            && doc.Tokens[inches + 1].Start == doc.Tokens[inches].End && doc.TokenText(inches + 1) is "\"" or "″" or "'" or "′")
        {
            after = k + 1;
            return Feet;
        }

        return null;
    }

    private static bool IsSecondPrime(AnalyzedDocument doc, int k, int end) =>
        k < end && doc.Tokens[k].Start == doc.Tokens[k - 1].End && doc.TokenText(k) is "'" or "′";

    // a mark ends its figure: "5\"long" and "5'o" are not marks
    private static bool LetterFollows(AnalyzedDocument doc, int k)
    {
        int next = doc.Tokens[k].End;
        return next < doc.Text.Length && char.IsLetter(doc.Text[next]);
    }

    // an odd number of straight double quotes before the mark in its sentence (inch marks glued to a number aside): a
    // quotation is open, and this closes it
    private static bool QuoteOpen(AnalyzedDocument doc, int k)
    {
        var sentence = doc.Sentences[doc.Tokens[k].Sentence];
        int quotes = 0;
        for (int i = sentence.FirstToken; i < k; i++)
        {
            if (doc.TokenText(i) is "\"" && !(i > sentence.FirstToken && doc.Tokens[i - 1].Kind == TokenKind.Number && doc.Tokens[i - 1].End == doc.Tokens[i].Start))
            {
                quotes++;
            }
        }

        return quotes % 2 == 1;
    }
}
