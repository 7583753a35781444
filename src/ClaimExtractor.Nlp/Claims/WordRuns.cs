using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Quantities;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Claims;

/// <summary>
/// The word a short run of words after a link ends on: "opioids" of "deaths linked to synthetic opioids fell",
/// "equipment" of "investment in equipment surged".
/// </summary>
internal static class WordRuns
{
    /// <summary>
    /// The last token of the run of at most <paramref name="maxWords"/> words from token <paramref name="from"/> (before
    /// <paramref name="end"/>), or -1 for none. The run stops at a token that is no word, a function word, an auxiliary,
    /// a verb of a rise or a fall, a verb in the past after its first word, and, when <paramref name="lowerOnly"/>, a
    /// capitalized word.
    /// </summary>
    public static int LastWord(AnalyzedDocument doc, int from, int end, int maxWords, bool lowerOnly)
    {
        int last = -1;
        for (int k = from; k < Math.Min(end, from + maxWords); k++)
        {
            if (doc.Tokens[k].Kind != TokenKind.Word || (lowerOnly && !char.IsLower(doc.TokenText(k)[0])) || doc.IsAny(k, Lexicon.FunctionWords)
                || doc.IsAny(k, Lexicon.Auxiliaries) || doc.IsAny(k, QuantityWords.Rises) || doc.IsAny(k, QuantityWords.Falls) || (k > from && Lexicon.IsPastForm(doc.TokenText(k))))
            {
                break;
            }

            last = k;
        }

        return last;
    }
}
