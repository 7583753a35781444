using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Quantities;

/// <summary>
/// A range whose ends are both below zero, after a negative first end: "-18 to -34", "from -18 °C to -34 °C", "between
/// minus 5 and minus 10 percent"; and up to zero, "-78-0 degrees Celsius". The ends may fall as well as rise; the second
/// is returned with its sign.
/// </summary>
internal sealed class NegativeRanges(NumberReader numbers, UnitMatcher units)
{
    public bool TryRead(AnalyzedDocument doc, int start, NumberCore first, int end, NumberConvention convention, out NumberCore second)
    {
        second = default;
        if (ToZero(doc, first.End, end, out second))
        {
            return true;
        }

        int at = first.End;
        var unit = units.Suffix(doc, at, end, out int afterUnit);
        if (unit is not null)
        {
            at = afterUnit;
        }

        if (at + 2 >= end || !(doc.Is(at, "to") || (doc.Is(start - 1, "between") && doc.Is(at, "and"))) || !IsSign(doc, at + 1)
            || doc.Tokens[at + 2].Kind != doc.Tokens[first.End - 1].Kind
            || !numbers.TryRead(doc, at + 2, end, convention, out var read) || read.IsFraction || read.IsMultiplier)
        {
            return false;
        }

        // "-18 °C to -34 °C": a unit after the first end is written after the second too
        if (unit is not null && (units.Suffix(doc, read.End, end, out _) is not { } again || again.Unit != unit.Unit))
        {
            return false;
        }

        second = read with { Value = -read.Value };
        return true;
    }

    // "-78-0 degrees Celsius": a hyphen glued to both ends, up to zero and a unit (a second end above zero, "-5-10 °C",
    // could be -10 as well as 10)
    private bool ToZero(AnalyzedDocument doc, int hyphen, int end, out NumberCore second)
    {
        second = default;
        if (hyphen + 2 >= end || doc.TokenText(hyphen) is not ("-" or "–") || doc.Tokens[hyphen].Start != doc.Tokens[hyphen - 1].End
            || doc.Tokens[hyphen + 1].Start != doc.Tokens[hyphen].End || doc.Tokens[hyphen + 1].Kind != TokenKind.Number
            || !DigitNumbers.TryParseDigits(doc.TokenText(hyphen + 1), out decimal zero, out int decimals) || zero != 0
            || units.Suffix(doc, hyphen + 2, end, out _) is null)
        {
            return false;
        }

        second = new NumberCore(0, decimals, hyphen + 2, false, false, false);
        return true;
    }

    // "-34" (the sign glued to the digits), "minus 5", "negative ten"
    private static bool IsSign(AnalyzedDocument doc, int at) =>
        doc.TokenText(at) is "-" or "\u2212" ? doc.Tokens[at + 1].Kind == TokenKind.Number && doc.Tokens[at + 1].Start == doc.Tokens[at].End
        : doc.Is(at, "minus") || doc.Is(at, "negative");
}
