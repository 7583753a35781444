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
            || !(doc.TokenText(first + 1) is "-" or "–" || doc.Is(first + 1, "to")) || doc.TokenText(first).ContainsAny('.', ',') || doc.TokenText(second).ContainsAny('.', ',')
            || IsYearSpan(doc, first, second))
        {
            return false;
        }

        return HasVoteWord(doc, sentence) || doc.IsAny(first - 1, Passes) || doc.IsAny(first - 2, Passes) || doc.IsAny(first - 3, Passes);
    }

    // "the 2025-26 fiscal year", "2024-2025": a year and the next, however short the second is written
    private static bool IsYearSpan(AnalyzedDocument doc, int first, int second) =>
        doc.TokenText(first) is { Length: 4 } year && int.TryParse(year, out int from) && from is >= 1800 and <= 2100
        && int.TryParse(doc.TokenText(second), out int to) && (to == from + 1 || to == (from + 1) % 100);

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
