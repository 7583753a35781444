namespace ClaimExtractor.Core.Entities;

/// <summary>A canonical entity: the name every alias resolves to ("North Korea" for DPRK, Pyongyang, the regime).</summary>
public sealed record EntityRef(string Name, EntityType Type)
{
    /// <summary>The lower-case name used in alignment keys.</summary>
    public string Key => Name.ToLowerInvariant();
}
