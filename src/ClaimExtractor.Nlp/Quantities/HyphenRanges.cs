using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Quantities;

/// <summary>
/// Decides whether two bare numbers glued by a hyphen ("10-15 people", "1000-5000") are a range of counts, or something
/// written the same way that is not: a season or a span of years ("2023-24", "1998-2001"), a phone number or a code
/// ("555-1234", "555-123-4567", "0-800"), a score ("lost 2-3", "a 1-2 defeat") or days of a month ("3-4 March").
/// </summary>
internal static class HyphenRanges
{
    // words before a score: "won 2-3", "beat them 1-4"
    private static readonly WordSet ScoreVerbs = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "won", "win", "wins", "lost", "lose", "loses", "beat", "beats", "beating", "drew", "draw", "trailed", "trailing", "led", "leading",
        "score", "scored", "scoreline", "defeated", "thrashed", "edged", "by");

    // words after a score: "a 1-2 defeat", "a 2-3 home loss"
    private static readonly WordSet ScoreNouns = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "win", "victory", "defeat", "loss", "draw", "lead", "home", "away", "scoreline", "aggregate", "result", "thrashing", "triumph", "upset",
        "vote", "decision", "split", "against");

    /// <summary>
    /// True when the numbers at <paramref name="firstToken"/> and <paramref name="secondToken"/> (one hyphen apart)
    /// are a range of counts; <paramref name="after"/> is the token after the second number.
    /// </summary>
    public static bool IsCountRange(AnalyzedDocument doc, Sentence sentence, int firstToken, int secondToken, int after)
    {
        var first = doc.TokenText(firstToken);
        var second = doc.TokenText(secondToken);
        if (doc.Tokens[firstToken].Kind != TokenKind.Number || doc.Tokens[secondToken].Kind != TokenKind.Number
            || IsYearLike(first) || IsYearLike(second) || first[0] == '0' || second[0] == '0')
        {
            return false;
        }

        // a phone number or a code: three digits then four, or a third group glued on, or after a country's "+254-"
        if ((first.Length == 3 && second.Length == 4) || (doc.TokenText(after) is "-" && doc.Tokens[after].Start == doc.Tokens[after - 1].End)
            || PhoneNumbers.Inside(doc.Text, doc.Tokens[firstToken].Start))
        {
            return false;
        }

        var months = Lexicon.Months;
        bool monthAround = (after < sentence.EndToken && months.ContainsKey(doc.TokenText(after)))
            || (firstToken > sentence.FirstToken && months.ContainsKey(doc.TokenText(firstToken - 1)))
            || (doc.Is(after, "of") && after + 1 < sentence.EndToken && months.ContainsKey(doc.TokenText(after + 1)));
        if (monthAround)
        {
            return false;
        }

        bool scoreBefore = firstToken > sentence.FirstToken && doc.IsAny(firstToken - 1, ScoreVerbs);
        bool scoreAfter = after < sentence.EndToken && doc.IsAny(after, ScoreNouns);
        return !(scoreBefore || scoreAfter);
    }

    private static bool IsYearLike(ReadOnlySpan<char> digits) =>
        digits.Length == 4 && digits[0] is '1' or '2' && (digits[..2] is "18" or "19" or "20" or "21");
}
