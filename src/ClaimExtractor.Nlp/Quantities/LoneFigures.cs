using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Quantities;

/// <summary>
/// A figure that is its whole sentence: a table cell, an answer, a line of its own ("Three.", "3/4", "- 10 k"). With no
/// words around it, it cannot be a pronoun, an idiom, a date's day or a bullet's first word, so its number words, its
/// slash and a sign set apart by a space read as they are written.
/// </summary>
internal static class LoneFigures
{
    /// <summary>True when nothing but punctuation stands in the sentence outside tokens [<paramref name="first"/>, <paramref name="end"/>).</summary>
    public static bool FillSentence(AnalyzedDocument doc, Sentence sentence, int first, int end) =>
        OnlyPunctuation(doc, sentence.FirstToken, first) && OnlyPunctuation(doc, end, sentence.EndToken);

    /// <summary>
    /// True when the tokens from <paramref name="from"/> to the sentence's end hold digits, punctuation and at most one
    /// single letter (a scale: "- 10 k"), so a sign before them belongs to them.
    /// </summary>
    public static bool OnlyDigitsFrom(AnalyzedDocument doc, Sentence sentence, int from)
    {
        int letters = 0;
        for (int i = from; i < sentence.EndToken; i++)
        {
            var kind = doc.Tokens[i].Kind;
            if (kind == TokenKind.Word && (doc.Tokens[i].Span.Length > 1 || ++letters > 1))
            {
                return false;
            }
        }

        return from < sentence.EndToken && doc.Tokens[from].Kind == TokenKind.Number;
    }

    private static bool OnlyPunctuation(AnalyzedDocument doc, int first, int end)
    {
        for (int i = first; i < end; i++)
        {
            if (doc.Tokens[i].Kind != TokenKind.Punct)
            {
                return false;
            }
        }

        return true;
    }
}
