using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Quantities;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Claims;

/// <summary>
/// A broadcast's reach ("Eurovision reached 163 million viewers", "a reach of 163 million") is everyone who watched any
/// of it, not its audience ("an average audience of 89 million", "drew 123.4 million viewers"): its key takes the part
/// <c>reach</c>, so the checker never sets the one against the other.
/// </summary>
internal static class AudienceReach
{
    /// <summary>The key part of a reach.</summary>
    public const string Part = "reach";

    /// <summary>Whether the count of viewers <paramref name="mention"/> is told as reached.</summary>
    public static bool Marks(AnalyzedDocument doc, QuantityMention mention)
    {
        int before = mention.QualifierFirstToken - 1;
        return doc.IsAny(before, ReachWords) || (doc.Is(before, "of") && doc.IsAny(before - 1, ReachWords));
    }

    private static readonly WordSet ReachWords = WordSet.Create(StringComparer.OrdinalIgnoreCase, "reached", "reaches", "reach", "reaching");
}
