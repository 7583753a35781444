using ClaimExtractor.Core.Periods;
using ClaimExtractor.Core.Text;

namespace ClaimExtractor.Nlp.Periods;

/// <summary>
/// A time expression and what it resolves to; <see cref="Period"/> is null when it cannot be resolved
/// ("in recent years", or a relative phrase in an article without a publication date).
/// </summary>
public sealed record PeriodExpression(TextSpan Span, Period? Period, PeriodCue Cue, int FirstToken, int EndToken)
{
    /// <summary>
    /// For the stretch a "since" clause opens ("since Kraft merged with Heinz in 2015"), the time the clause itself tells
    /// of (2015), which dates what the clause says; null otherwise.
    /// </summary>
    public PeriodExpression? Told { get; init; }

    /// <summary>The Core form, for callers that want mentions; null when unresolved.</summary>
    public PeriodMention? ToMention() =>
        Period is null ? null : new PeriodMention(Span, Period, Cue is PeriodCue.ThisYear or PeriodCue.Relative or PeriodCue.Weekday or PeriodCue.Since or PeriodCue.Present);
}
