using System.Collections.Frozen;
using System.Text.Json;

namespace ClaimExtractor.Nlp.Tests.PeerSuites;

/// <summary>
/// The suites' unit names translated to this project's unit codes (ISO 4217 for money, <c>models/quantities/units.tsv</c>
/// codes for measures). A name missing here is a unit the project has no code for: only the dimension is checked.
/// </summary>
internal static class PeerUnits
{
    private static readonly FrozenDictionary<string, string> Currencies = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["dollar"] = "USD",
        ["euro"] = "EUR",
        ["pound sterling"] = "GBP",
        ["british pound"] = "GBP",
        ["pound"] = "GBP",
        ["bitcoin"] = "BTC",
        ["chinese yuan"] = "CNY",
        ["japanese yen"] = "JPY",
        ["indian rupee"] = "INR",
        ["rupee"] = "INR",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, string> Measures = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["foot"] = "ft",
        ["meter"] = "m",
        ["metre"] = "m",
        ["m"] = "m",
        ["mile"] = "mi",
        ["pound"] = "lb",
        ["pound-mass"] = "lb",
        ["gallon"] = "gal",
        ["ton"] = "t",
        ["metric ton"] = "t",
        ["tonne"] = "t",
        ["kilometer per hour"] = "km/h",
        ["kilometre per hour"] = "km/h",
        ["kilogram"] = "kg",
        ["inch"] = "in",
        ["kilometer"] = "km",
        ["kilometre"] = "km",
        ["millimeter"] = "mm",
        ["millimetre"] = "mm",
        ["centimeter"] = "cm",
        ["centimetre"] = "cm",
        ["mile per hour"] = "mph",
        ["square kilometer"] = "km2",
        ["square kilometre"] = "km2",
        ["square mile"] = "mi2",
        ["acre"] = "acre",
        ["barrel"] = "bbl",
        ["litre"] = "l",
        ["liter"] = "l",
        ["gram"] = "g",
        ["c"] = "degC",
        ["celsius"] = "degC",
        ["degree celsius"] = "degC",
        ["f"] = "degF",
        ["fahrenheit"] = "degF",
        ["degree fahrenheit"] = "degF",
        ["megawatt hour"] = "MWh",
        ["hectare"] = "ha",
        ["millilitre"] = "ml",
        ["milliliter"] = "ml",
        ["centilitre"] = "cl",
        ["hectolitre"] = "hl",
        ["microgram"] = "ug",
        ["milligram"] = "mg",
        ["ounce"] = "oz",
        ["cup"] = "cup",
        ["yard"] = "yd",
        ["nanometre"] = "nm",
        ["nanometer"] = "nm",
        ["square meter"] = "m2",
        ["square metre"] = "m2",
        ["cubic foot"] = "ft3",
        ["cubic kilometre"] = "km3",
        ["tablespoon"] = "tbsp",
        ["teaspoon"] = "tsp",
        ["megabyte"] = "MB",
        ["watt hour"] = "Wh",
        ["gigahertz"] = "GHz",
        ["kelvin"] = "K",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    // Each measure code's size in its family's base unit (metre, gram, litre), so "0.002 kg" can be checked against a
    // suite that writes 2 grams: the pipeline keeps the unit as written, the suites sometimes normalize it.
    private static readonly FrozenDictionary<string, (string Family, decimal Size)> Sizes = new Dictionary<string, (string, decimal)>(StringComparer.Ordinal)
    {
        ["nm"] = ("length", 0.000000001m),
        ["mm"] = ("length", 0.001m),
        ["cm"] = ("length", 0.01m),
        ["m"] = ("length", 1m),
        ["km"] = ("length", 1000m),
        ["in"] = ("length", 0.0254m),
        ["ft"] = ("length", 0.3048m),
        ["yd"] = ("length", 0.9144m),
        ["mi"] = ("length", 1609.344m),
        ["ug"] = ("mass", 0.000001m),
        ["mg"] = ("mass", 0.001m),
        ["g"] = ("mass", 1m),
        ["kg"] = ("mass", 1000m),
        ["t"] = ("mass", 1000000m),
        ["oz"] = ("mass", 28.349523125m),
        ["lb"] = ("mass", 453.59237m),
        ["ml"] = ("volume", 0.001m),
        ["cl"] = ("volume", 0.01m),
        ["l"] = ("volume", 1m),
        ["hl"] = ("volume", 100m),
        ["gal"] = ("volume", 3.785411784m),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>How many <paramref name="to"/> one <paramref name="from"/> is, when both measure the same thing.</summary>
    public static decimal? Factor(string from, string to) =>
        Sizes.TryGetValue(from, out var a) && Sizes.TryGetValue(to, out var b) && a.Family == b.Family ? a.Size / b.Size : null;

    /// <summary>What one of a small unit of money is in the main unit, in which the pipeline states its amounts ("42 cents" is 0.42 USD).</summary>
    public static decimal? SmallCoin(string unit) => unit.ToUpperInvariant() switch
    {
        "CENT" or "PENCE" or "PENNY" or "SEN" => 0.01m,
        "DIME" => 0.1m,
        _ => null,
    };

    /// <summary>How many things a counting word names ("a dozen" eggs is 12), which the pipeline counts one by one.</summary>
    public static decimal? CountingWord(string unit) => unit.ToLowerInvariant() switch
    {
        "dozen" => 12m,
        "baker's dozen" => 13m,
        "gross" => 144m,
        _ => null,
    };

    /// <summary>
    /// A price per a unit ("dollar per kilogram"): the currency code and the unit's name. The pipeline keeps the money's
    /// currency and states what it is quoted per as its noun ("$350 per kg" is 350 USD, noun "kg").
    /// </summary>
    public static (string Currency, string Per)? PricePer(string unit)
    {
        int per = unit.IndexOf(" per ", StringComparison.Ordinal);
        return per > 0 && CurrencyName(unit[..per]) is { } currency ? (currency, unit[(per + 5)..]) : null;
    }

    /// <summary>True when <paramref name="noun"/>, the pipeline's noun for what a price is quoted per, names the suite's <paramref name="per"/>.</summary>
    public static bool SamePer(string? noun, string per) =>
        noun is not null && (string.Equals(noun, per, StringComparison.OrdinalIgnoreCase) || string.Equals(noun, Measure(per), StringComparison.Ordinal));

    /// <summary>The code of a count per a stretch of time ("count per week": "count/week"), or null.</summary>
    public static string? Frequency(string unit) =>
        unit.StartsWith("count per ", StringComparison.Ordinal) ? "count/" + unit["count per ".Length..] : null;

    /// <summary>The code a money entity must carry, or null when the suite's name does not fix one.</summary>
    public static string? Currency(JsonElement expected)
    {
        if (expected.TryGetProperty("iso_currency", out var iso) && iso.GetString() is { Length: 3 } code)
        {
            return code;
        }

        string? unit = expected.TryGetProperty("unit", out var u) ? u.GetString() : null;
        return unit switch
        {
            null => null,
            { Length: 3 } when unit.All(char.IsAsciiLetterUpper) => unit,
            _ => Currencies.GetValueOrDefault(unit),
        };
    }

    /// <summary>The measure code for a suite unit name, or null when the project has none.</summary>
    public static string? Measure(string unit) => Measures.GetValueOrDefault(unit);

    /// <summary>The money code for a suite unit name, or null.</summary>
    public static string? CurrencyName(string unit) => Currencies.GetValueOrDefault(unit);
}
