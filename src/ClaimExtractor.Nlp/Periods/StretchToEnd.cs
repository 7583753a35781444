using ClaimExtractor.Core.Periods;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Periods;

/// <summary>
/// A reporting period named by its end: "the 12 months to March" (April to March), "the three months ended June 30"
/// or "ended in June", "the fiscal year ending June 30" (labelled by the year it ends in, as "fiscal 2025" is),
/// "the year to September", "the six weeks through Sunday", "the three months to the end of September", and a company's
/// numbered quarter or half by the day that ends it ("its fiscal first quarter, ended Sept. 30"). The stretch
/// counts back from the end of the period after "to", "through", "ended" or "ending", which is read as any other time
/// expression.
/// </summary>
internal static class StretchToEnd
{
    /// <summary>Reads a stretch ending at a named period, starting at "the" at token <paramref name="i"/>, or null.</summary>
    public static PeriodExpression? Read(AnalyzedDocument doc, Sentence sentence, int i)
    {
        int end = sentence.EndToken;
        if (NumberedPart(doc, sentence, i) is { } part)
        {
            return part;
        }

        if (!doc.Is(i, "the") || i + 3 >= end)
        {
            return null;
        }

        // "the year to March" is one year; "the 12 months to March" counts its months; "the fiscal year ending June 30"
        // is the year to that day
        int opens = (doc.Is(i + 1, "fiscal") || doc.Is(i + 1, "financial")) && doc.Is(i + 2, "year") ? i + 2 : i + 1;
        bool single = RelativePeriods.Unit(doc.TokenText(opens)) is not null && !doc.TokenText(opens).EndsWith('s');
        int unitAt = single ? opens : i + 2;
        // "the fiscal year that ended in June", "the quarter which ends on March 31"
        bool relative = doc.Is(unitAt + 1, "that") || doc.Is(unitAt + 1, "which");
        int verbAt = relative ? unitAt + 2 : unitAt + 1;
        bool ends = doc.Is(verbAt, "ended") || doc.Is(verbAt, "ending") || (relative && doc.Is(verbAt, "ends"));
        if (RelativePeriods.Unit(doc.TokenText(unitAt)) is not { } unit || unit == "decade"
            || (single ? 1 : CountWords.Read(doc, i + 1, article: false)) is not { } count
            || !(ends || (!relative && (doc.Is(verbAt, "to") || doc.Is(verbAt, "through")))))
        {
            return null;
        }

        // "the three months ended in September", "the year ending in June"
        int endAt = ends && (doc.Is(verbAt + 1, "in") || doc.Is(verbAt + 1, "on")) ? verbAt + 2 : verbAt + 1;
        // "the three months to the end of September": the month the stretch closes with
        endAt += doc.Is(endAt, "the") && doc.Is(endAt + 1, "end") && doc.Is(endAt + 2, "of") ? 3 : 0;
        if (PeriodResolver.Read(doc, sentence, endAt, nested: true) is not { } last)
        {
            return null;
        }

        // a fiscal year is labelled by the year it ends in, as "fiscal 2025" and "FY25" are
        Period? period = last.Period is not { End: { } close } ? null
            : opens > i + 1 ? Period.Year(close.Year)
            : Period.Spanning(Start(close, unit, count), close);
        // a fiscal year is a year, whatever day names its end, and reaches a figure of the sentence as a year does
        return PeriodResolver.Make(doc, i, last.EndToken, period, opens > i + 1 ? PeriodCue.Year : last.Cue);
    }

    // "its fiscal first quarter, ended Sept. 30", "the fiscal fourth quarter that ended Sept. 28", "the first half ending
    // June 30": a company's numbered quarter or half is the three or six months to the day that ends it, whatever its
    // number says of the calendar
    private static PeriodExpression? NumberedPart(AnalyzedDocument doc, Sentence sentence, int i)
    {
        if (!doc.IsAny(i, Lexicon.Owners))
        {
            return null;
        }

        int k = doc.Is(i + 1, "fiscal") || doc.Is(i + 1, "financial") ? i + 2 : i + 1;
        if (!doc.IsAny(k, PartOrdinals) || !(doc.Is(k + 1, "quarter") || doc.Is(k + 1, "half")))
        {
            return null;
        }

        int months = doc.Is(k + 1, "quarter") ? 3 : 6;
        int verbAt = doc.TokenText(k + 2) is "," ? k + 3 : k + 2;
        verbAt += doc.Is(verbAt, "that") || doc.Is(verbAt, "which") ? 1 : 0;
        if (!(doc.Is(verbAt, "ended") || doc.Is(verbAt, "ending") || doc.Is(verbAt, "ends")))
        {
            return null;
        }

        int endAt = doc.Is(verbAt + 1, "in") || doc.Is(verbAt + 1, "on") ? verbAt + 2 : verbAt + 1;
        if (endAt >= sentence.EndToken || PeriodResolver.Read(doc, sentence, endAt, nested: true) is not { Period.End: { } close } last)
        {
            return null;
        }

        // (a 52-week year's quarter ends on a weekday near a month's end: "the third quarter ended Sept. 29" is Q3)
        var monthEnd = NearestMonthEnd(close);
        return PeriodResolver.Make(doc, i, last.EndToken, Period.Spanning(Start(monthEnd, "month", months), monthEnd), PeriodCue.Part);
    }

    /// <summary>The most days a company's period may end before or after a month's last day.</summary>
    private const int MaxDaysOffMonthEnd = 7;

    // the last day of the month closest to day, when one lies within a week of it; else the day itself
    private static DateOnly NearestMonthEnd(DateOnly day)
    {
        var thisEnd = new DateOnly(day.Year, day.Month, DateTime.DaysInMonth(day.Year, day.Month));
        var previousEnd = new DateOnly(day.Year, day.Month, 1).AddDays(-1);
        return thisEnd.DayNumber - day.DayNumber <= MaxDaysOffMonthEnd ? thisEnd
            : day.DayNumber - previousEnd.DayNumber <= MaxDaysOffMonthEnd ? previousEnd
            : day;
    }

    private static readonly WordSet PartOrdinals = WordSet.Create(StringComparer.OrdinalIgnoreCase, "first", "second", "third", "fourth", "final", "latest", "last");

    // the first day of the stretch: whole months back from a month's last day ("the three months to June" opens on 1 April)
    private static DateOnly Start(DateOnly close, string unit, int count)
    {
        int months = unit switch { "month" => count, "quarter" => 3 * count, "year" => 12 * count, _ => 0 };
        return months > 0 && close.AddDays(1).Day == 1
            ? new DateOnly(close.Year, close.Month, 1).AddMonths(1 - months)
            : RelativePeriods.Back(close, unit, count).AddDays(1);
    }
}
