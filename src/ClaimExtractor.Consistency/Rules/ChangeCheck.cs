using ClaimExtractor.Consistency.Explaining;
using ClaimExtractor.Consistency.Values;
using ClaimExtractor.Core.Claims;

namespace ClaimExtractor.Consistency.Rules;

/// <summary>Whether a change misstates the ratio of the two levels it compares, and how the flag is graded.</summary>
internal static class ChangeCheck
{
    /// <summary>
    /// The flag's two claims (the change and the earlier level it misstates, in reading order), its grade and the ratio
    /// the levels imply; null when they bear the change out or the flag would score below the minimum. Compared as
    /// changes (+6.0% vs +6.8%), so the tolerance is a share of the change, not of the whole ratio.
    /// </summary>
    public static (StoredClaim A, StoredClaim B, double Severity, double Score, Interval Implied)? Misstated(
        StoredClaim change, Interval stated, StoredClaim now, StoredClaim then, ConsistencyOptions options) =>
        Misstated(change, stated, Interval.Of(now.Claim.Quantity).DividedBy(Interval.Of(then.Claim.Quantity)), then, options);

    /// <summary>As above, with the ratio the levels imply worked out by the caller.</summary>
    public static (StoredClaim A, StoredClaim B, double Severity, double Score, Interval Implied)? Misstated(
        StoredClaim change, Interval stated, Interval implied, StoredClaim then, ConsistencyOptions options)
    {
        if (implied.Shift(-1).Overlaps(stated.Shift(-1), options.RelativeTolerance))
        {
            return null;
        }

        var (a, b) = Levels.Ordered(change, then);
        var (severity, score) = Grading.Grade(a, b, implied.Shift(-1).RelativeGap(stated.Shift(-1)));
        return score < options.MinimumScore ? null : (a, b, severity, score, implied);
    }
}
