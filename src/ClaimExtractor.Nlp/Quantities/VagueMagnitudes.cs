using ClaimExtractor.Nlp.Models;
using ClaimExtractor.Nlp.Pipeline;

namespace ClaimExtractor.Nlp.Quantities;

/// <summary>
/// Reads an order of magnitude written in words: "tens of thousands" is at least 10,000 and under 100,000, "hundreds of
/// millions" at least 100 million and under a billion. The value is the least the wording states.
/// </summary>
internal static class VagueMagnitudes
{
    /// <summary>Reads "tens of" or "hundreds of" and a plural scale word at <paramref name="k"/>; returns the interval and the token after it.</summary>
    public static bool TryRead(AnalyzedDocument doc, NumberReader numbers, int k, int end, out decimal low, out decimal high, out int after)
    {
        low = 0;
        high = 0;
        after = k;
        decimal many = doc.Is(k, "tens") ? 10m : doc.Is(k, "hundreds") ? 100m : 0m;
        if (many == 0 || k + 2 >= end || !doc.Is(k + 1, "of") || !doc.TokenText(k + 2).EndsWith("s", StringComparison.OrdinalIgnoreCase)
            || !numbers.TryWord(doc, k + 2, out var scale) || scale.Kind != NumberWordKind.Scale || scale.Value < 1000)
        {
            return false;
        }

        low = many * scale.Value;
        high = low * 10m;
        after = k + 3;
        return true;
    }
}
