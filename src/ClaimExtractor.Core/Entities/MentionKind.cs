namespace ClaimExtractor.Core.Entities;

/// <summary>How a mention names its entity.</summary>
public enum MentionKind
{
    /// <summary>The canonical name or a proper-name alias (DPRK, Pyongyang).</summary>
    Name,

    /// <summary>A nationality or group word ("North Korean hackers").</summary>
    Demonym,

    /// <summary>A definite description or pronoun resolved by coreference ("the regime", "its").</summary>
    Reference,
}
