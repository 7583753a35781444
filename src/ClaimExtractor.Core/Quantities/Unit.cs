namespace ClaimExtractor.Core.Quantities;

/// <summary>
/// A unit: its contract code (<c>USD</c>, <c>BTC</c>, <c>percent</c>, <c>percentage_point</c>, <c>count</c>,
/// <c>ratio</c>, <c>rank</c>, <c>date</c>, <c>km</c>, ...) and its dimension.
/// </summary>
public readonly record struct Unit(string Code, UnitDimension Dimension)
{
    /// <summary>US dollars.</summary>
    public static Unit Usd { get; } = Currency("USD");

    /// <summary>Percent.</summary>
    public static Unit Percent { get; } = new("percent", UnitDimension.Percent);

    /// <summary>Percentage points.</summary>
    public static Unit PercentagePoint { get; } = new("percentage_point", UnitDimension.PercentagePoint);

    /// <summary>A count; see <see cref="Quantity.Noun"/> for what is counted.</summary>
    public static Unit Count { get; } = new("count", UnitDimension.Count);

    /// <summary>A multiplier.</summary>
    public static Unit Ratio { get; } = new("ratio", UnitDimension.Ratio);

    /// <summary>A place in an order ("ranks between the tenth and the fifteenth").</summary>
    public static Unit Rank { get; } = new("rank", UnitDimension.Count);

    /// <summary>A date.</summary>
    public static Unit Date { get; } = new("date", UnitDimension.Date);

    /// <summary>Money in the currency with this ISO 4217 code.</summary>
    public static Unit Currency(string isoCode) => new(isoCode, UnitDimension.Currency);

    /// <summary>A crypto asset with this ticker.</summary>
    public static Unit Crypto(string ticker) => new(ticker, UnitDimension.Crypto);

    /// <summary>A unit of measure (<c>km</c>, <c>kg</c>, <c>t</c>, ...).</summary>
    public static Unit Measure(string code) => new(code, UnitDimension.Measure);

    /// <inheritdoc />
    public override string ToString() => Code;
}
