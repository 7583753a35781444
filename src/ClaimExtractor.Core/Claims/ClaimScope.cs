namespace ClaimExtractor.Core.Claims;

/// <summary>Whether a figure is one subject's part or a whole of which parts are taken.</summary>
public enum ClaimScope
{
    /// <summary>The subject's own figure.</summary>
    Part,

    /// <summary>A total across subjects ("the $2.2 billion stolen from global crypto platforms").</summary>
    Total,
}
