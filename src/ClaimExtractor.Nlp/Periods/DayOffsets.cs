using ClaimExtractor.Core.Periods;
using ClaimExtractor.Nlp.Pipeline;

namespace ClaimExtractor.Nlp.Periods;

/// <summary>
/// Days counted from publication: "two weeks from now", "three days hence", "four weeks in the future", "two days
/// after today", "three weeks from tomorrow", "two days before yesterday" (that day), "in 3 weeks", "in 10 days" (that
/// day: "in" counts only days and weeks, as "doubled in three years" is a span, not a date), and "within 5 days",
/// "within 5 years 1 month 12 days",
/// "within the next 3 years", "less than 2 weeks from today" (from publication to that day), "less than 3 days after
/// tomorrow" (from tomorrow). A count followed by "of"
/// ("within a year of the merger") is counted from another event and is left alone.
/// </summary>
internal static class DayOffsets
{
    /// <summary>Reads a counted day or stretch starting at token <paramref name="i"/>, or null.</summary>
    public static PeriodExpression? Read(AnalyzedDocument doc, int i, int end)
    {
        DateOnly? pub = doc.Published;
        if (doc.Is(i, "within") || (doc.Is(i, "less") && doc.Is(i + 1, "than")))
        {
            int at = doc.Is(i, "less") ? i + 2 : i + 1;
            // "within the next 3 years", "within next 10 months"
            at += doc.Is(at, "the") ? 1 : 0;
            if (doc.Is(at, "next") || doc.Is(at, "coming") || doc.Is(at, "upcoming"))
            {
                at++;
            }

            if (Counted(doc, at, end, article: true) is not var (count, unit, unitEnd) || doc.Is(unitEnd, "of"))
            {
                return null;
            }

            var reach = pub is { } p ? RelativePeriods.Back(p, unit, -count) : (DateOnly?)null;
            // "within 5 years 1 month 12 days": each further part reaches further
            while (Counted(doc, unitEnd, end, article: false) is var (more, moreUnit, moreEnd) && !doc.Is(moreEnd, "of"))
            {
                reach = reach is { } r ? RelativePeriods.Back(r, moreUnit, -more) : null;
                unitEnd = moreEnd;
            }

            // "less than 3 days after tomorrow", "within two weeks after today": counted from that day
            bool afterDay = doc.Is(unitEnd, "after") && (doc.Is(unitEnd + 1, "today") || doc.Is(unitEnd + 1, "tomorrow"));
            int shift = afterDay && doc.Is(unitEnd + 1, "tomorrow") ? 1 : 0;
            int last = FromNow(doc, unitEnd) ?? (afterDay ? unitEnd + 2 : unitEnd);
            if (doc.Is(i, "less") && last == unitEnd)
            {
                return null;
            }

            return PeriodResolver.Make(doc, i, last, pub is { } from && reach is { } to ? Period.Spanning(from.AddDays(shift), to.AddDays(shift)) : null, PeriodCue.Relative);
        }

        // ("The population climbed by 704 in seven days": after a verb in the past, the days are a span gone by, no date)
        if (doc.Is(i, "in") && Counted(doc, i + 1, end, article: false) is var (n, inUnit, inEnd) && inUnit is "day" or "week" && !doc.Is(inEnd, "of") && !AfterPastVerb(doc, i))
        {
            return PeriodResolver.Make(doc, i, inEnd, pub is { } p ? Period.Day(RelativePeriods.Back(p, inUnit, -n)) : null, PeriodCue.Relative);
        }

        // "two weeks from now", "two days after today", "three weeks from tomorrow", "two days before yesterday"
        if (!CountsFromNow(doc, i + 2) || Counted(doc, i, end, article: true) is not var (k, by, after))
        {
            return null;
        }

        if (FromNow(doc, after) is { } nowEnd)
        {
            return PeriodResolver.Make(doc, i, nowEnd, pub is { } p ? Period.Day(RelativePeriods.Back(p, by, -k)) : null, PeriodCue.Relative);
        }

        int sign = doc.Is(after, "before") ? -1 : 1;
        int anchor = doc.Is(after + 1, "today") ? 0 : doc.Is(after + 1, "tomorrow") ? 1 : -1;
        return PeriodResolver.Make(doc, i, after + 2, pub is { } d ? Period.Day(RelativePeriods.Back(d.AddDays(anchor), by, -sign * k)) : null, PeriodCue.Relative);
    }

    /// <summary>How many tokens before "in" its clause's verb may stand ("climbed by 704 in").</summary>
    private const int VerbReach = 6;

    // whether the nearest verb before token i, in its sentence, is in the past and no verb of saying ("rose by 704 in",
    // where "will rise in" and "said it would arrive in" count forward)
    private static bool AfterPastVerb(AnalyzedDocument doc, int i)
    {
        int sentence = doc.Tokens[i].Sentence;
        for (int k = i - 1; k >= Math.Max(0, i - VerbReach) && doc.Tokens[k].Sentence == sentence; k--)
        {
            if (doc.IsAny(k, Text.Lexicon.Auxiliaries) || doc.IsAny(k, Text.Lexicon.SayingVerbs) || doc.Is(k, "to"))
            {
                return false;
            }

            if (Text.Lexicon.IsPastForm(doc.TokenText(k)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether token <paramref name="i"/> (after a count and its unit) counts forward from publication.</summary>
    public static bool CountsFromNow(AnalyzedDocument doc, int i) =>
        FromNow(doc, i) is not null || ((doc.Is(i, "after") || doc.Is(i, "from") || doc.Is(i, "before")) && (doc.Is(i + 1, "today") || doc.Is(i + 1, "tomorrow") || doc.Is(i + 1, "yesterday")));

    // "from now", "from today", "hence", "in the future": the token after the phrase, or null
    private static int? FromNow(AnalyzedDocument doc, int i) =>
        doc.Is(i, "hence") ? i + 1
        : doc.Is(i, "from") && (doc.Is(i + 1, "now") || doc.Is(i + 1, "today")) ? i + 2
        : doc.Is(i, "in") && doc.Is(i + 1, "the") && doc.Is(i + 2, "future") ? i + 3
        : null;

    // a count and its unit ("3 weeks", "two days", "a year"): the count, the unit's name and the token after it
    private static (int Count, string Unit, int End)? Counted(AnalyzedDocument doc, int i, int end, bool article) =>
        i + 1 < end && CountWords.Read(doc, i, article) is { } count && RelativePeriods.Unit(doc.TokenText(i + 1)) is { } unit and not "decade"
            ? (count, unit, i + 2)
            : null;
}
