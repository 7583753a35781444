using ClaimExtractor.Core.Claims;
using ClaimExtractor.Core.Consistency;

namespace ClaimExtractor.Consistency;

/// <summary>
/// One consistency rule. Given a claim and the stored claims aligned with it, it returns the flags it raises.
/// A rule must give the same verdict on a pair whichever claim it starts from, and never pair a claim with itself.
/// </summary>
public interface IConsistencyRule
{
    /// <summary>A short name for logs and tests.</summary>
    string Name { get; }

    /// <summary>The flags this rule raises on <paramref name="claim"/>.</summary>
    IEnumerable<Contradiction> Check(StoredClaim claim, ClaimContext context);
}
