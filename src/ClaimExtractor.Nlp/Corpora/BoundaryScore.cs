using System.Text;
using ClaimExtractor.Core.Text;
using ClaimExtractor.Nlp.Pipeline;

namespace ClaimExtractor.Nlp.Corpora;

/// <summary>
/// How well a tokenizer and sentence splitter find UD's token and sentence boundaries. Each UD document becomes one
/// text: its surface tokens joined as <c>SpaceAfter</c> says, sentences of a paragraph joined by a space, paragraphs
/// by a blank line. A token or sentence counts when its span matches the gold span exactly (CoNLL 2018's rule).
/// </summary>
public sealed record BoundaryScore(int GoldTokens, int FoundTokens, int RightTokens, int GoldSentences, int FoundSentences, int RightSentences)
{
    /// <summary>Token F1.</summary>
    public double TokenF1 => F1(GoldTokens, FoundTokens, RightTokens);

    /// <summary>Sentence F1.</summary>
    public double SentenceF1 => F1(GoldSentences, FoundSentences, RightSentences);

    /// <summary>Scores <paramref name="tokenizer"/> (a process that adds tokens and sentences) on <paramref name="sentences"/>.</summary>
    public static BoundaryScore Of(IEnumerable<ConlluSentence> sentences, IDocumentProcess tokenizer)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(tokenizer);
        var total = new BoundaryScore(0, 0, 0, 0, 0, 0);
        var text = new StringBuilder();
        var tokens = new HashSet<TextSpan>();
        var spans = new HashSet<TextSpan>();
        void Flush()
        {
            if (text.Length > 0)
            {
                var document = new AnalyzedDocument(text.ToString(), null);
                tokenizer.Process(document, CancellationToken.None);
                total = total.Add(tokens, document.Tokens.Select(t => t.Span), spans, document.Sentences.Select(s => s.Span));
            }

            text.Clear();
            tokens.Clear();
            spans.Clear();
        }

        foreach (var sentence in sentences)
        {
            if (sentence.NewDocument)
            {
                Flush();
            }
            else if (text.Length > 0)
            {
                text.Append(sentence.NewParagraph ? "\n\n" : " ");
            }

            int start = text.Length;
            for (int i = 0; i < sentence.Surface.Count; i++)
            {
                var token = sentence.Surface[i];
                tokens.Add(new TextSpan(text.Length, text.Length + token.Form.Length));
                text.Append(token.Form);
                if (token.SpaceAfter && i < sentence.Surface.Count - 1)
                {
                    text.Append(' ');
                }
            }

            spans.Add(new TextSpan(start, text.Length));
        }

        Flush();
        return total;
    }

    private BoundaryScore Add(HashSet<TextSpan> goldTokens, IEnumerable<TextSpan> foundTokens, HashSet<TextSpan> goldSentences, IEnumerable<TextSpan> foundSentences)
    {
        var tokens = foundTokens.ToList();
        var sentences = foundSentences.ToList();
        return new BoundaryScore(
            GoldTokens + goldTokens.Count, FoundTokens + tokens.Count, RightTokens + tokens.Count(goldTokens.Contains),
            GoldSentences + goldSentences.Count, FoundSentences + sentences.Count, RightSentences + sentences.Count(goldSentences.Contains));
    }

    private static double F1(int gold, int found, int right) => gold + found == 0 ? 0 : 2.0 * right / (gold + found);
}
