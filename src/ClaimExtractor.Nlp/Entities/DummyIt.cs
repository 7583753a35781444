using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Entities;

/// <summary>
/// An "it" that points at nothing: "it is expected that", "it was 5 degrees", "it took 3 hours", "it seems likely", "it
/// rained", "It was the second straight annual decline". Coreference leaves it alone, so no company or country takes the
/// figure that follows.
/// </summary>
internal static class DummyIt
{
    // forms of "be" and the auxiliaries before it: "it is", "it will be", "it has been", "it's"
    private static readonly WordSet Be = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "is", "was", "'s", "’s", "be", "been", "will", "would", "could", "may", "might", "has", "had", "should", "must");

    // what follows "it is" when "it" stands for no thing: a judgment, a report or the weather
    private static readonly WordSet Predicates = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "expected", "estimated", "likely", "unlikely", "possible", "impossible", "important", "clear", "unclear", "hard",
        "difficult", "easy", "time", "necessary", "thought", "believed", "reported", "understood", "feared", "hoped", "worth",
        "true", "said", "rumored", "rumoured", "known", "raining", "snowing", "cold", "hot", "warm", "sunny", "windy");

    // "it took 3 hours", "it seems that", "it rained"
    private static readonly WordSet Verbs = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "take", "takes", "took", "taking", "seems", "seemed", "appears", "appeared", "rained", "rains", "snowed", "snows");

    /// <summary>Whether token <paramref name="i"/>, an "it", stands for nothing.</summary>
    public static bool At(AnalyzedDocument doc, int i)
    {
        if (!doc.Is(i, "it"))
        {
            return false;
        }

        if (doc.IsAny(i + 1, Verbs))
        {
            return true;
        }

        int next = i + 1;
        while (next < i + 4 && doc.IsAny(next, Be))
        {
            next++;
        }

        return next > i + 1 && (doc.IsAny(next, Predicates) || (next < doc.Tokens.Count && doc.Tokens[next].Kind == TokenKind.Number) || NamesAMove(doc, next));
    }

    // "It was the second straight annual decline", "It was the highest level since 1975": what "it" is, after "the" and a
    // few words, is a move or a time, the thing the sentence before told
    private static bool NamesAMove(AnalyzedDocument doc, int the)
    {
        if (!doc.Is(the, "the"))
        {
            return false;
        }

        for (int k = the + 1; k < Math.Min(doc.Tokens.Count, the + 6) && doc.Tokens[k].Kind == TokenKind.Word; k++)
        {
            if (doc.IsAny(k, MoveNouns))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly WordSet MoveNouns = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "decline", "declines", "increase", "increases", "rise", "rises", "drop", "drops", "fall", "falls", "gain", "gains", "jump",
        "decrease", "slump", "surge", "slowdown", "level", "levels", "time", "reading", "pace");
}
