using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Quantities;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Claims;

/// <summary>
/// A figure a revision replaced: "revised net migration for the year to June 2023 to 906,000, from 740,000", "was
/// revised down from 254,000", "revising up its earlier estimate of 740,000". It is an old estimate of the same time as
/// the figure that replaced it, not a level of an earlier time, so its metric key takes the prefix
/// <c>superseded:</c> and the checker never sets it against the new figure.
/// </summary>
internal static class Revisions
{
    /// <summary>The key prefix of a replaced figure.</summary>
    public const string Prefix = Core.Claims.MetricKeys.SupersededPrefix;

    // how far before the "from" the word of revising may stand: "revised net migration for the year to June 2023 to
    // 906,000, from"
    private const int Reach = 16;

    private static readonly WordSet RevisingWords = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "revised", "revising", "revises", "revise", "revision", "revisions");

    private static readonly WordSet EarlierWords = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "earlier", "previous", "prior", "initial", "first", "original", "preliminary", "provisional");

    private static readonly WordSet EstimateNouns = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "estimate", "estimates", "figure", "figures", "reading", "readings", "count", "tally");

    /// <summary>Whether the figure is one a revision replaced.</summary>
    public static bool Supersedes(AnalyzedDocument doc, Sentence sentence, QuantityMention q)
    {
        int before = q.QualifierFirstToken - 1;
        // "its earlier estimate of 740,000", "the initial reading of 2.1%"
        if (doc.Is(before, "of") && doc.IsAny(before - 1, EstimateNouns) && doc.IsAny(before - 2, EarlierWords))
        {
            return true;
        }

        if (!doc.Is(before, "from"))
        {
            return false;
        }

        for (int i = before - 1; i >= Math.Max(sentence.FirstToken, before - Reach); i--)
        {
            if (doc.IsAny(i, RevisingWords))
            {
                return true;
            }
        }

        return false;
    }
}
