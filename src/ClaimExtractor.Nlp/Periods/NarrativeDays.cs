using ClaimExtractor.Core.Periods;
using ClaimExtractor.Nlp.Pipeline;

namespace ClaimExtractor.Nlp.Periods;

/// <summary>
/// Days told from the story's own time, not from publication: "the next day", "the following day", "the previous day",
/// "a day later", "two weeks later". Read only where the sentence names the day they count from before them ("was
/// arrested on Monday and charged the next day", "closed at $5 on Friday, up from $4.80 the previous day"): that day
/// moved by the count. With no such day in the sentence they point at a time of the story told elsewhere, which
/// publication does not give, and stay unread.
/// </summary>
internal static class NarrativeDays
{
    /// <summary>
    /// Reads such a day starting at token <paramref name="i"/>, counted from the last expression of
    /// <paramref name="earlier"/> (the sentence's expressions so far) when it names one day; else null.
    /// </summary>
    public static PeriodExpression? Read(AnalyzedDocument doc, int i, int end, IReadOnlyList<PeriodExpression> earlier)
    {
        if (earlier.Count == 0 || earlier[^1] is not { Period: { Start: { } day, End: { } last } } || day != last)
        {
            return null;
        }

        // "the next day", "the following day", "the previous day", "the preceding day"
        if (doc.Is(i, "the") && doc.Is(i + 2, "day") && i + 2 < end)
        {
            int shift = doc.Is(i + 1, "next") || doc.Is(i + 1, "following") ? 1 : doc.Is(i + 1, "previous") || doc.Is(i + 1, "preceding") ? -1 : 0;
            return shift == 0 ? null : PeriodResolver.Make(doc, i, i + 3, Period.Day(day.AddDays(shift)), PeriodCue.Relative);
        }

        // "a day later", "two days later", "three weeks later"
        int days = RelativePeriods.Unit(doc.TokenText(i + 1)) switch { "day" => 1, "week" => 7, _ => 0 };
        return days > 0 && i + 2 < end && doc.Is(i + 2, "later") && CountWords.Read(doc, i, article: true) is { } count
            ? PeriodResolver.Make(doc, i, i + 3, Period.Day(day.AddDays(count * days)), PeriodCue.Relative)
            : null;
    }
}
