using ClaimExtractor.Core.Periods;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Periods;

/// <summary>
/// Times a figure counts from: a part of a period after "since" ("since late January", "since mid-2023"), and the time
/// of the event a "since" clause names ("hospitalized since the outbreak began in late January", "since Russia invaded
/// Ukraine in February 2022"). The figure runs from then to publication, as it does after "since January"; the
/// time keeps its own words, so the date of the event the clause names is read as before. "Since the end of" a period
/// counts from the day after it.
/// </summary>
internal static class SinceClauses
{
    /// <summary>How many words a "since" clause may hold before its "in" or "on" and the time.</summary>
    private const int MaxClauseWords = 7;

    /// <summary>
    /// How many words a "since" clause may hold before a relative time with no "in" ("since Houthi militants began
    /// attacking ships in the Red Sea late last year").
    /// </summary>
    private const int MaxBareClauseWords = 10;

    /// <summary>Turns the times of <paramref name="found"/> (one sentence's expressions) that a "since" opens into the stretch from them to publication.</summary>
    public static void Settle(AnalyzedDocument doc, List<PeriodExpression> found)
    {
        if (doc.Published is not { } published)
        {
            return;
        }

        for (int k = 0; k < found.Count; k++)
        {
            var p = found[k];
            if (p.Cue is not (PeriodCue.Year or PeriodCue.Month or PeriodCue.Day or PeriodCue.Part or PeriodCue.Relative) || p.Period is not { Start: { } start } period || start > published)
            {
                continue;
            }

            bool edge = doc.Is(p.FirstToken - 1, "since");
            // "an increase of 4.4 million since the end of last year": from the day after that year
            bool fromEnd = edge && doc.Is(p.FirstToken, "the") && doc.Is(p.FirstToken + 1, "end") && doc.Is(p.FirstToken + 2, "of") && period.End is { } last && last < published;
            if (fromEnd)
            {
                var after = period.End!.Value.AddDays(1);
                found[k] = PeriodResolver.Make(doc, p.FirstToken - 1, p.EndToken, Period.Spanning(after, Period.Month(published.Year, published.Month).End!.Value), PeriodCue.Since);
            }
            else if (edge || OpensClause(doc, p.FirstToken, p.Cue == PeriodCue.Relative))
            {
                var since = p.Cue == PeriodCue.Year && !period.Label.Contains('/', StringComparison.Ordinal) ? Period.Between(period, Period.Year(published.Year))
                    : Period.Spanning(start, Period.Month(published.Year, published.Month).End!.Value);
                found[k] = PeriodResolver.Make(doc, edge ? p.FirstToken - 1 : p.FirstToken, p.EndToken, since, PeriodCue.Since) with { Told = edge ? null : p };
            }
        }
    }

    // "since the outbreak began in": "in" or "on" right before the time, or nothing before a relative one ("since Houthi
    // militants began attacking ships late last year"), and "since" a few words back with no punctuation between (a
    // relative time's clause opening no sentence: "Since sales fell last year, the firm cut jobs" gives a reason)
    private static bool OpensClause(AnalyzedDocument doc, int time, bool relative)
    {
        bool bare = relative && !(doc.Is(time - 1, "in") || doc.Is(time - 1, "on"));
        int last = bare ? time - 1 : time - 2;
        if (!bare && !(doc.Is(time - 1, "in") || doc.Is(time - 1, "on")))
        {
            return false;
        }

        for (int k = last; k >= 0 && k >= last - (bare ? MaxBareClauseWords : MaxClauseWords); k--)
        {
            if (doc.Tokens[k].Kind != TokenKind.Word)
            {
                return false;
            }

            if (doc.Is(k, "since"))
            {
                return k < last && !(bare && (k == 0 || doc.Tokens[k - 1].Sentence != doc.Tokens[k].Sentence));
            }
        }

        return false;
    }
}
