using ClaimExtractor.Nlp.Pipeline;

namespace ClaimExtractor.Nlp.Quantities;

/// <summary>
/// Counting words the number-word lexicon cannot hold alone: "a baker's dozen" (13) and "a gross of" pencils (144). A
/// "gross" counts only before "of", so "gross domestic product", "a gross margin" and "a gross error" stay words.
/// </summary>
internal static class CountingGroups
{
    private const decimal BakersDozen = 13m;
    private const decimal Gross = 144m;

    /// <summary>How many things the group at <paramref name="k"/> counts and the token after it, or null when none starts there.</summary>
    public static decimal? Read(AnalyzedDocument doc, int k, int end, out int after)
    {
        after = k;
        if (k + 2 < end && doc.Is(k, "baker") && doc.TokenText(k + 1) is "'s" or "’s" && doc.Is(k + 2, "dozen"))
        {
            after = k + 3;
            return BakersDozen;
        }

        if (k + 1 < end && doc.Is(k, "gross") && doc.Is(k + 1, "of"))
        {
            after = k + 1;
            return Gross;
        }

        return null;
    }
}
