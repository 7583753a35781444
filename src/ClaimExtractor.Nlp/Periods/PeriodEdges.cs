using ClaimExtractor.Core.Periods;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Periods;

/// <summary>
/// A part of a period: "early 2024", "mid-March", "late last year", "the middle of 2000" name a third of it (a year
/// by four months, a month by ten days, a week Monday to Wednesday, Wednesday to Friday, Friday to Sunday, a decade as
/// x0-x3, x4-x6, x7-x9, a quarter or half by its months); "the rest of the year" runs from publication to its end; "the
/// first nine months of 2024" and "the last two weeks of June" count from the period's start or back from its end.
/// "The end of September", "by the end of the year" and
/// "the start of 2024" keep the whole period: news dates a level read at a period's edge, or a target due by it, as
/// that period's figure ("the rate stood at 4.85% at the end of September" is September's rate). "The year", "the
/// month" and "the week" after an edge word are the publication's.
/// </summary>
internal static class PeriodEdges
{
    private enum Edge
    {
        Early,
        Middle,
        Late,
        Whole,
        Rest,
    }

    /// <summary>Reads an edge phrase starting at token <paramref name="i"/>, or null.</summary>
    public static PeriodExpression? Read(AnalyzedDocument doc, Sentence sentence, int i)
    {
        if ((Counted(doc, sentence, i) ?? FirstMonths(doc, sentence, i)) is { } counted)
        {
            return counted;
        }

        if (Opening(doc, i, sentence.EndToken) is not var (edge, first, inner))
        {
            return null;
        }

        var found = Current(doc, inner) ?? PeriodResolver.Read(doc, sentence, inner, nested: true);
        if (found is not { Period: { Start: { } start, End: { } end } } || found.FirstToken != inner || start == end || found.Cue is PeriodCue.Weekday or PeriodCue.Open)
        {
            return null;
        }

        var part = edge switch
        {
            Edge.Whole => found.Period,
            Edge.Rest => doc.Published is { } p && p >= start && p <= end ? Period.Spanning(p, end) : null,
            _ => Third(start, end, edge),
        };
        return part is null ? null : PeriodResolver.Make(doc, first, found.EndToken, part, found.Cue);
    }

    // "the first nine months of 2024", "the last three months of the year", "the final two weeks of June": that many
    // months, weeks or days from the start or back from the end of the period named after "of"
    private static PeriodExpression? Counted(AnalyzedDocument doc, Sentence sentence, int i)
    {
        int at = doc.Is(i, "the") ? i + 1 : i;
        bool fromStart = doc.Is(at, "first");
        if (!(fromStart || doc.Is(at, "last") || doc.Is(at, "final")) || CountWords.Read(doc, at + 1, article: false) is not { } n
            || !doc.Is(at + 3, "of") || !(doc.Is(at + 2, "months") || doc.Is(at + 2, "weeks") || doc.Is(at + 2, "days")))
        {
            return null;
        }

        int inner = at + 4;
        var found = Current(doc, inner) ?? PeriodResolver.Read(doc, sentence, inner, nested: true);
        if (found is not { Period: { Start: { } start, End: { } end } } || found.FirstToken != inner || found.Cue is PeriodCue.Weekday or PeriodCue.Open)
        {
            return null;
        }

        bool months = doc.Is(at + 2, "months");
        int days = doc.Is(at + 2, "weeks") ? 7 * n : n;
        var (from, to) = fromStart
            ? (start, months ? start.AddMonths(n).AddDays(-1) : start.AddDays(days - 1))
            : (months ? end.AddDays(1).AddMonths(-n) : end.AddDays(1 - days), end);
        if (from < start || to > end)
        {
            return null;
        }

        // ("In the final three months of the year, profits reached $2.3bn" in February: the year's stretch not yet begun
        // is last year's)
        return doc.Is(inner, "the") && doc.Is(inner + 1, "year") && doc.Published is { } published && from > published
            ? PeriodResolver.Make(doc, i, found.EndToken, Period.Spanning(from.AddYears(-1), to.AddYears(-1)), found.Cue)
            : PeriodResolver.Make(doc, i, found.EndToken, Period.Spanning(from, to), found.Cue);
    }

    // "in the first nine months, sales rose": the year's first months, of the latest year in which they have ended by
    // publication; not "the first six months after the merger" or "in office", which count from an event
    private static PeriodExpression? FirstMonths(AnalyzedDocument doc, Sentence sentence, int i)
    {
        if (!doc.Is(i, "the") || !doc.Is(i + 1, "first") || !doc.Is(i + 3, "months") || CountWords.Read(doc, i + 2, article: false) is not { } n || n is < 2 or > 11 || doc.Published is not { } p)
        {
            return null;
        }

        int after = i + 4;
        if (after < sentence.EndToken && doc.Tokens[after].Kind == TokenKind.Word && !doc.Is(after, "and") && !doc.Is(after, "compared") && !doc.Is(after, "from") && !doc.Is(after, "versus"))
        {
            return null;
        }

        int year = new DateOnly(p.Year, 1, 1).AddMonths(n) <= p ? p.Year : p.Year - 1;
        return PeriodResolver.Make(doc, i, after, Period.Spanning(new DateOnly(year, 1, 1), new DateOnly(year, 1, 1).AddMonths(n).AddDays(-1)), PeriodCue.Part);
    }

    // the edge word at i, the first token of the phrase and where the period inside it starts
    private static (Edge Edge, int First, int Inner)? Opening(AnalyzedDocument doc, int i, int end)
    {
        if (i + 1 >= end)
        {
            return null;
        }

        if (doc.Is(i, "early") || doc.Is(i, "late") || doc.Is(i, "mid"))
        {
            var edge = doc.Is(i, "early") ? Edge.Early : doc.Is(i, "late") ? Edge.Late : Edge.Middle;
            // "mid-2024", "early-2025", "mid-March"
            int inner = doc.Is(i + 1, "-") && doc.Tokens[i + 1].Start == doc.Tokens[i].End ? i + 2 : i + 1;
            return (edge, i, inner);
        }

        if (doc.Is(i, "rest") && doc.Is(i + 1, "of"))
        {
            return (Edge.Rest, doc.Is(i - 1, "the") ? i - 1 : i, i + 2);
        }

        if (doc.Is(i + 1, "of") && (doc.Is(i, "beginning") || doc.Is(i, "start") || doc.Is(i, "end") || doc.Is(i, "middle")))
        {
            int first = doc.Is(i - 1, "the") ? i - 1 : i;
            return (doc.Is(i, "middle") ? Edge.Middle : Edge.Whole, first, i + 2);
        }

        return null;
    }

    // "the year", "the month", "the week" (or "year" alone: "by end of year") after an edge word: the publication's
    private static PeriodExpression? Current(AnalyzedDocument doc, int i)
    {
        if (doc.Published is not { } p)
        {
            return null;
        }

        int unit = doc.Is(i, "the") ? i + 1 : i;
        Period? period = doc.Is(unit, "year") ? Period.Year(p.Year)
            : doc.Is(unit, "month") ? Period.Month(p.Year, p.Month)
            : doc.Is(unit, "week") ? Period.Spanning(p.AddDays(-(((int)p.DayOfWeek + 6) % 7)), p.AddDays(6 - (((int)p.DayOfWeek + 6) % 7)))
            : null;
        return period is null ? null : PeriodResolver.Make(doc, i, unit + 1, period, PeriodCue.Relative);
    }

    // the first, middle or last third of [start, end]
    private static Period? Third(DateOnly start, DateOnly end, Edge edge)
    {
        int part = edge == Edge.Early ? 0 : edge == Edge.Middle ? 1 : 2;
        int months = ((end.Year - start.Year) * 12) + end.Month - start.Month + 1;
        bool wholeMonths = start.Day == 1 && end.AddDays(1).Day == 1;
        if (wholeMonths && months == 1)
        {
            // a month: the 1st to the 10th, the 11th to the 20th, the 21st to its end
            return Period.Spanning(start.AddDays(10 * part), part == 2 ? end : start.AddDays((10 * part) + 9));
        }

        if (wholeMonths && months is 3 or 6 or 12)
        {
            int third = months / 3;
            return Period.Spanning(start.AddMonths(third * part), start.AddMonths(third * (part + 1)).AddDays(-1));
        }

        if (wholeMonths && months == 120 && start.Month == 1 && start.Year % 10 == 0)
        {
            // a decade: "the early 1990s" is 1990-1993, "the mid-1990s" 1994-1996, "the late 1990s" 1997-1999
            int from = start.Year + (part == 0 ? 0 : part == 1 ? 4 : 7);
            int to = start.Year + (part == 0 ? 3 : part == 1 ? 6 : 9);
            return Period.Between(Period.Year(from), Period.Year(to));
        }

        if (end.DayNumber - start.DayNumber == 6 && start.DayOfWeek == DayOfWeek.Monday)
        {
            return Period.Spanning(start.AddDays(2 * part), start.AddDays((2 * part) + 2));
        }

        return null;
    }
}
