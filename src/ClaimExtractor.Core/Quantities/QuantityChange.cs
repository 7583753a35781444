namespace ClaimExtractor.Core.Quantities;

/// <summary>Whether a quantity states a level or a change of one.</summary>
public enum QuantityChange
{
    /// <summary>A level: "$2.2 billion".</summary>
    None,

    /// <summary>A rise by the value: "rose 21%".</summary>
    Increase,

    /// <summary>A fall by the value: "down 2.1%".</summary>
    Decrease,

    /// <summary>A multiplier of an earlier level: "doubled" (2), "halved" (0.5).</summary>
    Multiplier,
}
