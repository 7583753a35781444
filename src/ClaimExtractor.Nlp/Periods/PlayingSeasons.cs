using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Periods;

/// <summary>
/// A season of play or of an illness named relative to now: "this season", "last season", "next season", "the current
/// season", "so far this flu season", "last regular season". Such a season straddles calendar years and its bounds are
/// the league's or the health agency's, not the calendar's: open, never resolved, so a figure it dates ("14 goals this
/// season", "9 goals last season") takes no period rather than a year another clause or sentence names.
/// </summary>
internal static class PlayingSeasons
{
    private static readonly WordSet Relative = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "this", "last", "next", "current", "previous", "coming", "upcoming");

    /// <summary>Reads such a season starting at token <paramref name="i"/>, or null.</summary>
    public static PeriodExpression? Read(AnalyzedDocument doc, int i, int end)
    {
        if (!doc.IsAny(i, Relative))
        {
            return null;
        }

        // "this season", "this flu season", "last regular season" (one lower-case word may name the kind)
        int at = doc.Is(i + 1, "season") ? i + 1
            : i + 2 < end && doc.Is(i + 2, "season") && doc.Tokens[i + 1].Kind == TokenKind.Word && char.IsLower(doc.TokenText(i + 1)[0]) ? i + 2
            : -1;
        if (at < 0 || at >= end)
        {
            return null;
        }

        int first = doc.Is(i - 1, "the") ? i - 1 : i;
        return PeriodResolver.Make(doc, first, at + 1, null, PeriodCue.Open);
    }

    /// <summary>Whether <paramref name="p"/> is a season gone by: "last season", "the previous season".</summary>
    public static bool IsEarlier(AnalyzedDocument doc, PeriodExpression p) =>
        p.Cue == PeriodCue.Open && doc.Is(p.EndToken - 1, "season") && doc.AnyIn(p.FirstToken, p.EndToken, GoneBy);

    private static readonly WordSet GoneBy = WordSet.Create(StringComparer.OrdinalIgnoreCase, "last", "previous");
}
