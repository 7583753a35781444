using System.Globalization;
using ClaimExtractor.Core.Periods;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Periods;

/// <summary>
/// Dates written with points and a four-digit year, which the tokenizer splits as a decimal, a point and a number:
/// "13.5.2015" (day first, as dotted dates are written in Europe), "10.31.1974" (a middle part over 12 is the day, so the
/// month came first) and "2015.5.13" (year first). Without a year ("4.22", "2015.3") a point is a decimal.
/// </summary>
internal static class DottedDates
{
    /// <summary>Reads a dotted date starting at token <paramref name="i"/>, or null.</summary>
    public static PeriodExpression? Read(AnalyzedDocument doc, int i, int end)
    {
        if (i + 2 >= end || doc.Tokens[i].Kind != TokenKind.Number || !doc.Is(i + 1, ".") || doc.Tokens[i + 2].Kind != TokenKind.Number
            || doc.Tokens[i + 1].Start != doc.Tokens[i].End || doc.Tokens[i + 2].Start != doc.Tokens[i + 1].End
            || (i + 3 < doc.Tokens.Count && doc.Tokens[i + 3].Start == doc.Tokens[i + 2].End && doc.Tokens[i + 3].Kind is TokenKind.Number or TokenKind.Word))
        {
            return null;
        }

        var first = doc.TokenText(i);
        int point = first.IndexOf('.');
        var last = doc.TokenText(i + 2);
        if (point < 1 || !Digits(first[..point], out int a) || !Digits(first[(point + 1)..], out int b) || !Digits(last, out int c))
        {
            return null;
        }

        int aLength = point, bLength = first.Length - point - 1;
        var (year, month, day) = aLength == 4 && bLength <= 2 && last.Length <= 2 ? (a, b, c)
            : aLength <= 2 && bLength <= 2 && last.Length == 4 ? (b > 12 ? (c, a, b) : (c, b, a))
            : (0, 0, 0);
        return year is >= 1800 and <= 2100 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? PeriodResolver.Make(doc, i, i + 3, Period.Day(new DateOnly(year, month, day)), PeriodCue.Day)
            : null;
    }

    private static bool Digits(ReadOnlySpan<char> text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
}
