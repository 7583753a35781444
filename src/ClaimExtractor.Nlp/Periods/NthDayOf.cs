using ClaimExtractor.Core.Periods;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Periods;

/// <summary>
/// A day counted in a month or year: "the third day of October", "the 15th day of June", "the last day of October
/// 2015", "the last day in 2023", "the fifth last day of May" (counted back from the last).
/// </summary>
internal static class NthDayOf
{
    /// <summary>Reads such a day starting at token <paramref name="i"/>, or null.</summary>
    public static PeriodExpression? Read(AnalyzedDocument doc, Sentence sentence, int i)
    {
        int at = doc.Is(i, "the") ? i + 1 : i;
        // every phrase here has "day" within four tokens: a cheap test first, as this runs at every token
        if (!doc.Is(at + 1, "day") && !doc.Is(at + 2, "day") && !doc.Is(at + 3, "day"))
        {
            return null;
        }

        int end = sentence.EndToken;
        if (!Ordinal(doc, at, end, out int n, out int after))
        {
            return null;
        }

        bool fromEnd = n > 0 && doc.Is(after, "last");
        after += fromEnd ? 1 : 0;
        if (!doc.Is(after, "day") || !(doc.Is(after + 1, "of") || doc.Is(after + 1, "in")) || after + 2 >= end
            || PeriodResolver.Read(doc, sentence, after + 2, nested: true) is not { Period: { Start: { } first, End: { } last } } whole
            || whole.FirstToken != after + 2 || first == last)
        {
            return null;
        }

        var day = n == 0 ? last : fromEnd ? last.AddDays(1 - n) : first.AddDays(n - 1);
        return day < first || day > last ? null : PeriodResolver.Make(doc, i, whole.EndToken, Period.Day(day), PeriodCue.Day);
    }

    // "third", "twenty-first", "15th" (a digit needs its suffix), or "last" (0)
    private static bool Ordinal(AnalyzedDocument doc, int i, int end, out int n, out int after)
    {
        if (doc.Is(i, "last"))
        {
            (n, after) = (0, i + 1);
            return true;
        }

        return DayWords.TryOrdinal(doc, i, end, out n, out after) || (NumericDates.TryDay(doc, i, end, out n, out after) && after == i + 2);
    }
}
