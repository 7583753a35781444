using ClaimExtractor.Nlp.Pipeline;

namespace ClaimExtractor.Nlp.Quantities;

/// <summary>
/// A number written with "fold" after it, glued or hyphenated: "a 10-fold increase", "a two-fold rise", "grew 3 fold".
/// The one-word forms ("fourfold", "tenfold") are multipliers in the number words.
/// </summary>
internal static class FoldMultipliers
{
    public static bool TryRead(AnalyzedDocument doc, int at, int end, decimal value, out NumberCore core)
    {
        core = default;
        int foldAt = at < end && doc.TokenText(at) is "-" && doc.Tokens[at].Start == doc.Tokens[at - 1].End ? at + 1 : at;
        if (foldAt >= end || !doc.Is(foldAt, "fold") || value <= 0)
        {
            return false;
        }

        core = new NumberCore(value, -1, foldAt + 1, true, false, true);
        return true;
    }
}
