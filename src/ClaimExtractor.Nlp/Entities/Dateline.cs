using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Entities;

/// <summary>
/// The dateline that opens a wire story ("CEDAR HOLLOW, Calif. (CP) —", "DUBLIN, Oct 7 (CP) -"): the place, date and
/// agency there say where the story was filed, not who it is about.
/// </summary>
public static class Dateline
{
    /// <summary>
    /// Where the sentence's dateline ends (its start when it has none): a spaced dash within the first dozen tokens
    /// with no lower-case word before it ("Montelago - The festival ...").
    /// </summary>
    public static int End(AnalyzedDocument doc, Sentence sentence)
    {
        for (int i = sentence.FirstToken + 1; i < Math.Min(sentence.EndToken, sentence.FirstToken + 12); i++)
        {
            if (IsSpacedDash(doc, i))
            {
                for (int j = sentence.FirstToken; j < i; j++)
                {
                    var w = doc.TokenText(j);
                    if (doc.Tokens[j].Kind == TokenKind.Word && char.IsLower(w[0]))
                    {
                        return sentence.Span.Start;
                    }
                }

                return doc.Tokens[LastDash(doc, i)].End;
            }
        }

        return sentence.Span.Start;
    }

    /// <summary>The sentence's first token after its dateline (its first token when it has none).</summary>
    public static int FirstToken(AnalyzedDocument doc, Sentence sentence)
    {
        int end = End(doc, sentence);
        int i = sentence.FirstToken;
        while (i < sentence.EndToken && doc.Tokens[i].Start < end)
        {
            i++;
        }

        return i;
    }

    /// <summary>Whether token <paramref name="i"/> starts a dash ("—", "-", or "--" as two tokens) with a space on each side.</summary>
    public static bool IsSpacedDash(AnalyzedDocument doc, int i)
    {
        if (doc.TokenText(i) is not ("—" or "–" or "-" or "--") || i == 0 || doc.Tokens[i - 1].End == doc.Tokens[i].Start)
        {
            return false;
        }

        int last = LastDash(doc, i);
        return last + 1 < doc.Tokens.Count && doc.Tokens[last].End < doc.Tokens[last + 1].Start;
    }

    // "--" may come as two "-" tokens side by side
    private static int LastDash(AnalyzedDocument doc, int i) =>
        doc.Is(i + 1, "-") && doc.Tokens[i + 1].Start == doc.Tokens[i].End ? i + 1 : i;
}
