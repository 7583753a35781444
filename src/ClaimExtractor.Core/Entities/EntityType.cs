namespace ClaimExtractor.Core.Entities;

/// <summary>Entity types, exported as PERSON, ORG, GPE, LOC, EVENT, OTHER.</summary>
public enum EntityType
{
    /// <summary>A person.</summary>
    Person,

    /// <summary>A company, agency, group or other organization.</summary>
    Org,

    /// <summary>A country, state or city as a political actor.</summary>
    Gpe,

    /// <summary>A place that is not a political actor (a river, a region).</summary>
    Loc,

    /// <summary>A named event, agreement or product.</summary>
    Event,

    /// <summary>Anything else.</summary>
    Other,
}
