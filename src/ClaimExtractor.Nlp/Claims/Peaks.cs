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
    /// power to 4.6 million", "drew 2.2 million players at its peak". A peak the clause gives a month or a day for is the
    /// level of that month or day ("Inflation, which peaked at 11.1% in October 2022"), and a count's peak given a year
    /// that year's count ("deaths peaked at about 114,000 in 2022"); a weekday or a weekend dates the report ("without
    /// power on Monday, down from a peak of 4.5 million"). A peak verb before a bound is one too ("peaked above 4.6 million").
    /// </summary>
    public static bool Marks(AnalyzedDocument doc, SentenceFacts facts, QuantityMention mention)
    {
        int before = mention.QualifierFirstToken - 1;
        int first = facts.Sentence.FirstToken;
        var (cFirst, cEnd) = facts.ClauseOf(mention.FirstToken);
        bool peak = (doc.Is(before, "at") && doc.IsAny(before - 1, PeakVerbs)) || (doc.Is(before, "of") && doc.Is(before - 1, "peak"))
            || (doc.IsAny(before, PeakVerbs) && mention.QualifierFirstToken < mention.FirstToken)
            || (doc.Is(first, "At") && AtItsPeak(doc, first) && doc.TokenText(first + 3) is ",") || AtItsPeakAfter(doc, mention.EndToken, cEnd);
        if (!peak)
        {
            return false;
        }

        // ("drew 2.2 million players at its peak over the weekend": a weekend, as a weekday, dates the report; "Overdose
        // deaths peaked at about 114,000 in 2022": a count's peak year is that year's count, where a rate's or a price's
        // peak in a year is its highest reading in it)
        int longest = mention.Form == QuantityForm.Count ? MaxCountPeakReadingDays : MaxPeakReadingDays;
        return !doc.PeriodsIn(facts.Sentence).Exists(p => p.FirstToken >= cFirst && p.EndToken <= cEnd && p.Cue != PeriodCue.Weekday && !doc.AnyIn(p.FirstToken, p.EndToken, Weekends)
            && p.Period is { Start: { } start, End: { } end } && end.DayNumber - start.DayNumber <= longest);
    }

    // "at its peak", "at the peak", "at their peak" from token at
    private static bool AtItsPeak(AnalyzedDocument doc, int at) =>
        doc.Is(at, "at") && (doc.Is(at + 1, "its") || doc.Is(at + 1, "the") || doc.Is(at + 1, "their")) && doc.Is(at + 2, "peak");

    // "drew 2.2 million simultaneous players on the Steam platform at its peak": the peak told after the figure, in its
    // clause ("had lost power at the peak of the storm" is the storm's peak, the figure the storm's toll)
    private static bool AtItsPeakAfter(AnalyzedDocument doc, int from, int clauseEnd)
    {
        for (int i = from; i + 2 < clauseEnd; i++)
        {
            if (AtItsPeak(doc, i) && !doc.Is(i + 3, "of"))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly WordSet Weekends = WordSet.Create(StringComparer.OrdinalIgnoreCase, "weekend");

    /// <summary>The longest period (a month) a peak is read at as that period's level.</summary>
    private const int MaxPeakReadingDays = 31;

    /// <summary>The longest period (a year) a count's peak is read at as that period's count.</summary>
    private const int MaxCountPeakReadingDays = 366;

    private static readonly WordSet PeakVerbs = WordSet.Create(StringComparer.OrdinalIgnoreCase, "peaked", "peaking", "peaks", "peak");
}
