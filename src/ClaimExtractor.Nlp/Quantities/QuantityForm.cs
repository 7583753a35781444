namespace ClaimExtractor.Nlp.Quantities;

/// <summary>How a quantity was written; the claim assembler uses it to choose metric keys.</summary>
public enum QuantityForm
{
    /// <summary>A bare number counting something.</summary>
    Count,

    /// <summary>An amount of money.</summary>
    Money,

    /// <summary>A crypto-asset amount.</summary>
    Crypto,

    /// <summary>A percentage or percentage points written as a number.</summary>
    Percent,

    /// <summary>A fraction or share in words ("two-thirds", "one in five"), normalized to percent.</summary>
    Fraction,

    /// <summary>A multiplier ("doubled", "three times").</summary>
    Multiplier,

    /// <summary>A unit of measure (km, acres, barrels).</summary>
    Measure,

    /// <summary>A date used as a claim ("the theft in May").</summary>
    Date,
}
