using System.Globalization;
using ClaimExtractor.Nlp.Models;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Quantities;

/// <summary>
/// A decimal comma before a scale word in a story that otherwise writes English digits: "$3,4 million", "€1,25 bn".
/// One or two digits after a comma cannot group thousands, so the comma is a decimal point there.
/// </summary>
internal static class ScaledCommaDecimals
{
    public static bool TryRead(NumberReader numbers, AnalyzedDocument doc, int comma, int end, decimal whole, out decimal value, out int decimals, out int after)
    {
        value = whole;
        decimals = 0;
        after = comma;
        if (comma + 2 >= end || doc.TokenText(comma) is not "," || doc.Tokens[comma].Start != doc.Tokens[comma - 1].End
            || doc.Tokens[comma + 1].Start != doc.Tokens[comma].End || doc.Tokens[comma + 1].Kind != TokenKind.Number)
        {
            return false;
        }

        var fraction = doc.TokenText(comma + 1);
        if (fraction.Length is < 1 or > 2 || fraction.ContainsAnyExcept("0123456789")
            || !numbers.TryWord(doc, comma + 2, out var scale) || scale.Kind is not (NumberWordKind.Scale or NumberWordKind.ScaleSuffix) || scale.Value <= 100)
        {
            return false;
        }

        decimals = fraction.Length;
        value = whole + (decimal.Parse(fraction, CultureInfo.InvariantCulture) / DigitNumbers.Pow10(decimals));
        after = comma + 2;
        return true;
    }
}
