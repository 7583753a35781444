using ClaimExtractor.Nlp.Pipeline;

namespace ClaimExtractor.Nlp.Periods;

/// <summary>
/// A stretch that starts at publication and whose end the writer leaves open: "in the coming weeks", "in coming months",
/// "the upcoming years", "in the days ahead", "the months to come". It mirrors "in recent years" forward: open, never
/// resolved, so a figure it dates takes no period rather than the story's.
/// </summary>
internal static class ComingStretches
{
    /// <summary>Reads such a stretch starting at token <paramref name="i"/>, or null.</summary>
    public static PeriodExpression? Read(AnalyzedDocument doc, int i, int end)
    {
        int at = doc.Is(i, "the") ? i + 1 : i;
        int stop = -1;
        if ((doc.Is(at, "coming") || doc.Is(at, "upcoming")) && Units(doc, at + 1))
        {
            stop = at + 2;
        }
        else if (doc.Is(i, "the") && Units(doc, i + 1))
        {
            // "the days ahead" (not "the days ahead of the vote", which end at the vote), "the years to come"
            stop = doc.Is(i + 2, "ahead") && !doc.Is(i + 3, "of") ? i + 3 : doc.Is(i + 2, "to") && doc.Is(i + 3, "come") ? i + 4 : -1;
        }

        // "two upcoming weeks" are counted, not open
        if (stop < 0 || stop > end || CountWords.Read(doc, i - 1, article: false) is not null)
        {
            return null;
        }

        int first = doc.Is(i - 1, "in") || doc.Is(i - 1, "over") || doc.Is(i - 1, "during") || doc.Is(i - 1, "within") ? i - 1 : i;
        return PeriodResolver.Make(doc, first, stop, null, PeriodCue.Open);
    }

    // "days", "weeks", "months", "years", "decades": a unit in the plural
    private static bool Units(AnalyzedDocument doc, int i) =>
        i < doc.Tokens.Count && doc.TokenText(i) is var word && word.Length > 1 && word[^1] == 's' && RelativePeriods.Unit(word) is not null;
}
