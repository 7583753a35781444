using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Quantities;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Claims;

/// <summary>
/// A description set off by dashes or commas between a subject and its verb ("The industry's gross gambling yield - the
/// amount kept by operators after paying out winnings - rose 5.7%", "Net sales, a closely watched measure, climbed 7%"):
/// its words describe the subject, and the figure after the verb measures the subject, not them.
/// </summary>
internal static class SubjectAsides
{
    /// <summary>The most tokens from the verb after an aside to the figure it gives ("rose by 5%").</summary>
    private const int VerbReach = 3;

    /// <summary>
    /// The first token of the clause the figure at <paramref name="token"/> belongs to once an aside before its verb is
    /// read across, and the aside's tokens with its marks; null when no such aside closes right before the verb.
    /// </summary>
    public static (int First, Range Aside)? Before(AnalyzedDocument doc, SentenceFacts facts, int first, int token)
    {
        // "profit — what is left after paying costs — rose 4%": the dashes part the clauses, so the host is the clause
        // before the aside's
        if (first >= 2 && IsDash(doc, first - 1) && VerbLike(doc, first) && token - first <= VerbReach)
        {
            var (asideFirst, asideEnd) = facts.ClauseOf(first - 2);
            return asideEnd == first - 1 && asideFirst >= 2 && doc.TokenText(asideFirst - 1).SequenceEqual(doc.TokenText(first - 1))
                && doc.Tokens[asideFirst - 2].Kind == TokenKind.Word && !doc.QuantityStartsIn(asideFirst, first - 1)
                ? (facts.ClauseOf(asideFirst - 2).First, (asideFirst - 1)..first) : null;
        }

        for (int close = Math.Max(first + 2, token - VerbReach - 1); close < token - 1; close++)
        {
            if (!IsMark(doc, close) || !VerbLike(doc, close + 1))
            {
                continue;
            }

            for (int open = close - 2; open > first; open--)
            {
                if (doc.TokenText(open).SequenceEqual(doc.TokenText(close)) && IsMark(doc, open))
                {
                    // (commas only round a description: ", a closely watched measure,", not a list's ", France and Spain,")
                    bool description = !doc.Is(open, ",") || doc.IsAny(open + 1, Openers);
                    return description && doc.Tokens[open - 1].Kind == TokenKind.Word && !doc.QuantityStartsIn(open + 1, close) ? (first, open..(close + 1)) : null;
                }
            }
        }

        return null;
    }

    private static readonly WordSet Openers = WordSet.Create(StringComparer.OrdinalIgnoreCase, "a", "an", "the", "what", "its", "their", "one");

    // a comma, or a hyphen with space on both sides standing for a dash ("yield - the amount kept by operators - rose")
    private static bool IsMark(AnalyzedDocument doc, int i) =>
        doc.Is(i, ",") || (doc.TokenText(i) is "-" && doc.Tokens[i].Start > doc.Tokens[i - 1].End && doc.Tokens[i + 1].Start > doc.Tokens[i].End);

    private static bool IsDash(AnalyzedDocument doc, int i) => doc.TokenText(i) is "—" or "–";

    // "rose", "climbed", "was", "has": a verb a figure's move or level follows
    private static bool VerbLike(AnalyzedDocument doc, int i) =>
        doc.IsAny(i, QuantityWords.Rises) || doc.IsAny(i, QuantityWords.Falls) || doc.IsAny(i, Lexicon.Auxiliaries) || Lexicon.IsPastForm(doc.TokenText(i));
}
