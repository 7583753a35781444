using ClaimExtractor.Consistency.Explaining;
using ClaimExtractor.Consistency.Values;
using ClaimExtractor.Core.Claims;
using ClaimExtractor.Core.Consistency;
using ClaimExtractor.Core.Quantities;

namespace ClaimExtractor.Consistency.Rules;

/// <summary>
/// A percentage change against the two levels its own story gives for it, in its sentence or the one before: "the
/// average delay was 47 minutes, up from 32 minutes last July. That's a 60% jump" (47 against 32 is a 46.9% rise), or
/// "The average price rose to £314,900. Prices were 6.8% higher than a year earlier, when the average stood at
/// £297,000" (a 6.0% rise). When the change does not match the ratio of the two, the change and the earlier level
/// are flagged as <c>arithmetic</c>. Periods are not needed: the text itself pairs the figures.
/// </summary>
public sealed class ChangeInTextRule : IConsistencyRule
{
    // Characters between two sentences that follow each other: a space or a paragraph break.
    private const int AdjacentGap = 3;

    /// <inheritdoc />
    public string Name => "change-in-text";

    /// <inheritdoc />
    public IEnumerable<Contradiction> Check(StoredClaim claim, ClaimContext context)
    {
        // (a forecast change, "sees full-year sales growth of 4.8% to 5.1%", is of no levels the story reports)
        var change = claim.Claim;
        if (change.Quantity.Unit.Dimension != UnitDimension.Percent || change.Quantity.Change is not (QuantityChange.Increase or QuantityChange.Decrease)
            || change.Negated || MetricKeys.IsExpected(change.MetricKey) || ChangeRatio.Of(change.Quantity) is not { } ratio)
        {
            yield break;
        }

        // "The average price reached £266,064, up from £264,420. Prices in London rose 1.9%": another subject's change is
        // not of those levels
        var near = context.InDocument(claim.Document.Id).Where(c => c.Id != claim.Id && IsLevel(c) && (c.Claim.Sentence == change.Sentence || Precedes(c, claim))
            && !OtherSubjects(c.Claim, change)).ToList();
        foreach (var then in near.Where(c => Levels.IsComparedAgainst(c) || (c.Claim.Sentence == change.Sentence && After(c, claim) && ComparesWithEarlier(claim))))
        {
            var now = near.Where(c => c.Id != then.Id && c.Claim.MetricKey == then.Claim.MetricKey && Levels.SameUnit(c, then) && !Levels.IsComparedAgainst(c)
                    && c.Claim.Quantity.Span.Start < then.Claim.Quantity.Span.Start)
                .MaxBy(c => c.Claim.Quantity.Span.Start);
            // the change must be of the levels' measure, unless its sentence points back at them ("That's a 60% jump
            // in the time you spent waiting" after "the average delay was 47 minutes, up from 32 minutes")
            if (now is null || (change.ChangeOf is { } frame && frame.LevelMetricKey != then.Claim.MetricKey && !(PointsBack(claim) && Precedes(then, claim))))
            {
                continue;
            }

            if (ChangeCheck.Misstated(claim, ratio, now, then, context.Options) is not var (a, b, severity, score, implied))
            {
                continue;
            }

            string explanation =
                $"{ClaimPhrases.Document(claim)} calls the change \"{ClaimPhrases.Value(claim)}\", but {ClaimPhrases.Value(now)} against " +
                $"{ClaimPhrases.Value(then)}, both in the same passage, is {ValueFormat.Change(implied)}, for {Passage(now, then)}.";
            yield return new Contradiction(a.Id, b.Id, ContradictionKind.Arithmetic, severity, score, explanation, now.Claim.Key);
        }
    }

    // the levels' key in words with both their periods: "Channel, arrivals count, 2025-01/2025-06 against 2024-H1"
    private static string Passage(StoredClaim now, StoredClaim then) =>
        now.Claim.Period?.Label is { } nowLabel && then.Claim.Period?.Label is { } thenLabel && nowLabel != thenLabel
            ? $"{ClaimPhrases.Key(now.Claim with { ChangeOf = null })} against {thenLabel}"
            : ClaimPhrases.Key(now.Claim.Subject?.Name, now.Claim.MetricKey, now.Claim.Period?.Label ?? then.Claim.Period?.Label);

    // a plain level in money, counts or units (a change of a percentage level is ambiguous: points or percent)
    private static bool IsLevel(StoredClaim c) =>
        c.Claim.ShareOf is null && c.Claim.ChangeOf is null && c.Claim.Quantity.Change == QuantityChange.None && !c.Claim.Negated
        && c.Claim.Quantity.Unit.Dimension is not (UnitDimension.Percent or UnitDimension.Ratio or UnitDimension.Date);

    private static bool Precedes(StoredClaim earlier, StoredClaim later) =>
        earlier.Claim.Sentence.End <= later.Claim.Sentence.Start && later.Claim.Sentence.Start - earlier.Claim.Sentence.End <= AdjacentGap;

    // "That's a 60% jump", "This is a 12% rise", "That represents a fall of 5%": the sentence opens by pointing at the last one
    private static bool PointsBack(StoredClaim change)
    {
        var words = change.SentenceText.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 2 && words[0].ToLowerInvariant() is "that's" or "that’s" or "this" or "that" or "it's" or "it’s"
            && (words[0].Contains('\'', StringComparison.Ordinal) || words[0].Contains('’', StringComparison.Ordinal)
                || words[1].ToLowerInvariant() is "is" or "was" or "represents" or "represented" or "marks" or "marked" or "means" or "amounts");
    }

    private static bool OtherSubjects(Claim a, Claim b) => a.Subject is { } x && b.Subject is { } y && x.Key != y.Key;

    private static bool After(StoredClaim c, StoredClaim change) => c.Claim.Quantity.Span.Start >= change.Claim.Quantity.Span.End;

    // "6.8% higher than a year earlier, when ...": the change names the earlier time, and a figure after it is that time's
    private static bool ComparesWithEarlier(StoredClaim change)
    {
        int at = change.Claim.Quantity.Span.End - change.Claim.Sentence.Start;
        if (at < 0 || at > change.SentenceText.Length)
        {
            return false;
        }

        var words = change.SentenceText[at..].Split(' ', 4, StringSplitOptions.RemoveEmptyEntries);
        return words.Take(3).Any(w => w.Equals("than", StringComparison.OrdinalIgnoreCase));
    }
}
