using ClaimExtractor.Core.Claims;

namespace ClaimExtractor.Consistency.Explaining;

/// <summary>
/// Severity and score of a flag. Severity (how much it matters) grows with the relative gap between the values,
/// rises when both claims cite the same source (someone misreported it) and drops when either is hedged.
/// Score (how sure the flag is) is the weaker claim's extraction confidence, lowered for hedged claims.
/// </summary>
public static class Grading
{
    /// <summary>
    /// Grades a flag on <paramref name="a"/> and <paramref name="b"/> whose values are <paramref name="relativeGap"/> apart;
    /// <paramref name="certainty"/> below 1 lowers the score when the alignment itself is less sure (undated figures).
    /// </summary>
    public static (double Severity, double Score) Grade(StoredClaim a, StoredClaim b, double relativeGap, double certainty = 1)
    {
        bool hedged = a.Claim.Hedged || b.Claim.Hedged;
        double severity = 0.35 + 0.65 * Math.Min(1, relativeGap * 2);
        if (ClaimPhrases.SameSource(a, b))
        {
            severity += 0.15;
        }

        if (hedged)
        {
            severity -= 0.2;
        }

        double score = Math.Min(Confidence(a), Confidence(b)) * (hedged ? 0.75 : 1) * certainty;
        return (Math.Round(Math.Clamp(severity, 0, 1), 3), Math.Round(Math.Clamp(score, 0, 1), 3));
    }

    // An extractor that reports no confidence is taken as undecided rather than certain or worthless.
    private static double Confidence(StoredClaim claim) => claim.Claim.Confidence > 0 ? claim.Claim.Confidence : 0.5;
}
