using ClaimExtractor.Core.Quantities;

namespace ClaimExtractor.Nlp.Quantities;

/// <summary>
/// A quantity found in a sentence: the Core record, its tokens [FirstToken, EndToken), how it was written, and where
/// its qualifier words start (the quantity's own span excludes them).
/// </summary>
public sealed record QuantityMention(
    Quantity Quantity,
    int FirstToken,
    int EndToken,
    QuantityForm Form,
    int QualifierFirstToken)
{
    /// <summary>Whether one of <paramref name="mentions"/> covers token <paramref name="token"/>.</summary>
    public static bool AnyCovers(List<QuantityMention> mentions, int token)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        foreach (var m in mentions)
        {
            if (m.FirstToken <= token && token < m.EndToken)
            {
                return true;
            }
        }

        return false;
    }
}
