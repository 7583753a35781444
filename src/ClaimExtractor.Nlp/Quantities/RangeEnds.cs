using ClaimExtractor.Nlp.Models;
using ClaimExtractor.Nlp.Pipeline;

namespace ClaimExtractor.Nlp.Quantities;

/// <summary>
/// Reads the second end of a range after the first number: "10-15", "40 to 60", "$10-$20", "10 dollars to 20 dollars",
/// "5k-20k" (the scale on both ends); the second end must be larger and of the same kind as the first.
/// </summary>
internal sealed class RangeEnds(NumberReader numbers, UnitMatcher units)
{
    // a scale glued to the first number of a range and written again after the second: "5k-20k", "$1m and $2m"
    public bool ScaleOnBothEnds(AnalyzedDocument doc, int at, int end) =>
        at + 2 < end && doc.Tokens[at].Start == doc.Tokens[at - 1].End && numbers.TryWord(doc, at, out var word)
        && word.Kind is NumberWordKind.Scale or NumberWordKind.ScaleSuffix;

    // "$10-$20", "$10 to $20", "10 dollars to 20 dollars", "between 10 percent and 20 percent": the unit on both ends
    public bool ReadRepeatedUnitRange(AnalyzedDocument doc, int start, NumberCore core, UnitEntry? prefix, int end, NumberConvention convention, out NumberCore second)
    {
        second = default;
        int at = core.End;
        UnitEntry? suffix = null;
        if (prefix is null)
        {
            suffix = units.Suffix(doc, at, end, out int afterSuffix);
            if (suffix is null)
            {
                return false;
            }

            at = afterSuffix;
        }

        bool between = doc.Is(start - 1, "between") || doc.Is(start - 1, "from");
        if (at + 1 >= end || !(doc.TokenText(at) is "-" or "–" or "to" || (between && doc.Is(at, "and"))))
        {
            return false;
        }

        int from = at + 1;
        if (prefix is not null)
        {
            if (units.Prefix(doc, from, end, out int afterSecondPrefix) is not { } again || again.Unit != prefix.Unit)
            {
                return false;
            }

            from = afterSecondPrefix;
        }

        return ReadSecond(doc, from, end, core, convention, out second)
            && (suffix is null || (units.Suffix(doc, second.End, end, out _) is { } repeated && repeated.Unit == suffix.Unit));
    }

    public bool ReadSecond(AnalyzedDocument doc, int at, int end, NumberCore first, NumberConvention convention, out NumberCore second)
    {
        second = default;
        return at < end && doc.Tokens[at].Kind == doc.Tokens[first.End - 1].Kind && numbers.TryRead(doc, at, end, convention, out second)
            && !second.IsFraction && !second.IsMultiplier && second.Value > first.Value;
    }

    public static bool LooksLikeYear(AnalyzedDocument doc, NumberCore number) =>
        !number.IsWord && number.Decimals == 0 && number.Value is >= 1800 and <= 2100 && doc.TokenText(number.End - 1).Length == 4;
}
