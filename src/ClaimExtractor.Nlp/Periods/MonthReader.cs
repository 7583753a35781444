using ClaimExtractor.Core.Periods;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Periods;

/// <summary>
/// A month and what a month name carries in news: a day after it ("Oct. 2", "March 3rd", "Jan-1", "January 12, 2016",
/// "Jan. first") or before it ("2 October", "1st Jan", "the 22nd of January", "28-Nov", "the fourth of July"), a day range ("January 4-22", "from 4 to 22
/// January"), a year ("May 2024", "May of 2024", "28 June in 2020", "Dec-2018", "05-Aug-2016", "December, 2018"), "last July", "next June", "this March", "since June". A month with
/// no year is the latest such month not after publication, or the first not before it where the clause looks ahead
/// (<see cref="Tense"/>).
/// </summary>
internal static class MonthReader
{
    // how far ahead a day with no year is still the coming one
    private const int SoonDays = 31;

    // "the August 24-month study", "the June 10-year yield": a number hyphened to a word is a measure describing a noun,
    // no day of the month ("May 5-June 2" is a range)
    private static bool OpensCompound(AnalyzedDocument doc, int dayEnd, int end) =>
        doc.Is(dayEnd, "-") && dayEnd + 1 < end && doc.Tokens[dayEnd + 1].Kind == TokenKind.Word && PeriodWords.Month(doc.TokenText(dayEnd + 1)) is null;

    /// <summary>
    /// Reads the month named at token <paramref name="i"/> and what it carries; <paramref name="gluedDay"/> is the day
    /// written in the same token ("Oct2").
    /// </summary>
    public static PeriodExpression? Read(AnalyzedDocument doc, Sentence sentence, int i, int month, DateOnly? pub, int? gluedDay = null)
    {
        int end = sentence.EndToken;
        int first = i, after = i + 1;
        int? day = gluedDay, lastDay = null, year = null;
        // "Jan-1", "May the 5th", "September the twenty-first", "November between 19 and 20"
        bool between = doc.Is(after, "between");
        int next = IsJoiner(doc, after, end) || ((between || doc.Is(after, "the")) && after + 1 < end) ? after + 1 : after;
        if (gluedDay is not null)
        {
            if (doc.Is(after, ",") && PeriodResolver.TryYear(doc, after + 1, end, out int gluedYear, out int gluedYearEnd))
            {
                year = gluedYear;
                after = gluedYearEnd;
            }
        }
        else if ((NumericDates.TryDay(doc, next, end, out int d, out int dayEnd) || (!between && WordDayAfter(doc, next, end, out d, out dayEnd)))
            && !OpensCompound(doc, dayEnd, end))
        {
            day = d;
            after = dayEnd;
            // "January 4-22", "Jan. 4 to 22" (not "March 3 to April 5", which the range reader joins)
            if ((between ? doc.Is(after, "and") || doc.Is(after, "-") : IsRangeWord(doc, after)) && NumericDates.TryDay(doc, after + 1, end, out int d2, out int rangeEnd) && d2 > d
                && (rangeEnd >= end || PeriodWords.Month(doc.TokenText(rangeEnd)) is null))
            {
                lastDay = d2;
                after = rangeEnd;
            }
            else if (between)
            {
                // "in November between 19 people" is a count
                (day, after) = (null, i + 1);
            }
            else if (IsRangeWord(doc, i - 1) && NumericDates.TryDay(doc, i - 2, end, out int from, out int fromEnd) && fromEnd == i - 1 && from < d
                && (doc.Is(i - 3, "from") || doc.Is(i - 3, "between")) && i - 3 >= sentence.FirstToken)
            {
                // "from 4 to January 22": the first day is in the same month
                (first, day, lastDay) = (i - 3, from, d);
            }

            if (doc.Is(after, ",") && (PeriodResolver.TryYear(doc, after + 1, end, out int y0, out int y0End) || OldYear(doc, after + 1, end, out y0, out y0End)))
            {
                year = y0;
                after = y0End;
            }
        }
        else if (DayBefore(doc, sentence, i) is { } before)
        {
            (first, day, lastDay) = before;
        }

        if (year is null && day is not null && doc.Is(after, ",") && PeriodResolver.TryYear(doc, after + 1, end, out int y1, out int y1End))
        {
            // "from 4 to 22 January, 1995", "September 10, nineteen oh one"
            year = y1;
            after = y1End;
        }
        else if (year is null && (PeriodResolver.TryYear(doc, after, end, out int y, out int yEnd) || (day is not null && OldYear(doc, after, end, out y, out yEnd))))
        {
            year = y;
            after = yEnd;
        }
        else if (year is null && (doc.Is(after, "of") || doc.Is(after, "in")) && PeriodResolver.TryYear(doc, after + 1, end, out int y2, out int y2End))
        {
            year = y2;
            after = y2End;
        }
        else if (year is null && (IsJoiner(doc, after, end) || doc.Is(after, ",")) && PeriodResolver.TryYear(doc, after + 1, end, out int y3))
        {
            // "Dec-2018", "05-Aug-2016", "Dec/2018", "December, 2018"
            year = y3;
            after += 2;
        }

        // "in June last year", "June next year", "March this year", "through November of last year"
        int yearWord = year is null && doc.Is(after, "of") ? after + 1 : after;
        if (year is null && pub is { } anchor && doc.Is(yearWord + 1, "year") && (doc.Is(yearWord, "last") || doc.Is(yearWord, "next") || doc.Is(yearWord, "this")))
        {
            year = anchor.Year + (doc.Is(yearWord, "last") ? -1 : doc.Is(yearWord, "next") ? 1 : 0);
            after = yearWord + 2;
        }

        // "May" opening a sentence with nothing after it that makes it a date is the modal verb
        if (month == 5 && day is null && year is null && (i == sentence.FirstToken || doc.Tokens[i].Kind != TokenKind.Word))
        {
            return null;
        }

        if (year is null && day is null && pub is { } near && (doc.Is(first - 1, "last") || doc.Is(first - 1, "next") || doc.Is(first - 1, "this")))
        {
            // "up from 32 minutes last July": the month in the year before publication; "next June" the year after
            year = near.Year + (doc.Is(first - 1, "last") ? -1 : doc.Is(first - 1, "next") ? 1 : 0);
            first--;
        }

        if (year is null && pub is { } p)
        {
            year = YearOf(doc, sentence, first, after, month, day, p);
        }

        Period? period = year is { } yy ? Resolve(yy, month, day, lastDay) : null;
        var cue = day is null ? PeriodCue.Month : PeriodCue.Day;
        // ("since the Nov. 5 election": a day naming the event the time runs from)
        int since = doc.Is(first - 1, "since") ? first - 1 : doc.Is(first - 1, "the") && doc.Is(first - 2, "since") && EventNounAt(doc, after) ? first - 2 : -1;
        if (since >= 0 && period is not null && pub is { } pp)
        {
            period = Period.Between(period, Period.Month(pp.Year, pp.Month));
            cue = PeriodCue.Since;
            first = since;
        }

        return PeriodResolver.Make(doc, first, after, period, cue);
    }

    // a lower-case word after a date that the date names ("the Nov. 5 election", "the March 2020 low")
    private static bool EventNounAt(AnalyzedDocument doc, int i) =>
        i < doc.Tokens.Count && doc.Tokens[i].Kind == TokenKind.Word && char.IsLower(doc.TokenText(i)[0]) && !doc.IsAny(i, Lexicon.FunctionWords);

    /// <summary>
    /// A day of the month with no month: "on the 27th", "by the 21st.", "on 22nd" (the latest such day not after publication), "the
    /// 20th of next month". Only after a preposition of time and before punctuation, the end or a linking word, so "the
    /// 21st century" and "the 15th anniversary" stay ordinals; <paramref name="dated"/> when the caller's phrase makes it
    /// a day ("the week of the 18th").
    /// </summary>
    public static PeriodExpression? ReadDayOfMonth(AnalyzedDocument doc, Sentence sentence, int i, DateOnly? pub, bool dated = false)
    {
        int end = sentence.EndToken;
        int at = doc.Is(i, "the") ? i + 1 : i;
        bool digits = NumericDates.TryDay(doc, at, end, out int day, out int after);
        if (!digits || after != at + 2)
        {
            // "for the 27.", "on the second!", "for the twenty second", "on twenty-first?": a day without its suffix, or in
            // ordinal words, only after "on" or "for" (with "the" but for a compound, "second" alone is a rank) and closing
            // the sentence: "for the 27 victims", "for the second time" are counts and ranks
            bool words = !digits && DayWords.TryOrdinal(doc, at, end, out day, out after);
            bool placed = (doc.Is(i - 1, "on") || doc.Is(i - 1, "for")) && (at > i || (words && day > 20));
            if (!(digits || words) || !placed || !(after >= end || doc.TokenText(after) is "." or "!" or "?" or ";"))
            {
                return null;
            }

            return PeriodResolver.Make(doc, i, after, LatestDay(pub, day), PeriodCue.Day);
        }

        // "the 20th of next month", "20th of the previous month"
        int shiftAt = doc.Is(after + 1, "the") ? after + 2 : after + 1;
        if (doc.Is(after, "of") && doc.Is(shiftAt + 1, "month") && PeriodWords.MonthShift(doc, shiftAt) is { } shift)
        {
            Period? inMonth = pub is { } p0 && p0.AddMonths(shift) is var m && day <= DateTime.DaysInMonth(m.Year, m.Month) ? Period.Day(new DateOnly(m.Year, m.Month, day)) : null;
            return PeriodResolver.Make(doc, i, shiftAt + 2, inMonth, PeriodCue.Day);
        }

        // "on 22nd": a day with its ordinal suffix needs no "the" after "on" or "by"
        if (at == i && !(after == at + 2 && (doc.Is(i - 1, "on") || doc.Is(i - 1, "by"))))
        {
            return null;
        }

        dated |= doc.Is(i - 1, "on") || doc.Is(i - 1, "by") || doc.Is(i - 1, "for") || doc.Is(i - 1, "since") || doc.Is(i - 1, "until")
            || doc.Is(i - 1, "from") || doc.Is(i - 1, "before") || doc.Is(i - 1, "after");
        bool closes = dated && (after >= end || doc.Tokens[after].Kind == TokenKind.Punct
            || doc.Is(after, "and") || doc.Is(after, "to") || doc.Is(after, "through") || doc.Is(after, "until") || doc.Is(after, "till") || doc.Is(after, "at"));
        if (!closes)
        {
            return null;
        }

        return PeriodResolver.Make(doc, i, after, LatestDay(pub, day), PeriodCue.Day);
    }

    /// <summary>
    /// The year of a month or day written without one, as tokens [<paramref name="first"/>, <paramref name="after"/>):
    /// the latest such month not after publication, or in a clause that looks ahead ("will hold an event on December 2")
    /// the first not before it; a day at most a month ahead, in a clause that does not report the past, is the coming one
    /// ("launch tomorrow (November 19)", "is holding an event on Dec. 2", "from 10/1 to 11/7"): a day eleven months back
    /// would carry its year; so is a day opening a schedule line ("June 17 -- Bridgestone Arena, Nashville, TN").
    /// </summary>
    public static int YearOf(AnalyzedDocument doc, Sentence sentence, int first, int after, int month, int? day, DateOnly pub)
    {
        int year = Tense.Ahead(doc, sentence, first) || (day is { } soonDay && Soon(pub, month, soonDay) && !Tense.Past(doc, sentence, first))
            || (day is not null && Tense.Listing(doc, sentence, first, after))
            ? (month < pub.Month || (month == pub.Month && day < pub.Day) ? pub.Year + 1 : pub.Year)
            : (month > pub.Month || (month == pub.Month && day > pub.Day) ? pub.Year - 1 : pub.Year);
        // "Feb. 29" is the latest leap day
        while (day is { } dd && month == 2 && dd == 29 && !DateTime.IsLeapYear(year))
        {
            year--;
        }

        return year;
    }

    // the latest day numbered `day` not after publication
    private static Period? LatestDay(DateOnly? pub, int day)
    {
        if (pub is not { } p)
        {
            return null;
        }

        var month = day <= p.Day ? p : p.AddMonths(-1);
        while (day > DateTime.DaysInMonth(month.Year, month.Month))
        {
            month = month.AddMonths(-1);
        }

        return Period.Day(new DateOnly(month.Year, month.Month, day));
    }


    // the day `day` of `month` falls within the month after publication
    private static bool Soon(DateOnly pub, int month, int day)
    {
        int year = month < pub.Month || (month == pub.Month && day <= pub.Day) ? pub.Year + 1 : pub.Year;
        return day <= DateTime.DaysInMonth(year, month) && new DateOnly(year, month, day).DayNumber - pub.DayNumber <= SoonDays;
    }

    // a day the month does not have ("Feb 30") names no day: read, and left unresolved
    private static Period? Resolve(int year, int month, int? day, int? lastDay)
    {
        int days = DateTime.DaysInMonth(year, month);
        if (day is not { } dd)
        {
            return Period.Month(year, month);
        }

        if (dd > days)
        {
            return null;
        }

        return lastDay is { } last && last <= days
            ? Period.Between(Period.Day(new DateOnly(year, month, dd)), Period.Day(new DateOnly(year, month, last)))
            : Period.Day(new DateOnly(year, month, dd));
    }

    // the day (or day range) written before month token i: "2 October", "1st Jan", "the 22nd of January", "28-Nov",
    // "4-22 January", "from 4 to 22 January", "between 4 and 22 January", "from 13 to the 15 of July"
    private static (int First, int Day, int? LastDay)? DayBefore(AnalyzedDocument doc, Sentence sentence, int i)
    {
        int link = doc.Is(i - 1, "of") || IsJoiner(doc, i - 1, sentence.EndToken) || DayPoint(doc, i - 1) ? i - 1 : i;
        int start = DayEndingAt(doc, sentence, link);
        if (start < 0 || !Day(doc, start, sentence.EndToken, out int day, out _))
        {
            return null;
        }

        int first = WithThe(doc, sentence, start);
        // "from 13 to the 15 of July", "between the 4th and the 22nd of January"
        int joint = first - 1;
        if (IsRangeWord(doc, joint) || doc.Is(joint, "and"))
        {
            int from = DayEndingAt(doc, sentence, joint);
            int fromFirst = from >= 0 ? WithThe(doc, sentence, from) : -1;
            if (from >= 0 && Day(doc, from, sentence.EndToken, out int startDay, out _) && startDay < day
                && (!doc.Is(joint, "and") || doc.Is(fromFirst - 1, "between")))
            {
                first = doc.Is(fromFirst - 1, "from") || doc.Is(fromFirst - 1, "between") ? fromFirst - 1 : fromFirst;
                return (first, startDay, day);
            }
        }

        return (first, day, null);
    }

    // a year before 1800 after a day and its month, closing the phrase: "5 December 1391", "June 4, 1215". A full date
    // reaches back further than a bare year, which only from 1800 on is told from a count
    private static bool OldYear(AnalyzedDocument doc, int i, int end, out int year, out int after)
    {
        year = 0;
        after = i + 1;
        return i < end && doc.Tokens[i].Kind == TokenKind.Number && doc.Tokens[i].Span.Length is 3 or 4 && doc.TokenText(i)[0] != '0'
            && int.TryParse(doc.TokenText(i), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out year)
            && year < 1800 && (after >= end || doc.Tokens[after].Kind == TokenKind.Punct || IsCapitalizedWord(doc.TokenText(after))
                || doc.Is(after, "the") || doc.Is(after, "and") || doc.Is(after, "when"));
    }

    // "Pope", "The": a capital and then lower case; "1500 GMT" is a clock time
    private static bool IsCapitalizedWord(ReadOnlySpan<char> word) => word.Length > 1 && char.IsUpper(word[0]) && char.IsLower(word[1]);

    // a day's first token, taking a "the" before it within the sentence
    private static int WithThe(AnalyzedDocument doc, Sentence sentence, int day) =>
        doc.Is(day - 1, "the") && day - 1 >= sentence.FirstToken ? day - 1 : day;

    // the token where a day number ending just before token `end` starts ("22" or "22nd"), or -1
    private static int DayEndingAt(AnalyzedDocument doc, Sentence sentence, int end)
    {
        // the longest day first: "twenty second of June" is the 22nd, not the 2nd
        for (int start = Math.Max(sentence.FirstToken, end - 3); start < end; start++)
        {
            if (Day(doc, start, sentence.EndToken, out _, out int after) && after == end)
            {
                return start;
            }
        }

        return -1;
    }

    // a day in digits or ordinal words: "22", "22nd", "twenty-second"
    private static bool Day(AnalyzedDocument doc, int i, int end, out int day, out int after) =>
        NumericDates.TryDay(doc, i, end, out day, out after) || DayWords.TryOrdinal(doc, i, end, out day, out after);

    // an ordinal word after a month closes the date ("Jan. first", "May twenty-first,"): "March first-time buyers" does not
    // and so does a day from 21 in cardinal words before punctuation, the end or a year ("May twenty one,", "jan twenty
    // two, 2018"): "May twenty one people" and "in May twenty people died" are counts
    private static bool WordDayAfter(AnalyzedDocument doc, int i, int end, out int day, out int after) =>
        (DayWords.TryOrdinal(doc, i, end, out day, out after) || DayWords.TryCardinal(doc, i, end, out day, out after))
        && (after >= end || doc.Tokens[after].Kind == TokenKind.Punct && !doc.Is(after, "-") || doc.Is(after, "and") || doc.Is(after, "to") || PeriodResolver.TryYear(doc, after, end, out _, out _));

    // the point after a day written the European way, "16. Nov. 2016": glued to a day number and spaced from the month
    private static bool DayPoint(AnalyzedDocument doc, int i) =>
        i > 0 && doc.Is(i, ".") && doc.Tokens[i].Start == doc.Tokens[i - 1].End && doc.Tokens[i + 1].Start > doc.Tokens[i].End
        && doc.Tokens[i - 1].Kind == TokenKind.Number && doc.Tokens[i - 1].Span.Length <= 2;

    private static bool IsRangeWord(AnalyzedDocument doc, int i) =>
        doc.Is(i, "-") || doc.Is(i, "–") || doc.Is(i, "to") || doc.Is(i, "through") || doc.Is(i, "thru") || doc.Is(i, "until") || doc.Is(i, "till");

    // a hyphen, slash or point glued on both sides: "Jan-1", "Jan/1", "september.16th", "28-Nov"
    private static bool IsJoiner(AnalyzedDocument doc, int i, int end) =>
        i > 0 && i + 1 < end && doc.TokenText(i) is "-" or "/" or "." && doc.Tokens[i].Start == doc.Tokens[i - 1].End && doc.Tokens[i + 1].Start == doc.Tokens[i].End;
}
