using ClaimExtractor.Nlp.Periods;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Quantities;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Claims;

/// <summary>
/// A high point ("Viewing peaked at 129.3 million", "down from a peak of more than 4.5 million") is no level at a time:
/// its metric key takes the part <c>peak</c>, so the checker never sets it against a level read at one moment.
/// </summary>
internal static class Peaks
{
    /// <summary>The key part of a peak.</summary>
    public const string Part = "peak";

    /// <summary>
    /// Whether the figure is a peak: "peaked at 129.3 million", "a peak of 4.5 million", "At its peak, the storm knocked out
    /// power to 4.6 million". A peak the clause gives a month or a day for is the level of that month or day ("Inflation,
    /// which peaked at 11.1% in October 2022"); a weekday dates the report ("without power on Monday, down from a peak of
    /// 4.5 million").
    /// </summary>
    public static bool Marks(AnalyzedDocument doc, SentenceFacts facts, QuantityMention mention)
    {
        int before = mention.QualifierFirstToken - 1;
        int first = facts.Sentence.FirstToken;
        bool peak = (doc.Is(before, "at") && doc.IsAny(before - 1, PeakVerbs)) || (doc.Is(before, "of") && doc.Is(before - 1, "peak"))
            || (doc.Is(first, "At") && (doc.Is(first + 1, "its") || doc.Is(first + 1, "the") || doc.Is(first + 1, "their")) && doc.Is(first + 2, "peak") && doc.TokenText(first + 3) is ",");
        if (!peak)
        {
            return false;
        }

        var (cFirst, cEnd) = facts.ClauseOf(mention.FirstToken);
        return !doc.PeriodsIn(facts.Sentence).Exists(p => p.FirstToken >= cFirst && p.EndToken <= cEnd && p.Cue != PeriodCue.Weekday
            && p.Period is { Start: { } start, End: { } end } && end.DayNumber - start.DayNumber <= MaxPeakReadingDays);
    }

    /// <summary>The longest period (a month) a peak is read at as that period's level.</summary>
    private const int MaxPeakReadingDays = 31;

    private static readonly WordSet PeakVerbs = WordSet.Create(StringComparer.OrdinalIgnoreCase, "peaked", "peaking", "peaks", "peak");
}
