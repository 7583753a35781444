using ClaimExtractor.Core.Periods;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Periods;

/// <summary>
/// "For the quarter", "in the quarter", "during the quarter" in a results story: the quarter the story last named
/// ("operating profit jumped 36% in the July-September quarter ... Operating profit for the quarter rose to 182 billion
/// yen") that had ended by publication (not a forecast's "first-quarter revenue of between"), else the latest quarter
/// ended by publication, the one a results story reports. Unread where the clause looks
/// ahead ("expects sales in the quarter to"), in a sentence about a game ("scored 12 points in the quarter"), and before
/// a phrase that names the quarter itself ("the quarter ended June 30", "the quarter of").
/// </summary>
internal static class TheQuarter
{
    // words after "the quarter" that name it or another stretch ("the quarter ended June 30", "the quarter of 2024",
    // "the quarter to September", "the quarter before")
    private static readonly WordSet NamingWords = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "of", "ended", "ending", "to", "through", "thru", "before", "after", "since", "until", "that", "which", "when");

    /// <summary>
    /// Reads "the quarter" at token <paramref name="i"/>, after the document's expressions so far and
    /// <paramref name="inSentence"/> (the sentence's), or null.
    /// </summary>
    public static PeriodExpression? Read(AnalyzedDocument doc, Sentence sentence, int i, IReadOnlyList<PeriodExpression> inSentence)
    {
        int end = sentence.EndToken;
        if (!doc.Is(i, "the") || !doc.Is(i + 1, "quarter") || i + 1 >= end || !(doc.Is(i - 1, "for") || doc.Is(i - 1, "in") || doc.Is(i - 1, "during"))
            || doc.IsAny(i + 2, NamingWords) || (doc.Is(i + 2, "-") && doc.Tokens[i + 2].Start == doc.Tokens[i + 1].End)
            || QuarterReader.AboutGame(doc, sentence) || Tense.Ahead(doc, sentence, i))
        {
            return null;
        }

        var named = Last(inSentence, doc.Published) ?? Last(doc.Periods, doc.Published);
        Period? period = named ?? (doc.Published is { } p ? AdjacentPeriods.EndedQuarter(p) : null);
        return PeriodResolver.Make(doc, i, i + 2, period, PeriodCue.Part);
    }

    // the last quarter among the expressions that had ended by publication (a forecast's quarter is still to come)
    private static Period? Last(IReadOnlyList<PeriodExpression> expressions, DateOnly? published)
    {
        for (int k = expressions.Count - 1; k >= 0; k--)
        {
            if (expressions[k].Period is { Start: { Day: 1 } start, End: { } last } quarter && start.Month % 3 == 1 && last == start.AddMonths(3).AddDays(-1)
                && !(last > published))
            {
                return quarter;
            }
        }

        return null;
    }
}
