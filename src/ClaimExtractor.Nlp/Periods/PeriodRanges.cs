using ClaimExtractor.Core.Periods;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Periods;

/// <summary>
/// Joins two time expressions that a sentence states as one range: "from March to June 2024", "between 2019 and
/// 2021", "2019-2021", "from January through March". A start without a year takes the end's year ("from March to June
/// 2024" is March 2024), "in January and February", "in 2018 and 2019", "on Friday and Saturday" (two of a kind in a
/// row); a year back when it would fall after the end ("December to February 2024"), and
/// an end with no year a year on when it falls before a start of its year ("from 10/25 to 01/25"); a day with no
/// month takes the end's ("from the 13th to the 15th of July"); the end's weekday may go before it ("1st Jan until
/// Wed, 22 of Jan"); an end's weekday before the start is the first one after it ("from next Monday to Friday"). "Now" as an end is
/// the publication day ("between now and November 15" is the next November 15), and a month to come after "through"
/// or "until" ends a stretch from the publication month ("through May" in December).
/// </summary>
internal static class PeriodRanges
{
    /// <summary>Replaces each joined pair in <paramref name="found"/> (one sentence's expressions, in order) by its range.</summary>
    public static void Merge(AnalyzedDocument doc, Sentence sentence, List<PeriodExpression> found)
    {
        MergeLists(doc, found);
        for (int k = 0; k + 1 < found.Count; k++)
        {
            var (from, to) = (Now(doc, found[k]), Now(doc, found[k + 1]));
            if (to.Period is { End: { } toEnd } && from.Cue == PeriodCue.Day && from.Period?.Start == doc.Published && toEnd < doc.Published
                && to.Cue is PeriodCue.Month or PeriodCue.Day && !HasYear(doc, to))
            {
                // "between now and November 15": the next November 15
                to = to with { Period = InYear(to.Period, toEnd.Year + 1) };
            }

            int toFirst = WeekdayBefore(doc, to.FirstToken, from.EndToken);
            if (from.Period is not { Start: { } fromStart } start || to.Period is not { Start: { } toStart, End: not null } end
                || toFirst > from.EndToken + 1 || toFirst < from.EndToken || from.Cue is PeriodCue.Open or PeriodCue.Since or PeriodCue.Present || to.Cue is PeriodCue.Open or PeriodCue.Present)
            {
                continue;
            }

            bool opened = doc.Is(from.FirstToken - 1, "from") || doc.Is(from.FirstToken - 1, "between");
            int link = from.EndToken;
            // "2014-2018", "2014–2018", "2014~2018"
            bool dash = doc.Is(link, "-") || doc.Is(link, "–") || doc.Is(link, "~");
            bool word = doc.Is(link, "to") || doc.Is(link, "through") || doc.Is(link, "thru") || doc.Is(link, "until") || doc.Is(link, "till")
                || (doc.Is(link, "and") && doc.Is(from.FirstToken - 1, "between"));
            // "from 2019 through 2021": the year reader took "through" into its expression
            bool joined = toFirst == link ? opened && to.Cue == PeriodCue.Through : dash || (opened && word);
            bool bothYears = from.Cue == PeriodCue.Year && to.Cue is PeriodCue.Year or PeriodCue.Through;
            // without "from" or "between", only calendar names make a range: "2019-2021", "Oct. 2 to October 22", "this year
            // through October"
            bool calendar = (from.Cue is PeriodCue.Year or PeriodCue.Month or PeriodCue.Day or PeriodCue.Part
                    && to.Cue is PeriodCue.Year or PeriodCue.Month or PeriodCue.Day or PeriodCue.Part or PeriodCue.Through)
                || (from.Cue == PeriodCue.ThisYear && to.Cue == PeriodCue.Month && fromStart.Year == toStart.Year);
            joined |= !opened && calendar && toFirst == link + 1 && (doc.Is(link, "to") || doc.Is(link, "through") || doc.Is(link, "until") || doc.Is(link, "till"));
            // "each year 2014 through 2018": the year reader took "through" into the second year
            joined |= !opened && bothYears && toFirst == link && to.Cue == PeriodCue.Through;
            // "in January and February", "in 2018 and 2019": two periods of a kind, one right after the other, are one stretch
            joined |= !opened && doc.Is(link, "and") && from.Cue is PeriodCue.Year or PeriodCue.Month && Follows(doc, from, to, link) && !Respectively(doc, to);
            // "canceled more than 3,500 flights on Friday and Saturday": so are two weekdays in a row
            bool weekdays = !opened && doc.Is(link, "and") && toFirst == link + 1 && from.Cue == PeriodCue.Weekday && to.Cue == PeriodCue.Weekday
                && toStart == fromStart.AddDays(1) && !Respectively(doc, to);
            joined |= weekdays;
            if (!joined || (!opened && !calendar && !weekdays))
            {
                continue;
            }

            if (from.Cue == PeriodCue.Day && to.Cue == PeriodCue.Day && fromStart == start.End && toStart == end.End && !HasMonth(doc, from)
                && fromStart.Day <= toStart.Day)
            {
                // "from the 13th to the 15th of July": a day with no month of its own is in the end's month
                start = Period.Day(new DateOnly(toStart.Year, toStart.Month, fromStart.Day));
            }
            else if (from.Cue is PeriodCue.Month or PeriodCue.Day && !HasYear(doc, from) && fromStart.Year != toStart.Year)
            {
                start = InYear(start, toStart.Year);
                if (start.Start > toStart)
                {
                    start = InYear(start, toStart.Year - 1);
                }
            }

            if (to.Cue == PeriodCue.Weekday && end.Start == end.End && start.Start > end.End && start.Start is { } after)
            {
                // "from next Monday to Friday": the end's weekday is the first one after the start
                end = Period.Day(after.AddDays((((int)toStart.DayOfWeek - (int)after.DayOfWeek + 6) % 7) + 1));
            }

            if (start.Start > end.End && to.Cue is PeriodCue.Month or PeriodCue.Day && !HasYear(doc, to) && start.Start.Value.Year == toStart.Year)
            {
                // "from 10/25 to 01/25", "from October to February" with the start this year: the end is in the next year
                end = InYear(end, toStart.Year + 1);
            }

            if (start.Start > end.End)
            {
                continue;
            }

            int first = opened ? from.FirstToken - 1 : from.FirstToken;
            var cue = bothYears ? PeriodCue.Year : to.Cue == PeriodCue.Through ? PeriodCue.Through : PeriodCue.Relative;
            found[k] = PeriodResolver.Make(doc, first, to.EndToken, Period.Between(start, end), cue);
            found.RemoveAt(k + 1);
        }

        for (int k = 0; k < found.Count; k++)
        {
            found[k] = ThroughComingMonth(doc, sentence, found[k]);
        }
    }

    // "would face acute food insecurity through May" in December: a month to come after "through" or "until" ends a
    // stretch that runs from the publication month (December to May, as "between December and May" is); one a thing is
    // put off to is a time, no stretch ("Delays Output Increase Until April")
    private static PeriodExpression ThroughComingMonth(AnalyzedDocument doc, Sentence sentence, PeriodExpression p)
    {
        int link = p.FirstToken - 1;
        return p.Cue == PeriodCue.Month && p.Period is { Start: { } start } && doc.Published is { } pub && start > pub
            && (doc.Is(link, "through") || doc.Is(link, "until") || doc.Is(link, "till") || doc.Is(link, "thru")) && !Tense.PutOff(doc, sentence, p.FirstToken)
            ? PeriodResolver.Make(doc, link, p.EndToken, Period.Between(Period.Month(pub.Year, pub.Month), p.Period), PeriodCue.Relative)
            : p;
    }

    // "in June, July and August", "in 2018, 2019 and 2020": three or more months or years of a kind in a row, listed
    // with commas and a last "and", are one stretch
    private static void MergeLists(AnalyzedDocument doc, List<PeriodExpression> found)
    {
        for (int k = 0; k + 2 < found.Count; k++)
        {
            if (found[k].Cue is not (PeriodCue.Month or PeriodCue.Year))
            {
                continue;
            }

            int last = k;
            while (last + 1 < found.Count && Follows(doc, found[last], found[last + 1]) && doc.Is(found[last].EndToken, ","))
            {
                last++;
            }

            // the list's last link is "and" (", and" too)
            int link = doc.Is(found[last].EndToken, ",") ? found[last].EndToken + 1 : found[last].EndToken;
            if (last == k || last + 1 >= found.Count || !doc.Is(link, "and") || !Follows(doc, found[last], found[last + 1], link) || Respectively(doc, found[last + 1]))
            {
                continue;
            }

            var (from, to) = (found[k], found[last + 1]);
            found[k] = PeriodResolver.Make(doc, from.FirstToken, to.EndToken, Period.Between(from.Period!, to.Period!), from.Cue == PeriodCue.Year ? PeriodCue.Year : PeriodCue.Relative);
            found.RemoveRange(k + 1, last + 1 - k);
        }
    }

    // "in 2018 and 2019 respectively": a list of periods that pairs with a list of figures is no stretch
    private static bool Respectively(AnalyzedDocument doc, PeriodExpression last) =>
        doc.Is(last.EndToken, "respectively") || doc.Is(last.EndToken + 1, "respectively");

    // whether b is the month or year right after a's, of a's kind, written right after a's link (a comma by default)
    private static bool Follows(AnalyzedDocument doc, PeriodExpression a, PeriodExpression b, int link = -1) =>
        b.Cue == a.Cue && a.Period is { End: { } aEnd } && b.Period is { Start: { } bStart } && aEnd.AddDays(1) == bStart
        && b.FirstToken == (link < 0 ? a.EndToken : link) + 1;

    // where the end of a range starts when its day is named before it: "Wed" in "1st Jan until Wed, 22 of Jan" (right
    // before a date, "Wed", "Sat", "Sun" and "Mon" are weekdays, not a verb or a newspaper)
    private static int WeekdayBefore(AnalyzedDocument doc, int to, int fromEnd)
    {
        int at = doc.Is(to - 1, ",") ? to - 2 : to - 1;
        return at > fromEnd && (PeriodWords.Weekday(doc.TokenText(at)) is not null || doc.TokenText(at) is "Mon" or "Wed" or "Sat" or "Sun") ? at : to;
    }

    // "now" as a range's end is the publication day: "between now and November 15", "from January to now"
    private static PeriodExpression Now(AnalyzedDocument doc, PeriodExpression p) =>
        p.Cue == PeriodCue.Present && doc.Is(p.FirstToken, "now") && doc.Published is { } pub ? p with { Period = Period.Day(pub), Cue = PeriodCue.Day } : p;

    private static bool HasYear(AnalyzedDocument doc, PeriodExpression p)
    {
        for (int t = p.FirstToken; t < p.EndToken; t++)
        {
            if (doc.Tokens[t].Span.Length == 4 && doc.Tokens[t].Kind == Text.TokenKind.Number)
            {
                return true;
            }
        }

        return false;
    }

    // a month word or a digit date's separator: "Oct. 2", "10/2"; not "the 13th" or "Friday the 13th"
    private static bool HasMonth(AnalyzedDocument doc, PeriodExpression p)
    {
        for (int t = p.FirstToken; t < p.EndToken; t++)
        {
            if (PeriodWords.Month(doc.TokenText(t)) is not null || doc.TokenText(t) is "/" or "-" or ".")
            {
                return true;
            }
        }

        return false;
    }

    // the same month or day in another year (29 February falls back to the 28th)
    private static Period InYear(Period period, int year)
    {
        var start = period.Start!.Value; // a month or day period always has a start
        return period.Start == period.End
            ? Period.Day(new DateOnly(year, start.Month, Math.Min(start.Day, DateTime.DaysInMonth(year, start.Month))))
            : Period.Month(year, start.Month);
    }
}
