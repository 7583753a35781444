using ClaimExtractor.Core.Quantities;
using ClaimExtractor.Core.Text;
using ClaimExtractor.Nlp.Pipeline;

namespace ClaimExtractor.Nlp.Quantities;

/// <summary>
/// Joins a lower and an upper bound on the same unit into one range: "more than 10 and less than 40", "above 1000
/// but below 1500", "at most 100 and at least 20". Only "and", "but" or a comma may stand between the two figures.
/// </summary>
internal static class BoundPairs
{
    public static QuantityMention? TryJoin(AnalyzedDocument doc, QuantityMention first, QuantityMention second)
    {
        var a = first.Quantity;
        var b = second.Quantity;
        if (a.Unit != b.Unit || first.Form != second.Form || !OnlyJoinersBetween(doc, first.EndToken, second.QualifierFirstToken))
        {
            return null;
        }

        // either bound may come first ("at most 100 and at least 20"), but the lower must be below the upper: "under 18
        // and over 65" names two groups outside a range, not one range
        (decimal low, decimal high) = IsLowerBound(a.Qualifier) && IsUpperBound(b.Qualifier) ? (a.Value, b.Value)
            : IsUpperBound(a.Qualifier) && IsLowerBound(b.Qualifier) ? (b.Value, a.Value)
            : (0m, 0m);
        if (low >= high)
        {
            return null;
        }

        var quantity = a with
        {
            Span = new TextSpan(a.Span.Start, b.Span.End),
            Value = (low + high) / 2,
            Low = low,
            High = high,
            Qualifier = Qualifier.Range,
            Noun = a.Noun ?? b.Noun,
        };
        return first with { Quantity = quantity, EndToken = second.EndToken };
    }

    private static bool IsLowerBound(Qualifier q) => q is Qualifier.MoreThan or Qualifier.AtLeast;

    private static bool IsUpperBound(Qualifier q) => q is Qualifier.LessThan or Qualifier.AtMost;

    private static bool OnlyJoinersBetween(AnalyzedDocument doc, int from, int to)
    {
        if (to <= from || to - from > 2)
        {
            return false;
        }

        for (int i = from; i < to; i++)
        {
            if (!(doc.Is(i, "and") || doc.Is(i, "but") || doc.TokenText(i) is ","))
            {
                return false;
            }
        }

        return true;
    }
}
