using ClaimExtractor.Core.Periods;
using ClaimExtractor.Nlp.Periods;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Quantities;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Claims;

/// <summary>
/// The period a change compares with, when the words do not name it outright: a year's change is against the year
/// before ("rose 21% to $2.2 billion" in 2024); a month's, quarter's or day's change worded as annual ("annual growth
/// peaked at 6.0 per cent in November", "6.8% higher than a year earlier") is against the same stretch a year before
/// (November 2025), not the whole previous year; a change "so far this year" is against where the year began.
/// </summary>
internal static class ChangeReferences
{
    private static readonly WordSet AnnualWords = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "annual", "annually", "year-on-year", "year-over-year", "yoy", "y/y");

    private static readonly WordSet EarlierWords = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "earlier", "ago", "before", "previously");

    public static Period? Resolve(AnalyzedDocument doc, SentenceFacts facts, QuantityMention mention, Period? period, PeriodExpression? reference, Period? stated)
    {
        if (period is not { Start: { } start, End: not null })
        {
            return stated;
        }

        if (reference?.Cue == PeriodCue.Relative && (stated?.Label == period.Label || stated is { Start: { } s0, End: { } e0 } && s0 <= start && e0 >= period.End))
        {
            // "Dealers last year sold 303,417 vehicles, up 4 percent from the previous year": the words count back from
            // the figure's own year, not from the story's, so they name the year before it (a year's change is
            // against the year before, below), never the same one, nor one holding it ("delivered 495,570 vehicles in
            // the October-December quarter, up 2.3% from a year earlier", published in January: not last year)
            stated = null;
        }

        if (reference?.Cue == PeriodCue.ThisYear && stated?.Label == period.Label)
        {
            // "208,560 this year, down 5 percent from the year-to-date period last year": against the same stretch of
            // last year, not the whole of it
            return doc.Published is { } published && IsWholeYear(period) && published.Year == start.Year
                ? Period.Spanning(new DateOnly(start.Year - 1, 1, 1), published.AddYears(-1))
                : null;
        }

        if (IsWholeYear(period) && stated is { Start: { } from, End: { } to } && from.Day == 1 && to == from.AddMonths(1).AddDays(-1) && from.Year == start.Year - 1
            && SaysYearToDate(doc, facts, mention))
        {
            // "718,194 so far this year, 2.1% fewer than the 733,041 announced through November of last year": last
            // year up to that month
            return Period.Between(Period.Month(from.Year, 1), stated);
        }

        if (IsWholeYear(period) && stated is null && SaysYearToDate(doc, facts, mention))
        {
            // "have risen 4.9% so far this year": from where the year began, not from last year's level
            return Period.Day(new DateOnly(start.Year - 1, 12, 31));
        }

        if (IsWholeYear(period))
        {
            return stated ?? Period.Year(start.Year - 1);
        }

        return stated is null ? (SaysAnnual(doc, facts, mention) ? period.YearBefore() : null) : Align(period, stated);
    }

    /// <summary>
    /// A month's, quarter's or day's change against the whole previous year ("6.8% higher than a year earlier" read
    /// as 2025) is against the same stretch a year before (November 2025); any other reference stands.
    /// </summary>
    public static Period? Align(Period period, Period? reference) =>
        reference is not null && period is { Start: { } start } && !IsWholeYear(period) && reference.Label == Period.Year(start.Year - 1).Label
            ? period.YearBefore()
            : reference;

    /// <summary>Whether <paramref name="period"/> is one calendar year, January to December.</summary>
    public static bool IsWholeYear(Period period) =>
        period is { Start: { } start, End: { } end } && start.Year == end.Year && start.Month == 1 && start.Day == 1 && end.Month == 12 && end.Day == 31;

    /// <summary>
    /// Whether the figure's clause words its change as annual: "annual", "year-on-year", "year on year", "a year
    /// earlier" / "a year ago", "in the 12 months through July".
    /// </summary>
    public static bool SaysAnnual(AnalyzedDocument doc, SentenceFacts facts, QuantityMention mention) =>
        AnyInClause(doc, facts, mention, i => doc.IsAny(i, AnnualWords)
            || (doc.Is(i, "year") && ((doc.Is(i - 1, "a") && doc.IsAny(i + 1, EarlierWords)) || YearOnYear(doc, i)))
            || ((doc.Is(i, "12") || doc.Is(i, "twelve")) && doc.Is(i + 1, "months") && doc.IsAny(i + 2, TwelveMonthEnds)));

    // "year on year", "year-on-year" (a hyphen is a token of its own), "year over year"
    private static bool YearOnYear(AnalyzedDocument doc, int i)
    {
        int j = doc.Is(i + 1, "-") ? i + 2 : i + 1;
        if (!doc.Is(j, "on") && !doc.Is(j, "over"))
        {
            return false;
        }

        return doc.Is(doc.Is(j + 1, "-") ? j + 2 : j + 1, "year");
    }

    // "in the 12 months to July", "through", "ending", "ended", "up to"
    private static readonly WordSet TwelveMonthEnds = WordSet.Create(StringComparer.OrdinalIgnoreCase, "to", "through", "thru", "ending", "ended", "until", "up");

    // "so far this year", "year to date", "year-to-date", "since the start of the year"
    private static bool SaysYearToDate(AnalyzedDocument doc, SentenceFacts facts, QuantityMention mention) =>
        AnyInClause(doc, facts, mention, i => (doc.Is(i, "so") && doc.Is(i + 1, "far")) || doc.Is(i, "year-to-date") || doc.Is(i, "ytd")
            || (doc.Is(i, "year") && doc.Is(i + 1, "to") && doc.Is(i + 2, "date")) || (doc.Is(i, "start") && doc.Is(i + 1, "of") && doc.Is(i + 3, "year")));

    private static bool AnyInClause(AnalyzedDocument doc, SentenceFacts facts, QuantityMention mention, Func<int, bool> at)
    {
        var (first, end) = facts.ClauseOf(mention.FirstToken);
        for (int i = first; i < end; i++)
        {
            if (at(i))
            {
                return true;
            }
        }

        return false;
    }
}
