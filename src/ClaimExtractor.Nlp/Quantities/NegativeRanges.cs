using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Quantities;

/// <summary>
/// A range whose ends are both below zero, after a negative first end: "-18 to -34", "from -18 °C to -34 °C", "between
/// minus 5 and minus 10 percent". The ends may fall as well as rise; the second is returned with its sign.
/// </summary>
internal sealed class NegativeRanges(NumberReader numbers, UnitMatcher units)
{
    public bool TryRead(AnalyzedDocument doc, int start, NumberCore first, int end, NumberConvention convention, out NumberCore second)
    {
        second = default;
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

    // "-34" (the sign glued to the digits), "minus 5", "negative ten"
    private static bool IsSign(AnalyzedDocument doc, int at) =>
        doc.TokenText(at) is "-" or "\u2212" ? doc.Tokens[at + 1].Kind == TokenKind.Number && doc.Tokens[at + 1].Start == doc.Tokens[at].End
        : doc.Is(at, "minus") || doc.Is(at, "negative");
}
