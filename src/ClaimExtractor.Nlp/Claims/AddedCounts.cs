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
    /// of the measure <paramref name="key"/> told before it in its sentence (a claim of <paramref name="built"/>).
    /// </summary>
    public static bool Marks(AnalyzedDocument doc, QuantityMention mention, string key, Dictionary<QuantityMention, Claim> built)
    {
        int at = mention.QualifierFirstToken;
        bool added = doc.Is(at, "another") || doc.Is(at - 1, "another")
            || (doc.IsAny(at - 1, MoreWords) && (doc.Is(at - 2, "a") || doc.Is(at - 2, "an")));
        if (!added)
        {
            return false;
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

    private static readonly WordSet MoreWords = WordSet.Create(StringComparer.OrdinalIgnoreCase, "further", "additional");
}
