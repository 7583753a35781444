namespace ClaimExtractor.Core.Claims;

/// <summary>The subject's part in what the figure measures.</summary>
public enum SubjectRole
{
    /// <summary>The subject did it or has it: North Korea stole $1.34 billion.</summary>
    Actor,

    /// <summary>The subject suffered it: $305 million stolen from DMM Bitcoin.</summary>
    Victim,

    /// <summary>The figure is about the subject without an action (a price, a population).</summary>
    Topic,
}
