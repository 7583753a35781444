namespace ClaimExtractor.Core.Claims;

/// <summary>The store's identity of a claim.</summary>
public readonly record struct ClaimId(long Value)
{
    /// <inheritdoc />
    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
