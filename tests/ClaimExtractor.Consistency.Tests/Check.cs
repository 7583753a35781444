using ClaimExtractor.Core.Claims;
using ClaimExtractor.Core.Consistency;

namespace ClaimExtractor.Consistency.Tests;

/// <summary>Runs one rule, or the whole checker, over a set of claims as the checker would.</summary>
internal static class Check
{
    public static IReadOnlyList<Contradiction> Rule(IConsistencyRule rule, params StoredClaim[] claims) =>
        new ConsistencyChecker([rule], ConsistencyOptions.Default).Check(claims, claims);

    public static IReadOnlyList<Contradiction> All(params StoredClaim[] claims) =>
        ConsistencyChecker.CreateDefault().Check(claims, claims);

    public static (long, long, ContradictionKind) Pair(Contradiction flag) =>
        (Math.Min(flag.A.Value, flag.B.Value), Math.Max(flag.A.Value, flag.B.Value), flag.Kind);
}
