using System.Globalization;
using ClaimExtractor.Core.Quantities;
using ClaimExtractor.Nlp.Models;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Quantities;

/// <summary>
/// Degrees as the press abbreviates them, an upper-case C or F glued to the number or one space after it: "35C (95F)",
/// "limit warming to 1.5C", "-10C", "highs of 30 C". Only in a story that speaks of temperature, and not where the number belongs to a name or code
/// ("iPhone 5C", "747-8F", "file a 13F", "14.7C/ per security").
/// </summary>
internal static class GluedDegrees
{
    private static readonly UnitEntry Celsius = new(Unit.Measure("degC"), Prefix: false, Suffix: true);
    private static readonly UnitEntry Fahrenheit = new(Unit.Measure("degF"), Prefix: false, Suffix: true);

    private static readonly string[] TemperatureWords =
        ["temperature", "degree", "warm", "heat", "hot", "cold", "cool", "weather", "celsius", "fahrenheit", "°", "chill", "frost", "freez", "climate", "forecast", "highs of", "lows of", "high of", "low of",
            "thermometer", "mercury", "swelter"];

    public static UnitEntry? Read(AnalyzedDocument doc, int k)
    {
        if (k < 1 || doc.TokenText(k) is not ("C" or "F") || !GluedOrOneSpace(doc, k) || doc.Tokens[k - 1].Kind != TokenKind.Number
            || (k + 1 < doc.Tokens.Count && doc.Tokens[k + 1].Start == doc.Tokens[k].End && (doc.Tokens[k + 1].Kind != TokenKind.Punct || doc.TokenText(k + 1) is "/" or "-")))
        {
            return null;
        }

        int before = k - 2;
        if (before >= 0 && doc.TokenText(before) is "-" or "\u2212" && doc.Tokens[before].End == doc.Tokens[k - 1].Start)
        {
            // "-5C": a sign, unless it joins a code to the number ("747-8F"); a lower number before it opens a range ("10-15C")
            before--;
            if (before >= 0 && doc.Tokens[before].End == doc.Tokens[before + 1].Start && !OpensRange(doc, before, k - 1))
            {
                return null;
            }
        }

        if (before >= 0 && doc.Tokens[before].Kind == TokenKind.Word && doc.TokenText(before).ContainsAnyInRange('A', 'Z'))
        {
            return null;
        }

        return SpeaksOfTemperature(doc.Text) ? doc.TokenText(k) is "C" ? Celsius : Fahrenheit : null;
    }

    private static bool OpensRange(AnalyzedDocument doc, int low, int high) =>
        doc.Tokens[low].Kind == TokenKind.Number && decimal.TryParse(doc.TokenText(low), NumberStyles.Number, CultureInfo.InvariantCulture, out decimal a)
        && decimal.TryParse(doc.TokenText(high), NumberStyles.Number, CultureInfo.InvariantCulture, out decimal b) && a < b;

    // "35C", or one space apart as some papers write it: "highs of 30 C"
    private static bool GluedOrOneSpace(AnalyzedDocument doc, int k) =>
        doc.Tokens[k].Start == doc.Tokens[k - 1].End || (doc.Tokens[k].Start == doc.Tokens[k - 1].End + 1 && doc.Text[doc.Tokens[k - 1].End] == ' ');

    private static bool SpeaksOfTemperature(string text)
    {
        foreach (var word in TemperatureWords)
        {
            if (text.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
