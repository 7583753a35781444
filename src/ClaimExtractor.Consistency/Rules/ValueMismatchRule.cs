using System.Text.RegularExpressions;
using ClaimExtractor.Consistency.Explaining;
using ClaimExtractor.Consistency.Values;
using ClaimExtractor.Core.Claims;
using ClaimExtractor.Core.Consistency;
using ClaimExtractor.Core.Quantities;

namespace ClaimExtractor.Consistency.Rules;

/// <summary>
/// Two levels (or two shares of one measure) with the same subject, metric, period and unit whose intervals do not overlap, or two changes of one
/// measure over one period from the same baseline (<see cref="StatedChanges"/>: +6.8% vs +6.0% on a year earlier).
/// Inside one document that is a <c>self</c> contradiction, unless the document gives a series of values for it (a
/// table, a timeline); a later document that words it as a revision is an <c>update</c>. Two quotes of a traded price
/// are compared only when both are closing prices (<see cref="MarketQuotes"/>).
/// </summary>
public sealed class ValueMismatchRule : IConsistencyRule
{
    /// <inheritdoc />
    public string Name => "value-mismatch";

    /// <inheritdoc />
    public IEnumerable<Contradiction> Check(StoredClaim claim, ClaimContext context)
    {
        bool change = StatedChanges.IsComparable(claim);
        bool share = !change && Levels.IsComparableShare(claim);
        if (!change && !share && !Levels.IsComparable(claim))
        {
            yield break;
        }

        foreach (var other in change || share ? context.WithKey(claim.Claim.Key) : Levels.AlignedWith(claim, context))
        {
            bool comparable = change ? StatedChanges.IsComparable(other) && StatedChanges.SameBaseline(claim, other)
                : share ? Levels.IsComparableShare(other) : Levels.IsComparable(other);
            if (other.Id == claim.Id || !comparable || !Levels.SameUnit(claim, other) || !Levels.SameTime(claim, other, context.Options))
            {
                continue;
            }

            // two outlets' counts are whole numbers ("five seats" and "four seats" conflict); one story's own small counts
            // keep the slack of their wording (a stats line's "1 pass defended" and "2 passes defended" are two games)
            Func<Quantity, Interval> interval = other.Document.Id == claim.Document.Id ? Interval.Of : Interval.OfWholeCount;
            var mine = change ? StatedChanges.Of(claim) : interval(claim.Claim.Quantity);
            var theirs = change ? StatedChanges.Of(other) : interval(other.Claim.Quantity);
            if (mine.Overlaps(theirs, context.Options.RelativeTolerance) || !Levels.PlausiblyOneFigure(claim, other, mine, theirs))
            {
                continue;
            }

            if (Unanchored(claim, other) || MarketQuotes.DifferentMoments(claim, other) || DifferentForecasters(claim, other) || (other.Document.Id == claim.Document.Id && (OneSentence(claim, other) || IsSeries(claim, context) || AnotherOne(claim) || AnotherOne(other))))
            {
                continue;
            }

            var (a, b) = Levels.Ordered(claim, other);
            var (severity, score) = Grading.Grade(a, b, mine.RelativeGap(theirs), Levels.UndatedDiscount(a, b));
            if (score < context.Options.MinimumScore)
            {
                continue;
            }

            var kind = a.Document.Id == b.Document.Id ? ContradictionKind.Self
                : Revision.IsUpdate(a, b) ? ContradictionKind.Update
                : ContradictionKind.ValueMismatch;
            yield return new Contradiction(a.Id, b.Id, kind, severity, score, Explain(kind, a, b), a.Claim.Key);
        }
    }

    // Three or more values for one measure in three or more sentences of one document are a series (a results table,
    // a timeline, a list by region the frames did not tell apart), not a document contradicting itself. (Two values
    // in one sentence are usually parts: "218,000 vehicles in the US and 31,500 in Canada"; "another 210,000" and "up
    // from 212,000" are not restatements.)
    private static bool IsSeries(StoredClaim claim, ClaimContext context)
    {
        var same = context.InDocument(claim.Document.Id)
            .Where(c => c.Claim.Key == claim.Claim.Key && Levels.IsComparable(c) && Levels.SameUnit(c, claim) &&
                        !Levels.AddsToAnother(c) && !Levels.IsComparedAgainst(c))
            .ToList();
        return same.Select(c => c.Claim.Quantity.Value).Distinct().Skip(2).Any() && same.Select(c => c.Claim.Sentence).Distinct().Skip(2).Any();
    }

    // Two values for one measure in one sentence are never the writer contradicting themselves: they are a change told
    // as its two ends ("dropped to $9.1 billion, down from $19.5 billion"), a comparison ("instead of the usual 5
    // inches"), two measures the frames did not tell apart ("sales growth of 1.8 percent and comparable sales growth of
    // 3.5 percent") or parts ("1080 pixels by 1920 pixels").
    private static bool OneSentence(StoredClaim a, StoredClaim b) => a.Claim.Sentence == b.Claim.Sentence;

    // "another study in 48 people", "a second survey found 61%", "another 40 were hurt": a sentence that says it speaks of
    // another instance, or of more of them, states another figure, never the same one again
    private static bool AnotherOne(StoredClaim claim) => Another.IsMatch(claim.SentenceText);

    private static readonly Regex Another = new(@"\b(another|a second|a separate|a different|a further|an additional)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    // Two undated figures with nothing but their unit to say what they measure ("½ cup" and "¼ cup" of a recipe, "$999"
    // and "$799" on two product pages, "11" and "22" of a results list) are different things more often than one thing
    // stated twice; in one document even a date does not make them one figure (a page's 13-inch and 16-inch models),
    // nor does it make two unnamed rates one: a place has many percentages in a year ("the national rate fell to
    // 92.7%" is a vaccination rate, "the share of kindergartners with an exemption rose to 3.3%" another).
    private static bool Unanchored(StoredClaim a, StoredClaim b) =>
        !Levels.NamesWhatItMeasures(a) && !Levels.NamesWhatItMeasures(b) &&
        (a.Document.Id == b.Document.Id || (!Levels.StatesPeriod(a) && !Levels.StatesPeriod(b)) || a.Claim.Quantity.Unit.Dimension == UnitDimension.Percent);

    // Two consensus figures of different forecasters ("Economists had expected 140,000 jobs" and "the Dow Jones estimate
    // for 150,000") are two polls, not one figure told two ways: they are set against each other only when one source
    // gave both. A company's own guidance ("Halvorsen said it expected cost savings of $180mn") is one source's; a company
    // that says it beat the analysts' figure ("beating analysts' expectations of 4.5 million, the company said") is not the
    // poll's source.
    private static bool DifferentForecasters(StoredClaim a, StoredClaim b) =>
        MetricKeys.IsExpected(a.Claim.MetricKey) && (Consensus.IsMatch(a.SentenceText) || Consensus.IsMatch(b.SentenceText))
        && (a.Claim.Attribution is null || !string.Equals(a.Claim.Attribution, b.Claim.Attribution, StringComparison.OrdinalIgnoreCase)
            || string.Equals(a.Claim.Attribution, a.Claim.Subject?.Name, StringComparison.OrdinalIgnoreCase));

    private static readonly Regex Consensus = new(@"\b(analysts?|economists?|forecasters?|estimates?|consensus|polled|poll|Wall Street)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static string Explain(ContradictionKind kind, StoredClaim a, StoredClaim b)
    {
        string key = ClaimPhrases.Key(a.Claim);
        return kind switch
        {
            ContradictionKind.Self =>
                $"{ClaimPhrases.Document(a)} gives two values for {key}: {ClaimPhrases.Value(a)} and {ClaimPhrases.Value(b)}{ClaimPhrases.SharedSource(a, b)}.",
            ContradictionKind.Update =>
                $"{ClaimPhrases.Document(Revision.Later(a, b))} revises {key} from {ClaimPhrases.Value(Revision.Earlier(a, b))} ({ClaimPhrases.Document(Revision.Earlier(a, b))}) to {ClaimPhrases.Value(Revision.Later(a, b))}.",
            _ =>
                $"{ClaimPhrases.Document(a)} says {ClaimPhrases.Value(a)} but {ClaimPhrases.Document(b)} says {ClaimPhrases.Value(b)} for {key}{ClaimPhrases.SharedSource(a, b)}.",
        };
    }
}
