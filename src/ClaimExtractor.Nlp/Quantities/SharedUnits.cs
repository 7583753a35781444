using ClaimExtractor.Core.Quantities;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Quantities;

/// <summary>
/// Gives a bare number the unit written once after the next one: in "5 or 6 percent" and "45 and 50 mg" both figures
/// are percentages and milligrams. Only "and" or "or" may stand between them, and the first must be a plain figure (no
/// noun, qualifier, range or year): "in 2019 and 5 km" keeps its year.
/// </summary>
internal static class SharedUnits
{
    public static QuantityMention? TryShare(AnalyzedDocument doc, QuantityMention first, QuantityMention second)
    {
        var a = first.Quantity;
        var b = second.Quantity;
        if (first.Form != QuantityForm.Count || a.Noun is not null || a.Qualifier != Qualifier.None || a.Value <= 0
            || second.Form is not (QuantityForm.Percent or QuantityForm.Measure) || second.QualifierFirstToken != first.EndToken + 1
            || !(doc.Is(first.EndToken, "and") || doc.Is(first.EndToken, "or")) || doc.Tokens[first.EndToken - 1].Kind != TokenKind.Number
            || doc.Tokens[second.FirstToken].Kind != TokenKind.Number || IsYear(doc, first) || a.Value >= b.Value * 100 || a.Value * 100 <= b.Value)
        {
            return null;
        }

        return first with { Quantity = a with { Unit = b.Unit }, Form = second.Form };
    }

    private static bool IsYear(AnalyzedDocument doc, QuantityMention mention) =>
        mention.EndToken - mention.FirstToken == 1 && doc.TokenText(mention.FirstToken).Length == 4 && mention.Quantity.Value is >= 1800 and <= 2100;
}
