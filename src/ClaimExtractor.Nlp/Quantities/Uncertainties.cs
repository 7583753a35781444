using ClaimExtractor.Core.Quantities;
using ClaimExtractor.Core.Text;
using ClaimExtractor.Nlp.Pipeline;

namespace ClaimExtractor.Nlp.Quantities;

/// <summary>
/// Joins a figure and the uncertainty written after it into one figure whose interval the uncertainty gives: "12.5 ± 0.1
/// mm" is 12.5 mm (12.4 to 12.6), "45% +/- 3 percentage points" 45 % (42 to 48), "9.83e-3 +/- 1e-5 km/s2". The unit may be
/// written once, after the uncertainty; a figure and an uncertainty in different units stay apart.
/// </summary>
internal static class Uncertainties
{
    // what stands between a figure and its uncertainty, spaces removed
    private static readonly string[] Marks = ["±", "+/-", "+/−", "+-", "plusorminus"];

    public static QuantityMention? TryJoin(AnalyzedDocument doc, QuantityMention first, QuantityMention second)
    {
        var a = first.Quantity;
        var b = second.Quantity;
        if (a.Qualifier != Qualifier.None || b.Qualifier != Qualifier.None || a.Noun is not null || b.Value == 0 || b.Span.Start <= a.Span.End
            || !MarkBetween(doc.Text, a.Span.End, b) || !SameUnit(first, second, out var unit, out var form))
        {
            return null;
        }

        decimal margin = Math.Abs(b.Value);
        var quantity = a with
        {
            Span = new TextSpan(a.Span.Start, b.Span.End),
            Low = a.Value - margin,
            High = a.Value + margin,
            Unit = unit,
            Noun = b.Noun,
        };
        return first with { Quantity = quantity, EndToken = second.EndToken, Form = form };
    }

    // "±", "+/-", "plus or minus" between the two, the minus perhaps read as the uncertainty's sign ("+/-3", "minus 2")
    private static bool MarkBetween(string text, int from, Quantity uncertainty)
    {
        int to = uncertainty.Span.Start;
        if (to - from > 16)
        {
            return false;
        }

        string between = string.Concat(text.AsSpan(from, to - from).ToString().Where(c => !char.IsWhiteSpace(c)));
        if (uncertainty.Value < 0 && text[to] is '-' or '−')
        {
            between += text[to];
        }
        else if (uncertainty.Value < 0 && text.AsSpan(to).StartsWith("minus", StringComparison.OrdinalIgnoreCase))
        {
            between += "minus";
        }

        return Marks.Contains(between, StringComparer.OrdinalIgnoreCase);
    }

    // the figure's unit: its own, or the uncertainty's where the figure is written bare; a share in percent keeps its
    // unit beside an uncertainty in percentage points
    private static bool SameUnit(QuantityMention first, QuantityMention second, out Unit unit, out QuantityForm form)
    {
        unit = first.Quantity.Unit;
        form = first.Form;
        if (first.Form == QuantityForm.Count && first.Quantity.Unit == Unit.Count)
        {
            unit = second.Quantity.Unit;
            form = second.Form;
            return true;
        }

        return unit == second.Quantity.Unit || (unit == Unit.Percent && second.Quantity.Unit == Unit.PercentagePoint);
    }
}
