using ClaimExtractor.Nlp.Pipeline;

namespace ClaimExtractor.Nlp.Periods;

/// <summary>
/// The same stretch a year before, as results news names it: "the prior-year period", "the year-earlier quarter", "the
/// year-ago half", "the prior year quarter", "the year-earlier $1.4 billion". It names no period of its own: a figure so
/// dated takes the period of the figure it is compared with, a year back, as "the same quarter last year" does.
/// </summary>
internal static class YearEarlierPeriods
{
    /// <summary>Reads such a phrase starting at "the" at token <paramref name="i"/>, or null.</summary>
    public static PeriodExpression? Read(AnalyzedDocument doc, int i, int end)
    {
        if (!doc.Is(i, "the") || UnitAt(doc, i + 1) is not { } unit || unit >= end)
        {
            return null;
        }

        return PeriodResolver.Make(doc, i, unit + 1, null, PeriodCue.Relative);
    }

    /// <summary>True when <paramref name="expression"/> is such a phrase.</summary>
    public static bool Names(AnalyzedDocument doc, PeriodExpression expression) =>
        UnitAt(doc, expression.FirstToken + 1) is { } unit && unit + 1 == expression.EndToken;

    // the token of "period", "quarter", "half" or "month" after "prior-year", "year-earlier", "year-ago", "prior year"
    // opening at token i (or the adjective's last token, before a figure), or null
    private static int? UnitAt(AnalyzedDocument doc, int i)
    {
        bool hyphen = doc.Is(i + 1, "-");
        int next = hyphen ? i + 2 : i + 1;
        bool yearBack = (doc.Is(i, "prior") || doc.Is(i, "previous")) && doc.Is(next, "year")
            || (hyphen && doc.Is(i, "year") && (doc.Is(next, "earlier") || doc.Is(next, "ago")));
        int unit = next + 1;
        if (yearBack && (doc.Is(unit, "period") || doc.Is(unit, "quarter") || doc.Is(unit, "half") || doc.Is(unit, "month")))
        {
            return unit;
        }

        // "the year-earlier $1.4 billion": the adjective alone, right before the figure it dates
        return yearBack && hyphen && unit < doc.Tokens.Count && doc.Tokens[unit].Kind is Text.TokenKind.Number or Text.TokenKind.Symbol ? next : null;
    }
}
