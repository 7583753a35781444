using ClaimExtractor.Core.Entities;
using ClaimExtractor.Core.Periods;

namespace ClaimExtractor.Core.Claims;

/// <summary>
/// The same-event key: subject (with role), metric and period. Two claims are compared only when their keys
/// are equal (or one's <see cref="Claim.LinkKeys"/> names the other's key); rules then check that the units agree,
/// so different currencies are never compared by value. The store indexes claims by <see cref="Value"/>.
/// </summary>
public readonly record struct ClaimKey(string Value)
{
    /// <summary>
    /// Builds the key <c>subject|role|metric|period</c>; a missing subject or period is empty, and a period is keyed by
    /// <see cref="Period.AlignmentLabel"/>, so two wordings of one stretch of whole months share a key.
    /// </summary>
    public static ClaimKey For(EntityRef? subject, SubjectRole role, string metricKey, Period? period) =>
        new(string.Join('|', subject?.Key ?? "", role.ToString().ToLowerInvariant(), metricKey, period?.AlignmentLabel ?? ""));

    /// <inheritdoc />
    public override string ToString() => Value;
}
