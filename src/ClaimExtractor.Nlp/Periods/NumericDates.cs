using System.Globalization;
using ClaimExtractor.Core.Periods;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Periods;

/// <summary>
/// Dates written in digits, read only where a year makes them dates: "2015-08-12", "2015/08/12", "02/22/2016",
/// "21/04/2016", "9-18-15", "08/12,2015" (a first part over 12 is the day, else the month comes first, as in US news), and months
/// "2015-3", "2015/08", "3/2015", "11-2016". "4/22" alone stays a fraction or a score, "on 4/22", "Friday 4/22", a zero-padded "22/04" and a range "from 10/1 to
/// 11/7" are days (with no year, the year a month name's day would take); "2023-24" is a season
/// (its first year).
/// Day numbers ("5", "12th", "1st") for the month readers live here too.
/// </summary>
internal static class NumericDates
{
    /// <summary>A day of the month at token <paramref name="i"/>: one or two digits, 1 to 31, with an optional glued "st", "nd", "rd" or "th".</summary>
    public static bool TryDay(AnalyzedDocument doc, int i, int end, out int day, out int after)
    {
        day = 0;
        after = i;
        if (i < 0 || i >= end || doc.Tokens[i].Kind != TokenKind.Number || doc.Tokens[i].Span.Length > 2
            || !int.TryParse(doc.TokenText(i), NumberStyles.None, CultureInfo.InvariantCulture, out day) || day is < 1 or > 31)
        {
            return false;
        }

        after = i + 1;
        if (after < end && Glued(doc, i, after) && IsOrdinalSuffix(doc.TokenText(after)))
        {
            after++;
        }

        return true;
    }

    /// <summary>Reads a digit date starting at token <paramref name="i"/> of <paramref name="sentence"/>, or null.</summary>
    public static PeriodExpression? Read(AnalyzedDocument doc, Sentence sentence, int i)
    {
        int end = sentence.EndToken;
        if (!Part(doc, i, end, out int a, out int aLength) || !Spaced(doc, i + 1, end))
        {
            return null;
        }

        // "11 - 2016", "11 /2016": a month spaced from its year, closing the phrase
        if (!Separator(doc, i + 1, end))
        {
            return aLength <= 2 && PeriodResolver.TryYear(doc, i + 2, end, out int spacedYear) && SpacedMonth(doc, i + 2, spacedYear, i) is { } spacedMonth
                ? PeriodResolver.Make(doc, i, i + 3, spacedMonth, PeriodCue.Month)
                : null;
        }

        if (!Part(doc, i + 2, end, out int b, out int bLength))
        {
            return null;
        }

        char separator = doc.TokenText(i + 1)[0];
        bool third = Separator(doc, i + 3, end) && doc.TokenText(i + 3)[0] == separator && Part(doc, i + 4, end, out _, out _);
        if (third)
        {
            Part(doc, i + 4, end, out int c, out int cLength);
            // y-m-d, else m/d/y or d/m/y
            var (year, month, dayNumber) = aLength == 4 ? (a, b, c) : cLength is 2 or 4 && aLength <= 2 && bLength <= 2 ? (a > 12 ? (Year(c, cLength), b, a) : (Year(c, cLength), a, b)) : (0, 0, 0);
            // "2/29/2019" is written as a date but names no day: read, and left unresolved
            return year is >= 1800 and <= 2100 && month is >= 1 and <= 12 && dayNumber is >= 1 and <= 31
                ? PeriodResolver.Make(doc, i, i + 5, Date(year, month, dayNumber) is { } d ? Period.Day(d) : null, PeriodCue.Day) : null;
        }

        // "2015-3", "2015/08" (not the season "2023-24"); "3/2015"
        if (aLength == 4 && bLength <= 2 && b is >= 1 and <= 12 && b != (a + 1) % 100 && a is >= 1800 and <= 2100)
        {
            return PeriodResolver.Make(doc, i, i + 3, Period.Month(a, b), PeriodCue.Month);
        }

        // "2023-24", "2019/20": a season, a school or a fiscal year across two calendar years, whose months the context
        // sets; read as both years, so it never passes for the first alone
        if (aLength == 4 && bLength == 2 && b == (a + 1) % 100 && a is >= 1800 and <= 2100 && doc.TokenText(i + 1) is "-" or "/" or "–")
        {
            return PeriodResolver.Make(doc, i, i + 3, Period.Between(Period.Year(a), Period.Year(a + 1)), PeriodCue.Year);
        }

        if (aLength <= 2 && a is >= 1 and <= 12 && bLength == 4 && b is >= 1800 and <= 2100)
        {
            return PeriodResolver.Make(doc, i, i + 3, Period.Month(b, a), PeriodCue.Month);
        }

        // "08/12,2015", "08/12,15": a year glued on by a comma makes a date of it
        if (aLength <= 2 && bLength <= 2 && doc.Is(i + 3, ",") && Glued(doc, i + 2, i + 3) && i + 4 < end && Glued(doc, i + 3, i + 4)
            && Part(doc, i + 4, end, out int gluedYear, out int yearLength) && yearLength is 2 or 4)
        {
            var (month, day) = a > 12 ? (b, a) : (a, b);
            return Date(Year(gluedYear, yearLength), month, day) is { } d ? PeriodResolver.Make(doc, i, i + 5, Period.Day(d), PeriodCue.Day) : null;
        }

        // "on 4/22", "on 22/04", "Friday 5/12": "on" or a weekday makes a date of it, the year as a month name's day takes
        // it ("on Nov. 7"); so does a zero-padded part where only one reading is a day ("22/04", "04/22"; not "05/06", "24/7"
        // or "3/4"), and a range of two ("from 10/1 to 11/7", "between 10/25 and 01/25")
        bool padded = aLength == 2 && bLength == 2 && (doc.TokenText(i)[0] == '0' || doc.TokenText(i + 2)[0] == '0') && (a > 12) != (b > 12);
        if (aLength <= 2 && bLength <= 2 && (padded || doc.Is(i - 1, "on") || PeriodWords.Weekday(doc.TokenText(i - 1)) is not null || InRange(doc, i, end)))
        {
            var (month, day) = a > 12 ? (b, a) : (a, b);
            return month is >= 1 and <= 12 && day is >= 1 and <= 31
                ? PeriodResolver.Make(doc, i, i + 3, doc.Published is { } p && Date(MonthReader.YearOf(doc, sentence, i, i + 3, month, day, p), month, day) is { } d ? Period.Day(d) : null, PeriodCue.Day)
                : null;
        }

        return null;
    }

    // the digit day at token i opens or closes a range of two after "from" or "between" ("from 10/1 to 11/7"), neither of
    // them a fraction or a mark out of ten ("from 1/3 to 1/2", "from 6/10 to 8/10", "between 2/5 and 3/5")
    private static bool InRange(AnalyzedDocument doc, int i, int end)
    {
        int from = doc.Is(i - 1, "from") || doc.Is(i - 1, "between") ? i
            : RangeLink(doc, i - 1) && (doc.Is(i - 5, "from") || doc.Is(i - 5, "between")) ? i - 4 : -1;
        return from > 0 && RangeLink(doc, from + 3) && (!doc.Is(from + 3, "and") || doc.Is(from - 1, "between"))
            && DayPair(doc, from, end) is { } start && DayPair(doc, from + 4, end) is { } last && !(start.B == last.B && start.B is 5 or 10);
    }

    private static bool RangeLink(AnalyzedDocument doc, int i) =>
        doc.Is(i, "to") || doc.Is(i, "until") || doc.Is(i, "through") || doc.Is(i, "till") || doc.Is(i, "-") || doc.Is(i, "and");

    // two parts of at most two digits joined by a glued slash that can be a day and are no small fraction ("3/4", "1/10")
    private static (int A, int B)? DayPair(AnalyzedDocument doc, int i, int end) =>
        Part(doc, i, end, out int a, out int aLength) && aLength <= 2 && Separator(doc, i + 1, end) && doc.Is(i + 1, "/")
        && Part(doc, i + 2, end, out int b, out int bLength) && bLength <= 2 && (a <= 12 || b <= 12) && !(a < b && b <= 10)
            ? (a, b) : null;

    /// <summary>
    /// The month of a year and a month number written apart, "2016 - 11", "2016/ 11", "11 - 2016" (the year at token
    /// <paramref name="yearAt"/>, the month at <paramref name="monthAt"/>, a hyphen or slash between), when the pair closes the
    /// phrase; a month one past the year's last two digits is the season "2010 - 11".
    /// </summary>
    public static Period? SpacedMonth(AnalyzedDocument doc, int yearAt, int year, int monthAt)
    {
        int after = Math.Max(yearAt, monthAt) + 1;
        bool closes = after >= doc.Tokens.Count || doc.Tokens[after].Kind == TokenKind.Punct;
        return closes && doc.Tokens[monthAt].Kind == TokenKind.Number && doc.Tokens[monthAt].Span.Length <= 2
            && int.TryParse(doc.TokenText(monthAt), NumberStyles.None, CultureInfo.InvariantCulture, out int month)
            && month is >= 1 and <= 12 && (monthAt < yearAt || month != (year + 1) % 100)
            ? Period.Month(year, month) : null;
    }

    private static bool IsOrdinalSuffix(ReadOnlySpan<char> word) =>
        word.Equals("st", StringComparison.OrdinalIgnoreCase) || word.Equals("nd", StringComparison.OrdinalIgnoreCase)
        || word.Equals("rd", StringComparison.OrdinalIgnoreCase) || word.Equals("th", StringComparison.OrdinalIgnoreCase);

    private static bool Glued(AnalyzedDocument doc, int left, int right) => doc.Tokens[right].Start == doc.Tokens[left].End;

    // a separator, glued or not: "/" or "-"
    private static bool Spaced(AnalyzedDocument doc, int i, int end) => i + 1 < end && doc.TokenText(i) is "/" or "-";

    // a separator glued on both sides: "/" or "-"
    private static bool Separator(AnalyzedDocument doc, int i, int end) =>
        i + 1 < end && doc.TokenText(i) is "/" or "-" && Glued(doc, i - 1, i) && Glued(doc, i, i + 1);

    private static bool Part(AnalyzedDocument doc, int i, int end, out int value, out int length)
    {
        value = 0;
        length = i < end ? doc.Tokens[i].Span.Length : 0;
        return i < end && doc.Tokens[i].Kind == TokenKind.Number && length is 1 or 2 or 4
            && int.TryParse(doc.TokenText(i), NumberStyles.None, CultureInfo.InvariantCulture, out value)
            && (i + 1 >= doc.Tokens.Count || !Glued(doc, i, i + 1) || doc.Tokens[i + 1].Kind != TokenKind.Word);
    }

    // "15" is 2015, "98" is 1998: two-digit years within the century up to 2049
    private static int Year(int value, int length) => length == 4 ? value : value < 50 ? 2000 + value : 1900 + value;

    private static DateOnly? Date(int year, int month, int day) =>
        year is >= 1800 and <= 2100 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
}
