using ClaimExtractor.Core.Claims;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Quantities;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Claims;

/// <summary>
/// A figure told as more of a measure its sentence counted already ("has confirmed 1,937 deaths, and a further 2,345
/// deaths are under investigation", "cut 500 jobs in March and announced another 300 job cuts") is an addition, not the
/// measure's level: its key takes the part <c>added</c>, so the checker never sets it against the total another outlet
/// gives ("killed 1,973 people, with another 2,345 deaths still being investigated").
/// </summary>
internal static class AddedCounts
{
    /// <summary>The key part of an addition.</summary>
    public const string Part = "added";

    /// <summary>
    /// Whether the level <paramref name="mention"/>, opened by "another", "a further" or "an additional", adds to a figure
    /// of the measure <paramref name="key"/> told before it in its sentence (a claim of <paramref name="built"/>), or opens
    /// its sentence after one that counted the same things ("A further 183 drones were suppressed" after "downed 277
    /// drones": more than the sentence before counted; "Another 19 buildings were damaged" after "destroyed 87
    /// structures" are the damaged).
    /// </summary>
    public static bool Marks(AnalyzedDocument doc, QuantityMention mention, string key, Dictionary<QuantityMention, Claim> built)
    {
        int at = mention.QualifierFirstToken;
        int opener = doc.Is(at, "another") ? at : doc.Is(at - 1, "another") ? at - 1
            : doc.IsAny(at - 1, MoreWords) && (doc.Is(at - 2, "a") || doc.Is(at - 2, "an")) ? at - 2 : -1;
        if (opener < 0)
        {
            return false;
        }

        int sentence = doc.Tokens[at].Sentence;
        if (opener == doc.Sentences[sentence].FirstToken && sentence > 0 && mention.Quantity.Noun is { } things && CountsIn(doc, doc.Sentences[sentence - 1], things))
        {
            return true;
        }

        foreach (var (earlier, claim) in built)
        {
            if (earlier.EndToken <= mention.FirstToken && claim.MetricKey == key)
            {
                return true;
            }
        }

        return false;
    }

    // whether a figure of the sentence counts the things named by noun ("downed 277 drones" before "A further 183 drones")
    private static bool CountsIn(AnalyzedDocument doc, Text.Sentence sentence, string noun)
    {
        var (from, to) = doc.QuantitiesIn(sentence);
        for (int k = from; k < to; k++)
        {
            if (string.Equals(doc.Quantities[k].Quantity.Noun, noun, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly WordSet MoreWords = WordSet.Create(StringComparer.OrdinalIgnoreCase, "further", "additional");
}
