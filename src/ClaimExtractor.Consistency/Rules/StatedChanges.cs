using ClaimExtractor.Consistency.Values;
using ClaimExtractor.Core.Claims;

namespace ClaimExtractor.Consistency.Rules;

/// <summary>
/// Which claims state a change that can be compared by value with another statement of the same change: "prices were
/// 6.8% higher than a year earlier" and "annual growth peaked at 6.0 per cent in November" both give November's rise
/// over November a year before, so they cannot both be right.
/// </summary>
internal static class StatedChanges
{
    /// <summary>True for an affirmed change with a period and a ratio ("rose 6.8%", "doubled"), not a share.</summary>
    public static bool IsComparable(StoredClaim stored) =>
        stored.Claim is { ChangeOf: not null, Period: not null, ShareOf: null, Negated: false } claim && ChangeRatio.Of(claim.Quantity) is not null;

    /// <summary>
    /// True when two changes start from the same point: the same stated earlier period, or none stated by either. A
    /// month's rise over the month before and its rise over a year before are different figures.
    /// </summary>
    public static bool SameBaseline(StoredClaim a, StoredClaim b) =>
        string.Equals(a.Claim.ChangeOf?.Reference?.Label, b.Claim.ChangeOf?.Reference?.Label, StringComparison.Ordinal);

    /// <summary>The change as a signed fraction: +6.8% is [0.0675, 0.0685], "halved" [-0.5, -0.5].</summary>
    public static Interval Of(StoredClaim stored) => ChangeRatio.Of(stored.Claim.Quantity)!.Value.Shift(-1);
}
