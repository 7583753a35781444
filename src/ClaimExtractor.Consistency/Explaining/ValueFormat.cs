using System.Globalization;
using ClaimExtractor.Core.Quantities;

namespace ClaimExtractor.Consistency.Explaining;

/// <summary>Writes a computed value the way news text would: "$1.34 billion", "2.03 times", "15.5%".</summary>
public static class ValueFormat
{
    /// <summary>A value in <paramref name="unit"/>, with a scale word for large amounts.</summary>
    public static string Format(double value, Unit unit)
    {
        string number = Scaled(value);
        return unit.Dimension switch
        {
            UnitDimension.Currency => Symbol(unit.Code) is { } symbol ? symbol + number : $"{number} {unit.Code}",
            UnitDimension.Percent => Number(value) + "%",
            UnitDimension.Ratio => Number(value) + " times",
            UnitDimension.Count => number,
            _ => $"{number} {unit.Code}",
        };
    }

    /// <summary>A ratio interval in words: "2.03 times" or "between 2.02 and 2.04 times".</summary>
    public static string Ratio(Values.Interval ratio) =>
        Math.Abs(ratio.High - ratio.Low) < 0.01 * Math.Max(1, Math.Abs(ratio.Low))
            ? Number((ratio.Low + ratio.High) / 2) + " times"
            : $"between {Number(ratio.Low)} and {Number(ratio.High)} times";

    /// <summary>A ratio as the change it makes: "a rise of 6.0%", "a fall of 12.5%", "no change".</summary>
    public static string Change(Values.Interval ratio)
    {
        double percent = (((ratio.Low + ratio.High) / 2) - 1) * 100;
        return Math.Abs(percent) < 0.05 ? "no change"
            : (percent > 0 ? "a rise of " : "a fall of ") + Math.Abs(percent).ToString("0.0", CultureInfo.InvariantCulture) + "%";
    }

    private static string Scaled(double value)
    {
        double magnitude = Math.Abs(value);
        return magnitude switch
        {
            >= 1e12 => Number(value / 1e12) + " trillion",
            >= 1e9 => Number(value / 1e9) + " billion",
            >= 1e6 => Number(value / 1e6) + " million",
            _ => Number(value),
        };
    }

    private static string Number(double value) =>
        double.IsPositiveInfinity(value) ? "unbounded" : Math.Round(value, 2).ToString("#,0.##", CultureInfo.InvariantCulture);

    private static string? Symbol(string code) => code switch
    {
        "USD" => "$",
        "EUR" => "€",
        "GBP" => "£",
        "JPY" => "¥",
        _ => null,
    };
}
