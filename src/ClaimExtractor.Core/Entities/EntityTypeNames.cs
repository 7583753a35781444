namespace ClaimExtractor.Core.Entities;

/// <summary>Contract names of <see cref="EntityType"/>.</summary>
public static class EntityTypeNames
{
    /// <summary>PERSON, ORG, GPE, LOC, EVENT or OTHER.</summary>
    public static string ToName(this EntityType type) => type switch
    {
        EntityType.Person => "PERSON",
        EntityType.Org => "ORG",
        EntityType.Gpe => "GPE",
        EntityType.Loc => "LOC",
        EntityType.Event => "EVENT",
        _ => "OTHER",
    };

    /// <summary>Reads a contract name back; unknown names give <see cref="EntityType.Other"/>.</summary>
    public static EntityType Parse(string? name) => name switch
    {
        "PERSON" or "PER" => EntityType.Person,
        "ORG" => EntityType.Org,
        "GPE" => EntityType.Gpe,
        "LOC" => EntityType.Loc,
        "EVENT" => EntityType.Event,
        _ => EntityType.Other,
    };
}
