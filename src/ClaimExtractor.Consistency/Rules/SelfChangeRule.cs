using ClaimExtractor.Consistency.Explaining;
using ClaimExtractor.Consistency.Values;
using ClaimExtractor.Core.Claims;
using ClaimExtractor.Core.Consistency;

namespace ClaimExtractor.Consistency.Rules;

/// <summary>
/// A change that compares a period with itself and is not 1: "47 separate attacks in 2023, double the number they
/// were responsible for in 2023". The change and the level it modifies are flagged as <c>self</c>.
/// </summary>
public sealed class SelfChangeRule : IConsistencyRule
{
    /// <inheritdoc />
    public string Name => "self-change";

    /// <inheritdoc />
    public IEnumerable<Contradiction> Check(StoredClaim claim, ClaimContext context)
    {
        var change = claim.Claim;
        // (a period the story lent the change is no statement that it compares a period with itself: "Viewing ... was up 24
        // percent on last year's game" took last year from the sentence before)
        if (change.ChangeOf?.Reference is not { } reference || change.Period is not { } period || change.PeriodInferred ||
            reference.Label != period.Label || change.Negated || ChangeRatio.Of(change.Quantity) is not { } ratio)
        {
            yield break;
        }

        // "the same number as in 2023" is consistent; only a ratio that excludes 1 contradicts itself.
        if (ratio.Overlaps(new Interval(1, 1), context.Options.RelativeTolerance))
        {
            yield break;
        }

        if (ModifiedLevel(claim, context) is not { } level)
        {
            yield break;
        }

        var (a, b) = Levels.Ordered(level, claim);
        var (severity, score) = Grading.Grade(a, b, ratio.RelativeGap(new Interval(1, 1)));
        if (score < context.Options.MinimumScore)
        {
            yield break;
        }

        string explanation =
            $"{ClaimPhrases.Document(claim)} says {ClaimPhrases.Value(level)} and \"{ClaimPhrases.Value(claim)}\" for the same period " +
            $"({period.Label}): a figure cannot be {ValueFormat.Ratio(ratio)} itself, for {ClaimPhrases.Key(level.Claim)}.";
        yield return new Contradiction(a.Id, b.Id, ContradictionKind.Self, severity, score, explanation, level.Claim.Key);
    }

    // The level the change is about: in the same document, with the change's level key; else the nearest
    // level before it in the same sentence ("47 separate attacks in 2023, double the number ...").
    private static StoredClaim? ModifiedLevel(StoredClaim change, ClaimContext context)
    {
        var sameDocument = context.InDocument(change.Document.Id);
        var byKey = sameDocument.FirstOrDefault(c => c.Id != change.Id && c.Claim.Key == change.Claim.LinkKeys[0] && c.Claim.ChangeOf is null);
        // (an age describes who, no level: "women aged 18-24 was up 24 percent")
        return byKey ?? sameDocument
            .Where(c => c.Id != change.Id && c.Claim.ChangeOf is null && c.Claim.ShareOf is null && MetricKeys.Concept(c.Claim.MetricKey) != "age" &&
                        c.Claim.Sentence == change.Claim.Sentence &&
                        c.Claim.Quantity.Span.End <= change.Claim.Quantity.Span.Start)
            .MaxBy(c => c.Claim.Quantity.Span.Start);
    }
}
