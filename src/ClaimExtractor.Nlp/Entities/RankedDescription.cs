using ClaimExtractor.Core.Entities;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Entities;

/// <summary>
/// A company described by its rank in a place ("Europe's largest airline", "the country's biggest lender", "Britain's
/// second-largest supermarket chain"): the description names a company, and the place only ranks it, so it is never
/// the subject of the company's figures.
/// </summary>
internal static class RankedDescription
{
    /// <summary>The most lower-case words between the rank and the company's noun ("largest low-cost airline").</summary>
    private const int MaxWordsBetween = 2;

    private static readonly WordSet RankWords = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "top", "leading", "dominant", "flagship", "main", "No.", "number-one", "premier");

    /// <summary>
    /// The place's mention that opens the description whose company noun is token <paramref name="noun"/>, or null
    /// when the noun ends no such description.
    /// </summary>
    public static EntityMention? Place(AnalyzedDocument doc, int noun)
    {
        ArgumentNullException.ThrowIfNull(doc);
        int rank = noun - 1;
        while (rank > 0 && rank >= noun - 1 - MaxWordsBetween && !IsRank(doc, rank) && doc.Tokens[rank].Kind == TokenKind.Word && char.IsLower(doc.TokenText(rank)[0]))
        {
            rank--;
        }

        if (rank < 2 || !IsRank(doc, rank) || doc.TokenText(rank - 1) is not ("'s" or "’s"))
        {
            return null;
        }

        int end = doc.Tokens[rank - 2].End;
        foreach (var m in doc.Mentions)
        {
            if (m.Span.End == end && m.Entity.Type is EntityType.Gpe or EntityType.Loc && m.Kind != MentionKind.Demonym)
            {
                return m;
            }
        }

        return null;
    }

    // "largest", "second-biggest", "top", "leading"
    private static bool IsRank(AnalyzedDocument doc, int i) =>
        doc.Tokens[i].Kind == TokenKind.Word && (doc.IsAny(i, RankWords) || (doc.TokenText(i) is { Length: > 4 } w && char.IsLower(w[0]) && w.EndsWith("est", StringComparison.Ordinal)));
}
