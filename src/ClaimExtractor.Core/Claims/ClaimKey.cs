using ClaimExtractor.Core.Entities;
using ClaimExtractor.Core.Periods;
using ClaimExtractor.Core.Quantities;

namespace ClaimExtractor.Core.Claims;

/// <summary>
/// The same-event key: subject (with role), metric, unit and period. Two claims are compared only when their
/// keys are equal; the store indexes claims by <see cref="Value"/>.
/// </summary>
public readonly record struct ClaimKey(string Value)
{
    /// <summary>Builds the key <c>subject|role|metric|unit|period</c>; a missing subject or period is empty.</summary>
    public static ClaimKey For(EntityRef? subject, SubjectRole role, string metricKey, Unit unit, Period? period) =>
        new(string.Join('|', subject?.Key ?? "", role.ToString().ToLowerInvariant(), metricKey, unit.Code, period?.Label ?? ""));

    /// <inheritdoc />
    public override string ToString() => Value;
}
