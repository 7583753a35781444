using ClaimExtractor.Core.Periods;
using ClaimExtractor.Nlp.Periods;
using ClaimExtractor.Nlp.Pipeline;

namespace ClaimExtractor.Nlp.Claims;

/// <summary>
/// Chooses a claim's period: the nearest time expression in the quantity's clause, else a bare year in the
/// sentence, else none (periods are never invented). Applies the January rule to "this year".
/// </summary>
internal static class PeriodPicker
{
    /// <summary>How many days into a year a "this year" with a past-tense total still means the year just ended.</summary>
    private const int JanuaryRuleDays = 45;

    public static PeriodExpression? Pick(AnalyzedDocument doc, SentenceFacts facts, int first, int end, bool allowPresent, PeriodExpression? exclude, bool preferBefore)
    {
        var inSentence = doc.Periods.Where(p => p.FirstToken >= facts.Sentence.FirstToken && p.EndToken <= facts.Sentence.EndToken && !ReferenceEquals(p, exclude)
            && (allowPresent || p.Cue != PeriodCue.Present)).ToList();
        var (cFirst, cEnd) = facts.ClauseOf(first);
        var inClause = inSentence.Where(p => p.FirstToken >= cFirst && p.EndToken <= cEnd).ToList();
        if (preferBefore)
        {
            var before = inSentence.Where(p => p.EndToken <= first).MaxBy(p => p.EndToken);
            if (before is not null)
            {
                return before;
            }
        }

        var nearest = inClause.MinBy(p => Distance(p, first, end));
        if (nearest is not null)
        {
            return nearest;
        }

        return inSentence.Where(p => p.Cue is PeriodCue.Year or PeriodCue.Through).MinBy(p => Distance(p, first, end));
    }

    /// <summary>The period a picked expression stands for in this clause (null for open ones).</summary>
    public static Period? Resolve(AnalyzedDocument doc, SentenceFacts facts, PeriodExpression? expression, int quantityToken)
    {
        if (expression?.Period is not { } period)
        {
            return null;
        }

        // An article written up in January reports last year's totals as "this year" ("$2.2 billion stolen ... this
        // year"): a past-tense figure then belongs to the year just ended.
        if (expression.Cue == PeriodCue.ThisYear && doc.Published is { } published && published.DayOfYear <= JanuaryRuleDays
            && IsPastTense(doc, facts, quantityToken))
        {
            return Period.Year(published.Year - 1);
        }

        return period;
    }

    private static bool IsPastTense(AnalyzedDocument doc, SentenceFacts facts, int token)
    {
        var (first, end) = facts.ClauseOf(token);
        for (int i = first; i < end; i++)
        {
            if (doc.Is(i, "will") || doc.Is(i, "expected") || doc.Is(i, "forecast") || doc.Is(i, "projected"))
            {
                return false;
            }
        }

        for (int i = first; i < end; i++)
        {
            var w = doc.TokenText(i);
            if (doc.Is(i, "was") || doc.Is(i, "were") || doc.Is(i, "had") || doc.Is(i, "stolen") || doc.Is(i, "stole") || doc.Is(i, "rose")
                || doc.Is(i, "fell") || doc.Is(i, "grew") || doc.Is(i, "lost") || doc.Is(i, "paid") || doc.Is(i, "spent")
                || (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    private static int Distance(PeriodExpression p, int first, int end) =>
        p.EndToken <= first ? first - p.EndToken : p.FirstToken >= end ? p.FirstToken - end : 0;
}
