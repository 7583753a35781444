using System.Text.RegularExpressions;

namespace ClaimExtractor.Nlp.Quantities;

/// <summary>Decides the <see cref="NumberConvention"/> of a whole text from the shapes of its numbers.</summary>
public static partial class NumberConventions
{
    /// <summary>
    /// A text uses the decimal comma when its numbers show a comma before one or two digits ("3,2 million", "96,5%"),
    /// several dot groups ("1.234.567", "1.234,5") or at least two dot thousands groups ("184.000", "450.000"), and none
    /// of the shapes only English writes: a point before one or two digits ("3.2"), a comma before three digits
    /// ("1,200") or both ("1,234.56"). Anything else, including a text with no such numbers, uses the decimal point.
    /// </summary>
    public static NumberConvention Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (EnglishShape().IsMatch(text))
        {
            return NumberConvention.DecimalPoint;
        }

        if (DecimalCommaShape().IsMatch(text) || MultiGroupShape().IsMatch(text))
        {
            return NumberConvention.DecimalComma;
        }

        return DotThousands().Count(text) >= 2 ? NumberConvention.DecimalComma : NumberConvention.DecimalPoint;
    }

    // "3.2", "0.75", "1,200", "1,234.56" (not a date "7.7.2026": that has a dot group on both sides)
    [GeneratedRegex(@"(?<![0-9.,])[0-9]+(\.[0-9]{1,2}(?![0-9.,][0-9])(?![0-9])|,[0-9]{3}(?![0-9]))", RegexOptions.CultureInvariant)]
    private static partial Regex EnglishShape();

    // "3,2", "96,5" (a comma before one or two digits that end the number; not "1,2,3" lists)
    [GeneratedRegex(@"(?<![0-9.,])[0-9]{1,3},[0-9]{1,2}(?![0-9,])", RegexOptions.CultureInvariant)]
    private static partial Regex DecimalCommaShape();

    // "1.234.567", "1.234,5"
    [GeneratedRegex(@"(?<![0-9.,])[1-9][0-9]{0,2}(\.[0-9]{3}){2,}(?![0-9.])|(?<![0-9.,])[1-9][0-9]{0,2}(\.[0-9]{3})+,[0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex MultiGroupShape();

    // "184.000", "450.000" (not "1.125%", a rate written to three decimals)
    [GeneratedRegex(@"(?<![0-9.,])[1-9][0-9]{0,2}\.[0-9]{3}(?![0-9.,]?[0-9])(?!\s?(%|per\s?cent|percent))", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DotThousands();
}
