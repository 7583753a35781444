using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Periods;

/// <summary>
/// Month and weekday names as the period readers accept them: as written ("March", "Oct.", "Tues."), and in lower
/// case except where the lower-case word is common English ("may", "march", "mar", "sun", "sat", "wed").
/// </summary>
internal static class PeriodWords
{
    private static readonly WordMap<int> LowerMonths = Lexicon.Months
        .Where(m => m.Key.ToLowerInvariant() is not ("may" or "march" or "mar."))
        .ToWordMap(m => m.Key.ToLowerInvariant(), m => m.Value, StringComparer.Ordinal);

    private static readonly WordSet ReportVerbs = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "said", "says", "told", "confirmed", "announced", "reported", "added", "stated", "updated", "published", "posted", "released");

    private static readonly WordMap<DayOfWeek> Weekdays = new Dictionary<string, DayOfWeek>(StringComparer.Ordinal)
    {
        ["Monday"] = DayOfWeek.Monday,
        ["Tuesday"] = DayOfWeek.Tuesday,
        ["Tues"] = DayOfWeek.Tuesday,
        ["Tues."] = DayOfWeek.Tuesday,
        ["Tue"] = DayOfWeek.Tuesday,
        ["Tue."] = DayOfWeek.Tuesday,
        ["Wednesday"] = DayOfWeek.Wednesday,
        ["Thursday"] = DayOfWeek.Thursday,
        ["Thurs"] = DayOfWeek.Thursday,
        ["Thurs."] = DayOfWeek.Thursday,
        ["Thur"] = DayOfWeek.Thursday,
        ["Thur."] = DayOfWeek.Thursday,
        ["Thu"] = DayOfWeek.Thursday,
        ["Thu."] = DayOfWeek.Thursday,
        ["Friday"] = DayOfWeek.Friday,
        ["Fri"] = DayOfWeek.Friday,
        ["Fri."] = DayOfWeek.Friday,
        ["Saturday"] = DayOfWeek.Saturday,
        ["Sunday"] = DayOfWeek.Sunday,
    }.ToWordMap(StringComparer.Ordinal);

    private static readonly WordMap<DayOfWeek> LowerWeekdays = Weekdays
        .ToWordMap(d => d.Key.ToLowerInvariant(), d => d.Value, StringComparer.Ordinal);

    /// <summary>The month a word names, or null.</summary>
    public static int? Month(ReadOnlySpan<char> word) =>
        Lexicon.Months.TryGetValue(word, out int m) ? m
        : LowerMonths.TryGetValue(word, out int lower) ? lower : null;

    /// <summary>
    /// A month name glued to its day in one token, as scraped text runs them together ("Oct2", "October2", "april22"): the
    /// month and the day, or null. Only a month name as written or in lower case, then one or two digits naming a day;
    /// "MAY2" in capitals is a code.
    /// </summary>
    public static (int Month, int Day)? GluedDay(ReadOnlySpan<char> word)
    {
        int digits = word.IndexOfAnyInRange('0', '9');
        if (digits < 3 || word.Length - digits > 2 || word[digits..].ContainsAnyExceptInRange('0', '9') || !char.IsLower(word[1])
            || Month(word[..digits]) is not { } month)
        {
            return null;
        }

        int day = int.Parse(word[digits..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture);
        return day is >= 1 and <= 31 ? (month, day) : null;
    }

    /// <summary>The weekday a word names, or null.</summary>
    public static DayOfWeek? Weekday(ReadOnlySpan<char> word) =>
        Weekdays.TryGetValue(word, out var d) ? d
        : LowerWeekdays.TryGetValue(word, out var lower) ? lower : null;

    /// <summary>True when a date follows at token <paramref name="i"/> (after an optional comma): "Monday, January 12", "Friday 5/12".</summary>
    public static bool StartsDate(AnalyzedDocument doc, int i, int end)
    {
        if (doc.Is(i, ","))
        {
            i++;
        }

        // "Monday, January 12"; "Friday 5/12", whose digits name the day
        if (i < end && (Month(doc.TokenText(i)) is not null || (i + 2 < end && doc.Tokens[i].Kind == TokenKind.Number && doc.Is(i + 1, "/"))))
        {
            return true;
        }

        if (!NumericDates.TryDay(doc, i, end, out _, out int after))
        {
            return false;
        }

        if (doc.Is(after, "of"))
        {
            after++;
        }

        return after < end && Month(doc.TokenText(after)) is not null;
    }

    /// <summary>
    /// True when the day expression starting at token <paramref name="first"/> follows a reporting verb ("officials said
    /// on Thursday", "told reporters yesterday"): it dates the report, not a figure.
    /// </summary>
    public static bool DatesReport(AnalyzedDocument doc, int first)
    {
        int before = doc.Is(first - 1, "on") ? first - 2 : first - 1;
        return before >= 0 && doc.IsAny(before, ReportVerbs);
    }

    /// <summary>How many months on from publication "this", "current", "next", "last" or "previous" at token <paramref name="i"/> names ("the 20th of next month"), or null.</summary>
    public static int? MonthShift(AnalyzedDocument doc, int i) =>
        doc.Is(i, "this") || doc.Is(i, "current") ? 0 : doc.Is(i, "next") ? 1 : doc.Is(i, "last") || doc.Is(i, "previous") ? -1 : null;

    /// <summary>
    /// Lower-case "march" and "may" at token <paramref name="i"/> are verbs unless a day or a year stands next to them
    /// ("march 3", "may the eleventh", "march 2015", "the first of march", "may twenty one" closing the sentence): the
    /// month then, else null.
    /// </summary>
    public static int? LowerMonthInDate(AnalyzedDocument doc, int i, int end)
    {
        var word = doc.TokenText(i);
        int month = word.Equals("march", StringComparison.Ordinal) ? 3 : word.Equals("may", StringComparison.Ordinal) ? 5 : 0;
        if (month == 0)
        {
            return null;
        }

        int at = doc.Is(i + 1, "the") ? i + 2 : i + 1;
        // "may twenty one" closing the sentence: "may" before a number is no verb
        bool dayAfter = NumericDates.TryDay(doc, at, end, out _, out _) || DayWords.TryOrdinal(doc, at, end, out _, out _) || PeriodResolver.TryYear(doc, at, end, out _)
            || (DayWords.TryCardinal(doc, at, end, out _, out int cardinalEnd) && (cardinalEnd >= end || doc.Tokens[cardinalEnd].Kind == TokenKind.Punct));
        bool dayBefore = doc.Is(i - 1, "of") && ((NumericDates.TryDay(doc, i - 2, end, out _, out int a) && a == i - 1)
            || (NumericDates.TryDay(doc, i - 3, end, out _, out int b) && b == i - 1) || (DayWords.TryOrdinal(doc, i - 2, end, out _, out int c) && c == i - 1));
        return dayAfter || dayBefore ? month : null;
    }

    /// <summary>
    /// "Mar", "Jun" and "Jul" without a point at token <paramref name="i"/>: the month only where a date is expected,
    /// after "in", "this", "of" and the like or before a day or a year ("in Jul", "this Mar", "Jun 5"), and not in a name
    /// ("Mar-a-Lago", "Jun Li", "Jun's"); else null.
    /// </summary>
    public static int? ShortMonth(AnalyzedDocument doc, int i, int end)
    {
        var word = doc.TokenText(i);
        int month = word.SequenceEqual("Mar") ? 3 : word.SequenceEqual("Jun") ? 6 : word.SequenceEqual("Jul") ? 7 : 0;
        if (month == 0 || (i + 1 < end && (doc.Is(i + 1, "-") || doc.Is(i + 1, "'s") || doc.Is(i + 1, "’s") || (doc.Tokens[i + 1].Kind == TokenKind.Word && char.IsUpper(doc.TokenText(i + 1)[0])))))
        {
            return null;
        }

        bool placed = doc.Is(i - 1, "in") || doc.Is(i - 1, "this") || doc.Is(i - 1, "last") || doc.Is(i - 1, "next") || doc.Is(i - 1, "of")
            || doc.Is(i - 1, "since") || doc.Is(i - 1, "until") || doc.Is(i - 1, "by") || doc.Is(i - 1, "from") || doc.Is(i - 1, "to");
        return placed || NumericDates.TryDay(doc, i + 1, end, out _, out _) || PeriodResolver.TryYear(doc, i + 1, end, out _) ? month : null;
    }
}
