using ClaimExtractor.Core.Periods;
using ClaimExtractor.Nlp.Pipeline;

namespace ClaimExtractor.Nlp.Periods;

/// <summary>
/// A weekday told by the day it follows or precedes: "the Sunday after Thanksgiving", "the Sunday after the Fourth of
/// July", "the Tuesday before Christmas" are the first such weekday after the day (or the last before it), not the
/// latest Sunday before publication nor the holiday itself.
/// </summary>
internal static class WeekdayBesideDay
{
    /// <summary>Joins each weekday, "after" or "before", and the single day right after it in <paramref name="found"/> into one day.</summary>
    public static void Settle(AnalyzedDocument doc, List<PeriodExpression> found)
    {
        for (int k = 0; k + 1 < found.Count; k++)
        {
            var weekday = found[k];
            var day = found[k + 1];
            int link = weekday.EndToken;
            bool after = doc.Is(link, "after");
            if (weekday.Cue != PeriodCue.Weekday || (!after && !doc.Is(link, "before")) || day.FirstToken != link + 1
                || day.Period is not { Start: { } date, End: { } last } || date != last || PeriodWords.Weekday(doc.TokenText(link - 1)) is not { } named)
            {
                continue;
            }

            // (the day itself is never its own "Sunday after": a week on)
            int ahead = ((int)named - (int)date.DayOfWeek + 7) % 7, back = ((int)date.DayOfWeek - (int)named + 7) % 7;
            var target = after ? date.AddDays(ahead == 0 ? 7 : ahead) : date.AddDays(-(back == 0 ? 7 : back));
            int first = doc.Is(weekday.FirstToken - 1, "the") ? weekday.FirstToken - 1 : weekday.FirstToken;
            found[k] = PeriodResolver.Make(doc, first, day.EndToken, Period.Day(target), PeriodCue.Day);
            found.RemoveAt(k + 1);
        }
    }
}
