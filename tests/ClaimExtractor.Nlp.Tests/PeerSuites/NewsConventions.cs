using System.Text.RegularExpressions;
using ClaimExtractor.Core.Periods;
using ClaimExtractor.Core.Text;
using ClaimExtractor.Nlp.Pipeline;

namespace ClaimExtractor.Nlp.Tests.PeerSuites;

/// <summary>
/// Where the peer suites resolve a date differently from news use, on purpose: the one list of those differences and
/// why. A case whose expected window differs from the pipeline's period only as one of these describes passes, and is
/// counted under the convention's name in the report, so no difference is silent. Everything else must match exactly.
/// </summary>
internal static partial class NewsConventions
{
    /// <summary>A difference: its name (printed in the report), the reason, and the test on the expected window and ours.</summary>
    public sealed record Convention(string Name, string Reason, Func<Window, Period, DateOnly, string, bool> Holds);

    /// <summary>An inclusive day range a suite expects.</summary>
    public readonly record struct Window(DateOnly Start, DateOnly End);

    /// <summary>The end of a window the suite leaves open after its start ("since August": a start and no end).</summary>
    public static DateOnly OpenEnd { get; } = DateOnly.MaxValue;

    public static IReadOnlyList<Convention> All { get; } =
    [
        new("since runs to publication",
            "\"Since August\", \"since 2010\": the suites leave the end open; a news figure since a day runs up to publication, "
            + "so the pipeline closes the period in the publication's year (\"since 2010\" is 2010 to the publication year).",
            (w, p, reference, _) => w.End == OpenEnd && p.Start == w.Start && p.End is { } end && end > w.Start && end >= reference && end.Year == reference.Year),
        new("forward",
            "Both suites resolve a bare weekday, day, month, season or holiday to the next one after the reference date; a news "
            + "article reports what happened, so it means the latest one on or before publication unless its clause looks ahead (\"on Tuesday\", \"in May\", "
            + "\"Black Friday sales\"; a holiday dated by a weekday, Thanksgiving, falls on another day the year before).",
            (w, p, reference, text) => !Ahead().IsMatch(text) && !Year().IsMatch(text) && w.Start > reference && p.Start <= reference
                && (Shifted(w, p, d => d.AddDays(-7)) || Shifted(w, p, d => d.AddYears(-1)) || SameHolidayYearBefore(w, p))),
        new("edge is the whole period",
            "\"At the end of September\", \"by the end of the year\", \"the start of 2024\": news dates a level read at a "
            + "period's edge, or a target due by it, as that period's figure (corpus gold: \"stood at 4.85 per cent at the end "
            + "of September\" is 2026-09); the suites give the last or first third.",
            (w, p, _, text) => EdgeOf().IsMatch(text) && p.Start <= w.Start && p.End >= w.End && Days(p) <= 4 * Days(w)),
        new("earlier, later and to date in a period are the period",
            "\"Announced earlier this month\", \"later this year\", \"the year to date\": news dates the figure by the whole "
            + "month or year, as the gold format labels it (periods.md: \"earlier this month\" is the month, \"so far this "
            + "year\" the year, \"later this year\" the year however little of it is left); Recognizers-Text cuts it at the reference date.",
            (w, p, _, text) => EarlierLater().IsMatch(text) && p.Start <= w.Start && p.End >= w.End && (Days(p) <= 4 * Days(w) || p.Label.Length is 4 or 7)),
        new("rolling windows",
            "\"The last 2 months\", \"the next 3 weeks\", \"the past two decades\": news counts back or forward from publication "
            + "(\"over the past two decades\" is the twenty years to publication); Duckling takes whole calendar units before or after the current one, and so does "
            + "Recognizers-Text for decades (\"the past 2 decades\" is 1990 to 2009 there, published in 2016).",
            (w, p, reference, text) => Rolling().IsMatch(text) && p.End >= w.Start && p.Start <= w.End
                && ((p.End == reference && w.End < reference) || (p.Start == reference.AddDays(1) && w.Start > reference.AddDays(1)))),
        new("seasons by whole months",
            "\"This summer\", \"this winter\": Duckling takes the astronomical season (21 June to 22 September); news, and the "
            + "gold format's month labels, take the meteorological one (June to August).",
            (w, p, _, text) => SeasonWord().IsMatch(text) && p.Start is { Day: 1 } s && s.Month % 3 == 0
                && w.Start.Year == s.Year && w.Start.Month == s.Month && w.Start.Day is >= 19 and <= 23),
        new("last year, quarter or month of a range included",
            "Recognizers-Text ends \"2014-2018\", \"from 2017-q1 to 2018-q1\" and \"between 2015 and Feb 2018\" at the first day of "
            + "the last named year, quarter or month; in news the range includes it.",
            (w, p, _, _) => p.Start == w.Start && w.Start < w.End && w.End.Day == 1 && p.End is { } end
                && (end == EndOfMonth(w.End) || (w.End.Month % 3 == 1 && end == w.End.AddMonths(3).AddDays(-1))
                    || (w.End.Month == 1 && end == new DateOnly(w.End.Year, 12, 31)))),
        new("years and months ago are whole",
            "\"Two years ago\", \"a month ago\": news dates a figure by the whole year or month back (\"two years ago, "
            + "sales were $4 million\"); Recognizers-Text gives the day exactly that far back.",
            (w, p, _, text) => Ago().IsMatch(text) && w.Start == w.End && p.Start <= w.Start && p.End >= w.End
                && (p.Label.Length == 4 || p.Label.Length == 7)),
        new("early, mid and late are thirds",
            "\"Early next year\", \"late this month\", \"mid next week\", \"mid summer\": Recognizers-Text takes the first or "
            + "last half, Tuesday to Friday for the middle of a week and the whole season for its middle; news, like Duckling, the "
            + "first, middle or last third (four months of a year, ten days of a month, Wednesday to Friday of a week, July of a summer).",
            (w, p, _, text) => EarlyLate().IsMatch(text) && p.Start >= w.Start && p.End <= w.End
                && (((p.Start == w.Start || p.End == w.End) && 2 * Days(p) >= Days(w)) || (Centred(w, p) && 3 * Days(p) + 3 >= Days(w)))),
        new("a count ahead is the day it reaches",
            "\"2 days hence\", \"4 weeks in the future\": news names the day the count reaches (\"the vote is two days hence\"); "
            + "Recognizers-Text gives the whole stretch from the day after the reference date to it.",
            (w, p, reference, text) => Hence().IsMatch(text) && p.Start == p.End && w.Start == reference.AddDays(1) && p.Start == w.End),
    ];

    /// <summary>
    /// Applied by the judge to every time the suites resolve within a known day (not tried like the others, since it
    /// changes the expected window itself): the day or days the times fall on.
    /// </summary>
    public static Convention DatedByDay { get; } = new("a time is dated by its day",
        "\"Tomorrow 8:00am\", \"3pm Friday\", \"Tuesday evening\": a news claim is dated to the day; the hour is beyond what "
        + "the claim contract states, so the period of a time on a named day is that day (Duckling and Recognizers-Text give the hour).",
        (w, p, _, _) => p.Start == w.Start && p.End == w.End);

    /// <summary>
    /// A difference where the pipeline resolves nothing on purpose: its name, the reason, and the test on the expected
    /// expression's text, where it stands, and what the pipeline found in the document.
    /// </summary>
    public sealed record Unread(string Name, string Reason, Func<string, TextSpan, AnalyzedDocument, bool> Holds);

    /// <summary>
    /// Applied by the judge to an expected expression the pipeline leaves unread (not tried like the others, which
    /// compare two periods): words that point at the time of the story told, not at publication. Recognizers-Text
    /// resolves them from its reference date (and itself marks "the same week", "that weekend" as having no reference);
    /// the pipeline counts them from a day the sentence names before them, and leaves them unread where it names none,
    /// so the convention holds only there.
    /// </summary>
    public static Unread StoryTime { get; } = new("the story's time is not publication",
        "\"The next day\", \"the day\", \"that weekend\", \"the same week\", \"two days later\": in a news article these point "
        + "at the time of the story told (\"the next day, shares fell\", \"on the last day of trading\", \"arrested two days later\"), "
        + "or are a person's (\"my week\"), not at the day of publication, which news calls today, this week, yesterday; "
        + "after a day the sentence names they count from it (\"fell 5% on Monday and rose 3% the next day\"). A market "
        + "report's \"rose 2% on the day\", \"for the day\" and \"to this day\" do mean publication and are not covered.",
        (quote, span, document) => StoryWords().IsMatch(quote) && !DayNamedBefore(span, document)
            && !(TodayAfter().IsMatch(document.Text.AsSpan(0, span.Start)) && BareDay().IsMatch(quote)));

    // "rose 2% on the day", "closed flat for the day", "the quote of the day", "to this day": the day of a market report
    // or a feature is publication's, and "to this day" runs up to it
    [GeneratedRegex(@"\b(for|on|of|to)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TodayAfter();

    [GeneratedRegex(@"^(the|this) day$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BareDay();

    // a period the pipeline resolved earlier in the sentence that holds the span
    private static bool DayNamedBefore(TextSpan span, AnalyzedDocument document) =>
        document.Sentences.FirstOrDefault(s => s.Span.Start <= span.Start && span.End <= s.Span.End) is { Span.Length: > 0 } sentence
        && document.PeriodsIn(sentence).Any(p => p.Period is not null && p.Span.End <= span.Start);

    /// <summary>The convention under which <paramref name="period"/> stands for one of <paramref name="windows"/>, or null.</summary>
    public static Convention? Explaining(IEnumerable<Window> windows, Period? period, DateOnly reference, string text) =>
        period?.Start is null || period.End is null ? null
            : All.FirstOrDefault(c => windows.Any(w => c.Holds(w, period, reference, text)));

    private static bool Shifted(Window w, Period p, Func<DateOnly, DateOnly> back) => p.Start == back(w.Start) && p.End == back(w.End);

    // one day a year earlier, give or take the week a weekday-dated holiday moves ("Thanksgiving": 2013-11-28, 2012-11-22)
    private static bool SameHolidayYearBefore(Window w, Period p) =>
        w.Start == w.End && p.Start == p.End && p.Start is { } day && Math.Abs(day.DayNumber - w.Start.AddYears(-1).DayNumber) <= 7;

    // a period in the middle of a window, give or take three days
    private static bool Centred(Window w, Period p) =>
        Math.Abs((p.Start!.Value.DayNumber - w.Start.DayNumber) - (w.End.DayNumber - p.End!.Value.DayNumber)) <= 3; // only called on closed periods

    private static double Days(Window w) => w.End.DayNumber - w.Start.DayNumber + 1;

    private static double Days(Period p) => p.End!.Value.DayNumber - p.Start!.Value.DayNumber + 1; // only called on closed periods

    private static DateOnly EndOfMonth(DateOnly day) => new(day.Year, day.Month, DateTime.DaysInMonth(day.Year, day.Month));

    [GeneratedRegex(@"\b(next|coming|upcoming|following|later|from now|tomorrow|after|this)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Ahead();

    [GeneratedRegex(@"\b[0-9]{4}\b", RegexOptions.CultureInvariant)]
    private static partial Regex Year();

    [GeneratedRegex(@"\b(end|beginning|start) of\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EdgeOf();

    [GeneratedRegex(@"\b(earlier|later) (this|in the)\b|\bto date\b|\bso far\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EarlierLater();

    [GeneratedRegex(@"^(the )?(last|past|next|upcoming|coming) (([0-9]+|two|three|four|five|six|seven|eight|nine|ten) )?(day|week|month|year|decade)s?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Rolling();

    [GeneratedRegex(@"\b(spring|summer|autumn|fall|winter)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SeasonWord();

    [GeneratedRegex(@"\bago\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Ago();

    [GeneratedRegex(@"\b(hence|in the future)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Hence();

    [GeneratedRegex(@"\b(early|late|mid)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EarlyLate();

    // a day of the story ("the day", "the next day", "that day", "my day", "last day", "this day": news writes today and
    // yesterday for publication's), a week, month or year of it ("the same week", "that weekend", "my week"), or a count
    // after it ("two days later", "2 years 21 days later")
    [GeneratedRegex(@"^((the (same |next |following |previous |last )?|that |my |same |next |last |this )day"
        + @"|(the same |same |that |my )(week|weekend|month|year)"
        + @"|(([0-9]+|an?|one|two|three|four|five|six|seven|eight|nine|ten|[a-z]+-[a-z]+) (days?|weeks?|months?|years?),? ?)+later)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StoryWords();
}
