namespace ClaimExtractor.Core.Consistency;

/// <summary>A reviewer's verdict on a flag, exported as <c>open</c>, <c>confirmed</c>, <c>dismissed</c>.</summary>
public enum ContradictionStatus
{
    /// <summary>Not reviewed yet.</summary>
    Open,

    /// <summary>A reviewer agrees the claims conflict.</summary>
    Confirmed,

    /// <summary>A reviewer found the flag wrong.</summary>
    Dismissed,
}
