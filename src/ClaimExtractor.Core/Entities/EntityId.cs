namespace ClaimExtractor.Core.Entities;

/// <summary>The store's identity of a canonical entity.</summary>
public readonly record struct EntityId(long Value)
{
    /// <inheritdoc />
    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
