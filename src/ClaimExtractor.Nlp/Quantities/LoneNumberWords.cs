using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Quantities;

/// <summary>
/// A small number word with no noun after it. It counts people or things when it is the subject of a clause ("Two
/// were killed", "and three remain missing"), what "there are" states ("There are two in my car") or the object of a
/// verb in the past ("police arrested three on Tuesday"). "one" is left out of these: "one was enough" and "picked one"
/// are pronouns as often as counts. A word that is its whole sentence ("Three.") counts. "one" is not a figure in "no one", "the one", "one another", "one by one" or "at one
/// point" either, though a noun follows some of them.
/// </summary>
internal static class LoneNumberWords
{
    // verbs a counted subject takes: "Two were killed", "three remain missing", "four died"
    private static readonly WordSet SubjectVerbs = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "are", "were", "was", "is", "have", "had", "has", "will", "would", "could", "can", "may", "might", "must", "remain", "remained",
        "died", "survived", "fled", "escaped", "suffered", "face", "faced", "received", "won", "lost", "went", "got", "did", "do",
        "came", "arrived", "travelled", "traveled", "returned");

    private static readonly WordSet ClauseOpeners = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "and", "but", "while", "whereas", "another", "all", "only", "just", "when", "after", "as", "since", "where");

    private static readonly WordSet Be = WordSet.Create(StringComparer.OrdinalIgnoreCase, "are", "were", "was", "is", "be", "been", "remain", "remained");

    // what may follow an object count: the end of the clause or a preposition ("arrested three on Tuesday")
    private static readonly WordSet AfterObject = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "in", "on", "at", "from", "during", "after", "before", "near", "overnight", "yesterday", "today", "and", "last", "this", "for", "with", "inside", "outside");

    // words before "one" that make it a pronoun: "no one", "the one", "each one"
    private static readonly WordSet PronounOpeners = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "no", "the", "this", "that", "each", "every", "any", "which", "little", "loved", "such");

    // nouns "at one" names a moment with: "at one point", "at one stage"
    private static readonly WordSet Moments = WordSet.Create(StringComparer.OrdinalIgnoreCase, "point", "stage", "time", "moment", "juncture");

    /// <summary>True when the number word at <paramref name="k"/>, read alone up to <paramref name="after"/>, counts the subject or object of its clause.</summary>
    public static bool AreCounted(AnalyzedDocument doc, Sentence sentence, int k, int after)
    {
        // "Three.": the word alone is the sentence, an answer or a cell, and counts
        if (LoneFigures.FillSentence(doc, sentence, k, after))
        {
            return true;
        }

        if (doc.Is(k, "one"))
        {
            return false;
        }

        bool opensClause = k == sentence.FirstToken || doc.TokenText(k - 1) is "," or ";" or ":" or "—" or "\"" or "“" || doc.IsAny(k - 1, ClauseOpeners);
        if (opensClause && doc.IsAny(after, SubjectVerbs))
        {
            return true;
        }

        if (k - 2 >= sentence.FirstToken && doc.Is(k - 2, "there") && doc.IsAny(k - 1, Be))
        {
            return true;
        }

        // "as the death toll rose to six", "the number of dead reached seven": the level a tally moved to
        if (TallyMovedTo(doc, sentence, k))
        {
            return true;
        }

        return k - 1 > sentence.FirstToken && IsPastVerb(doc, k - 1)
            && (after >= sentence.EndToken || doc.Tokens[after].Kind == TokenKind.Punct && doc.TokenText(after) is "." or "," or ";" or "!" or "?" || doc.IsAny(after, AfterObject));
    }

    // a tally's noun a few words before a verb of moving and "to" (or "reached", "hit") right before the word at k
    private static bool TallyMovedTo(AnalyzedDocument doc, Sentence sentence, int k)
    {
        int verb = doc.Is(k - 1, "to") ? k - 2 : doc.Is(k - 1, "reached") || doc.Is(k - 1, "hit") ? k - 1 : -1;
        if (verb <= sentence.FirstToken || !(verb == k - 1 || doc.IsAny(verb, QuantityWords.Rises) || doc.IsAny(verb, QuantityWords.Falls)))
        {
            return false;
        }

        for (int t = verb - 1; t >= Math.Max(sentence.FirstToken, verb - TallyReach); t--)
        {
            if (doc.IsAny(t, Tallies))
            {
                return true;
            }
        }

        return false;
    }

    // how many words before the verb a tally's noun may stand: "the number of people confirmed dead rose to"
    private const int TallyReach = 6;

    private static readonly WordSet Tallies = WordSet.Create(StringComparer.OrdinalIgnoreCase, "toll", "tally", "number", "count", "total");

    /// <summary>True when token <paramref name="at"/> is a verb a counted subject takes ("remain" in "three remain missing").</summary>
    public static bool IsSubjectVerb(AnalyzedDocument doc, int at) => doc.IsAny(at, SubjectVerbs);

    /// <summary>True when the "one" at <paramref name="k"/> is a pronoun or part of an idiom ("no one", "one another", "at one point").</summary>
    public static bool IsIdiomaticOne(AnalyzedDocument doc, Sentence sentence, int k) =>
        doc.Is(k, "one")
        && ((k > sentence.FirstToken && doc.IsAny(k - 1, PronounOpeners)) || doc.Is(k + 1, "another") || (doc.Is(k + 1, "by") && doc.Is(k + 2, "one"))
            || (doc.Is(k + 1, "after") && doc.Is(k + 2, "another")) || (doc.Is(k - 1, "at") && doc.IsAny(k + 1, Moments)));

    // "arrested", "killed", "injured": a lower-case word in the past tense
    private static bool IsPastVerb(AnalyzedDocument doc, int at)
    {
        var word = doc.TokenText(at);
        return doc.Tokens[at].Kind == TokenKind.Word && word.Length > 4 && char.IsLower(word[0]) && word.EndsWith("ed", StringComparison.Ordinal);
    }
}
