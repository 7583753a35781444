using ClaimExtractor.Consistency.Explaining;
using ClaimExtractor.Consistency.Values;
using ClaimExtractor.Core.Claims;
using ClaimExtractor.Core.Consistency;

namespace ClaimExtractor.Consistency.Rules;

/// <summary>
/// A change between two periods ("more than doubled from last year", "rose 21%") must match the ratio of the levels
/// stated for those periods; when it cannot, the change and the earlier level are flagged as <c>arithmetic</c> (the newer
/// level is named in the explanation).
/// </summary>
public sealed class ChangeArithmeticRule : IConsistencyRule
{
    /// <inheritdoc />
    public string Name => "change-arithmetic";

    /// <inheritdoc />
    public IEnumerable<Contradiction> Check(StoredClaim claim, ClaimContext context)
    {
        if (IsDatedChange(claim))
        {
            foreach (var found in CheckChange(claim, context))
            {
                yield return found;
            }

            yield break;
        }

        if (!Levels.IsComparable(claim))
        {
            yield break;
        }

        // A new level may complete a change stored earlier: check every change that names this level's key.
        foreach (var change in context.LinkedTo(claim.Claim.Key))
        {
            if (IsDatedChange(change))
            {
                foreach (var found in CheckChange(change, context))
                {
                    yield return found;
                }
            }
        }
    }

    // (a forecast change is of no levels anyone reports)
    private static bool IsDatedChange(StoredClaim claim) =>
        claim.Claim.ChangeOf?.Reference is { } reference && claim.Claim.Period is { } period &&
        reference.Label != period.Label && !claim.Claim.Negated && !MetricKeys.IsExpected(claim.Claim.MetricKey) && ChangeRatio.Of(claim.Claim.Quantity) is not null;

    private static IEnumerable<Contradiction> CheckChange(StoredClaim change, ClaimContext context)
    {
        // IsDatedChange guarantees a ratio and two link keys (own period, reference period).
        var ratio = ChangeRatio.Of(change.Claim.Quantity)!.Value;
        var keys = change.Claim.LinkKeys;
        // A ratio between two periods needs levels that state their periods, not ones read from the story around them.
        foreach (var now in context.WithKey(keys[0]).Where(c => Levels.IsComparable(c) && Levels.StatesPeriod(c)))
        {
            foreach (var then in context.WithKey(keys[1]).Where(c => Levels.IsComparable(c) && Levels.StatesPeriod(c) && Levels.SameUnit(c, now)))
            {
                if (ChangeCheck.Misstated(change, ratio, now, then, context.Options) is not var (a, b, severity, score, implied))
                {
                    continue;
                }

                string explanation =
                    $"{ClaimPhrases.Document(change)} says {ClaimPhrases.Metric(change.Claim.ChangeOf!.LevelMetricKey)} changed by " +
                    $"\"{ClaimPhrases.Value(change)}\" from {then.Claim.Period?.Label} to {now.Claim.Period?.Label}, but " +
                    $"{ClaimPhrases.Value(now)} ({ClaimPhrases.Document(now)}) against {ClaimPhrases.Value(then)} ({ClaimPhrases.Document(then)}) " +
                    $"is {ValueFormat.Ratio(implied)}, for {ClaimPhrases.Key(now.Claim)}.";
                yield return new Contradiction(a.Id, b.Id, ContradictionKind.Arithmetic, severity, score, explanation, now.Claim.Key);
            }
        }
    }
}
