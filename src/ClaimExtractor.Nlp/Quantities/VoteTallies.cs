using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Quantities;

/// <summary>
/// Two whole numbers joined by a hyphen or "to" in a sentence about a vote are the votes for and against, two counts, not
/// a range and not a score: "passed 52-48 in a Senate vote", "a vote of 212 to 218", "the House voted 218-212".
/// </summary>
internal static class VoteTallies
{
    private static readonly WordSet VoteWords = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "vote", "votes", "voted", "voting", "ballot", "ballots");

    // verbs of a chamber that put a tally right after them ("the Senate passed the bill 52-48")
    private static readonly WordSet Passes = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "passed", "approved", "confirmed", "rejected", "adopted", "cleared");

    /// <summary>True when the whole numbers at <paramref name="first"/> and <paramref name="second"/> (joined by "-" or "to") are a vote's tally.</summary>
    public static bool Are(AnalyzedDocument doc, Sentence sentence, int first, int second)
    {
        if (second != first + 2 || first < sentence.FirstToken || second >= sentence.EndToken
            || doc.Tokens[first].Kind != TokenKind.Number || doc.Tokens[second].Kind != TokenKind.Number
            || !(doc.TokenText(first + 1) is "-" or "–" || doc.Is(first + 1, "to")) || doc.TokenText(first).ContainsAny('.', ',') || doc.TokenText(second).ContainsAny('.', ','))
        {
            return false;
        }

        return HasVoteWord(doc, sentence) || doc.IsAny(first - 1, Passes) || doc.IsAny(first - 2, Passes) || doc.IsAny(first - 3, Passes);
    }

    // "vote" standing alone, not inside a compound ("the vote-counting chaos")
    private static bool HasVoteWord(AnalyzedDocument doc, Sentence sentence)
    {
        for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (doc.IsAny(i, VoteWords) && !(doc.TokenText(i + 1) is "-" && doc.Tokens[i + 1].Start == doc.Tokens[i].End)
                && !(i > 0 && doc.TokenText(i - 1) is "-" && doc.Tokens[i - 1].End == doc.Tokens[i].Start))
            {
                return true;
            }
        }

        return false;
    }
}
