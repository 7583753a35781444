using ClaimExtractor.Core.Periods;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Periods;

/// <summary>
/// A year first, then a month name and a day, joined by the same glued hyphen or slash: "2019-sep-1", "2019/Aug/01"; or
/// a year and a month name alone, "2015 June".
/// </summary>
internal static class YearFirstDates
{
    /// <summary>Reads such a date after the year <paramref name="year"/> at token <paramref name="i"/>, or null.</summary>
    public static PeriodExpression? Read(AnalyzedDocument doc, int i, int end, int year)
    {
        // "between 2015 June and 2018 May", "2017 april": a year then a month name, no day after it
        if (i + 1 < end && PeriodWords.Month(doc.TokenText(i + 1)) is { } named
            && !(i + 2 < doc.Tokens.Count && doc.Tokens[i + 2].Kind == TokenKind.Number))
        {
            return PeriodResolver.Make(doc, i, i + 2, Period.Month(year, named), PeriodCue.Month);
        }

        if (i + 4 >= end || doc.TokenText(i + 1) is not ("-" or "/") || !Glued(doc, i, 4)
            || !doc.TokenText(i + 3).Equals(doc.TokenText(i + 1), StringComparison.Ordinal)
            || PeriodWords.Month(doc.TokenText(i + 2)) is not { } month
            || !NumericDates.TryDay(doc, i + 4, end, out int day, out int after) || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        return PeriodResolver.Make(doc, i, after, Period.Day(new DateOnly(year, month, day)), PeriodCue.Day);
    }

    // tokens i to i + count touch each other
    private static bool Glued(AnalyzedDocument doc, int i, int count)
    {
        for (int t = i; t < i + count; t++)
        {
            if (doc.Tokens[t + 1].Start != doc.Tokens[t].End)
            {
                return false;
            }
        }

        return true;
    }
}
