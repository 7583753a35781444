using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Periods;

/// <summary>
/// A market's session named without its day: "in morning trading", "in early trade", "in premarket trading", "in
/// after-hours deals". A price quoted in it ("shares were down 2.1% at $376.50 in morning trading") is a moment of the
/// trading day, not the quarter an earnings story is about, nor the day's close another report gives ("fell 3.1% on
/// Monday, closing at $61.20"): the session is open, so the figure takes no period rather than the story's. A sentence
/// that names its day ("in early trading Tuesday", "on Monday in late trading") keeps that day (<see cref="Settle"/>).
/// </summary>
internal static class TradingSessions
{
    // the part of a trading day: "early", "premarket", "after-hours" (a hyphened word is looked up whole)
    private static readonly WordSet Parts = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "early", "morning", "midmorning", "midday", "afternoon", "late", "premarket", "pre-market", "after-hours", "extended",
        "mid-morning", "mid-afternoon", "mid-session", "opening");

    private static readonly WordSet Sessions = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "trading", "trade", "deals", "dealings", "dealing");

    /// <summary>Reads "in" and a session starting at token <paramref name="i"/>, or null.</summary>
    public static PeriodExpression? Read(AnalyzedDocument doc, int i, int end)
    {
        if (!doc.Is(i, "in") || PartEnd(doc, i + 1) is not { } noun || noun >= end || !doc.IsAny(noun, Sessions))
        {
            return null;
        }

        return PeriodResolver.Make(doc, i, noun + 1, null, PeriodCue.Open);
    }

    /// <summary>Drops the sessions from <paramref name="found"/> (one sentence's expressions) when another names the day.</summary>
    public static void Settle(AnalyzedDocument doc, List<PeriodExpression> found)
    {
        if (found.Count > 1 && found.Exists(p => p.Cue is PeriodCue.Weekday or PeriodCue.Day))
        {
            found.RemoveAll(p => IsSession(doc, p));
        }
    }

    private static bool IsSession(AnalyzedDocument doc, PeriodExpression p) => Read(doc, p.FirstToken, p.EndToken) is { } session && session.EndToken == p.EndToken;

    // the token after a session's part at token i ("early", "pre-market" as three tokens), or null
    private static int? PartEnd(AnalyzedDocument doc, int i)
    {
        if (i + 2 < doc.Tokens.Count && doc.Is(i + 1, "-") && doc.Tokens[i + 1].Start == doc.Tokens[i].End && doc.Tokens[i + 2].Start == doc.Tokens[i + 1].End
            && Parts.Contains(doc.Text.AsSpan(doc.Tokens[i].Start, doc.Tokens[i + 2].End - doc.Tokens[i].Start)))
        {
            return i + 3;
        }

        return i < doc.Tokens.Count && doc.IsAny(i, Parts) ? i + 1 : null;
    }
}
