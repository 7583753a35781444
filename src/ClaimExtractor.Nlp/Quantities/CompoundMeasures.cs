using System.Collections.Frozen;
using ClaimExtractor.Core.Quantities;
using ClaimExtractor.Core.Text;
using ClaimExtractor.Nlp.Models;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Quantities;

/// <summary>
/// Adds a measure to the larger unit of its family written just before it: "6 feet 2 inches" is 74 inches, "2 km and
/// 1 metre" 2,001 metres, "3 pounds 4 ounces" 52 ounces, "2 years and 3 months" 27 months, "2 hours and 35 seconds"
/// 7,235 seconds. Only nothing, a comma or "and" may stand between them (only "and" between hours and seconds), and
/// the smaller part must be less than one of the larger unit. "An hour and five minutes" is read as one hour for the
/// minutes added to it.
/// </summary>
internal static class CompoundMeasures
{
    // (larger, smaller) → how many of the smaller make one of the larger
    private static readonly FrozenDictionary<(string, string), decimal> Factors = new Dictionary<(string, string), decimal>
    {
        [("yd", "ft")] = 3,
        [("yd", "in")] = 36,
        [("ft", "in")] = 12,
        [("mi", "yd")] = 1760,
        [("km", "m")] = 1000,
        [("m", "cm")] = 100,
        [("m", "mm")] = 1000,
        [("cm", "mm")] = 10,
        [("kg", "g")] = 1000,
        [("lb", "oz")] = 16,
        [("st", "lb")] = 14,
        // durations: "2 years and 3 months" is one term of 27 months, "1 hour 30 minutes" 90 minutes
        [("year", "month")] = 12,
        [("week", "day")] = 7,
        [("day", "h")] = 24,
        [("h", "min")] = 60,
        [("min", "s")] = 60,
        [("h", "s")] = 3600,
    }.ToFrozenDictionary();

    public static QuantityMention? TryJoin(AnalyzedDocument doc, QuantityMention first, QuantityMention second)
    {
        var a = first.Quantity;
        var b = second.Quantity;
        if (first.Form != QuantityForm.Measure || second.Form != QuantityForm.Measure || b.Qualifier != Qualifier.None
            || a.Qualifier == Qualifier.Range || second.QualifierFirstToken != second.FirstToken
            || !Factors.TryGetValue((a.Unit.Code, b.Unit.Code), out decimal factor) || b.Value < 0 || b.Value >= factor
            || !OnlyJoinersBetween(doc, first.EndToken, second.FirstToken, comma: !(a.Unit.Code == "h" && b.Unit.Code == "s")))
        {
            return null;
        }

        decimal value = (a.Value * factor) + b.Value;
        var quantity = a with
        {
            Span = new TextSpan(a.Span.Start, b.Span.End),
            Value = value,
            Low = a.Low == decimal.MaxValue ? a.Low : value - (b.Value - b.Low),
            High = a.High == decimal.MaxValue ? a.High : value + (b.High - b.Value),
            Unit = b.Unit,
        };
        if (a.Qualifier is Qualifier.MoreThan or Qualifier.AtLeast)
        {
            quantity = quantity with { Low = value };
        }
        else if (a.Qualifier is Qualifier.LessThan or Qualifier.AtMost)
        {
            quantity = quantity with { High = value };
        }

        return first with { Quantity = quantity, EndToken = second.EndToken };
    }

    /// <summary>
    /// True when a part of the unit ending before <paramref name="afterUnit"/> is added after "and": a smaller unit of
    /// its family ("an hour and five minutes", "one hour and 20 minutes", "a foot and 3 inches") or half of it ("a year
    /// and a half"); "one hour" and "an hour" alone are no measure.
    /// </summary>
    public static bool IsAddedTo(AnalyzedDocument doc, NumberReader numbers, UnitMatcher units, UnitEntry larger, int afterUnit, int end)
    {
        if (IsHalfAdded(doc, afterUnit, end))
        {
            return true;
        }

        int number = afterUnit + 1;
        return number + 1 < end && doc.Is(afterUnit, "and") && (doc.Tokens[number].Kind == TokenKind.Number || (numbers.TryWord(doc, number, out var word) && word.Kind == NumberWordKind.Cardinal))
            && units.Suffix(doc, number + 1, end, out _) is { } smaller && Factors.ContainsKey((larger.Unit.Code, smaller.Unit.Code));
    }

    /// <summary>True when "and a half" follows the unit ending before <paramref name="afterUnit"/>: "a mile and a half", "two hours and a half".</summary>
    public static bool IsHalfAdded(AnalyzedDocument doc, int afterUnit, int end) =>
        afterUnit + 2 < end && doc.Is(afterUnit, "and") && doc.Is(afterUnit + 1, "a") && doc.Is(afterUnit + 2, "half");

    // ("3 hours, 20 seconds ahead of": hours and seconds, with no minutes between, join only by "and")
    private static bool OnlyJoinersBetween(AnalyzedDocument doc, int from, int to, bool comma) =>
        to == from || (to == from + 1 && (doc.Is(from, "and") || (comma && doc.TokenText(from) is ",")));
}
