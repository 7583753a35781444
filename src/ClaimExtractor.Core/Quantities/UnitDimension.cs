namespace ClaimExtractor.Core.Quantities;

/// <summary>What a unit measures. Values of different dimensions are never compared.</summary>
public enum UnitDimension
{
    /// <summary>Money in a currency named by its ISO 4217 code.</summary>
    Currency,

    /// <summary>A crypto-asset amount (BTC, ETH).</summary>
    Crypto,

    /// <summary>A percentage (61 percent is 61).</summary>
    Percent,

    /// <summary>A difference of percentages.</summary>
    PercentagePoint,

    /// <summary>A count of things; the counted noun travels with the quantity.</summary>
    Count,

    /// <summary>A multiplier: doubled is 2, halved is 0.5.</summary>
    Ratio,

    /// <summary>A calendar date or month used as a claim.</summary>
    Date,

    /// <summary>Length, mass, volume, speed, area, energy and other measures.</summary>
    Measure,
}
