using ClaimExtractor.Core.Periods;
using ClaimExtractor.Core.Text;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Quantities;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Periods;

/// <summary>
/// Time expressions and the periods they name, resolved against the publication date: years and fiscal years, decades
/// and centuries (<see cref="DecadeReader"/>, <see cref="CenturyReader"/>), months and days (<see cref="MonthReader"/>,
/// <see cref="NumericDates"/>, <see cref="DayWords"/>), quarters and halves (<see cref="QuarterReader"/>), seasons,
/// "through 2024", "this year", "last year", "a year earlier", "this month", "since June", "currently", relative days,
/// weeks and quarters (<see cref="RelativePeriods"/>), stretches named by their end ("the 12 months to March",
/// <see cref="StretchToEnd"/>), named weeks (<see cref="WeekReader"/>, <see cref="CalendarWeeks"/>), weekdays
/// (<see cref="WeekdayReader"/>: "by Wednesday evening" is the latest Wednesday on or before publication), parts of a
/// period (<see cref="PeriodEdges"/>: "early 2024", "mid-March"), holidays (<see cref="HolidayReader"/>), days counted
/// from a day the sentence names ("the next day", "two days later": <see cref="NarrativeDays"/>), a market's session
/// ("in morning trading": <see cref="TradingSessions"/>), "for the quarter" (<see cref="TheQuarter"/>) and ranges of two of
/// them (<see cref="PeriodRanges"/>).
/// "In recent years" and a season of play ("this season", <see cref="PlayingSeasons"/>) stay open.
/// </summary>
public sealed class PeriodResolver : IDocumentProcess
{
    private readonly HolidayLexicon holidays;
    private readonly PeriodAnchors anchors;
    private readonly bool everyToken;

    /// <summary>A resolver that reads no holidays.</summary>
    public PeriodResolver()
        : this(HolidayLexicon.Empty)
    {
    }

    /// <summary>A resolver that also reads the holidays in <paramref name="holidays"/> ("Thanksgiving", "Christmas 2013").</summary>
    public PeriodResolver(HolidayLexicon holidays)
        : this(holidays, everyToken: false)
    {
    }

    /// <summary>
    /// A resolver that, when <paramref name="everyToken"/>, tries its readers at every token instead of only near the
    /// words a time expression needs (<see cref="PeriodAnchors"/>): slower, and the check that the anchors miss nothing.
    /// </summary>
    internal PeriodResolver(HolidayLexicon holidays, bool everyToken)
    {
        ArgumentNullException.ThrowIfNull(holidays);
        this.holidays = holidays;
        anchors = new PeriodAnchors(holidays);
        this.everyToken = everyToken;
    }

    /// <inheritdoc />
    public string Name => "periods";

    /// <inheritdoc />
    public IReadOnlyList<string> Produces { get; } = ["period"];

    /// <inheritdoc />
    public void Process(AnalyzedDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var quantityTokens = new HashSet<int>();
        foreach (var q in document.Quantities)
        {
            for (int t = q.FirstToken; t < q.EndToken; t++)
            {
                quantityTokens.Add(t);
            }
        }

        var inSentence = new List<PeriodExpression>();
        var near = new List<bool>();
        foreach (var sentence in document.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            inSentence.Clear();
            anchors.Mark(document, sentence, near);
            for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                // no time expression opens far from its anchor, nor with a comma, bracket or symbol (an apostrophe may: "'24")
                if ((!everyToken && !near[i - sentence.FirstToken]) || (quantityTokens.Contains(i) && !OpensDate(document, i, sentence.EndToken))
                    || (document.Tokens[i].Kind is TokenKind.Punct or TokenKind.Symbol && document.TokenText(i) is not ("'" or "’")))
                {
                    continue;
                }

                var found = InAName(document, HolidayReader.Read(holidays, document, sentence, i)) ?? Read(document, sentence, i) ?? NarrativeDays.Read(document, i, sentence.EndToken, inSentence) ?? TheQuarter.Read(document, sentence, i, inSentence);
                if (found is not null)
                {
                    inSentence.Add(found);
                    i = found.EndToken - 1;
                }
            }

            PeriodRanges.Merge(document, sentence, inSentence);
            WeekdayBesideDay.Settle(document, inSentence);
            StretchFromDay.Settle(document, inSentence);
            TradingSessions.Settle(document, inSentence);
            SinceClauses.Settle(document, inSentence);
            foreach (var found in inSentence)
            {
                if (found.Cue is PeriodCue.Year or PeriodCue.Month or PeriodCue.Day or PeriodCue.Part)
                {
                    // "nineteen" in "June of nineteen ninety nine", "twenty one" in "May twenty one, 2015" are no counts,
                    // nor are the days of a range of days ("conducted from Oct. 7 to 10")
                    document.RemoveWordCountsWithin(found.FirstToken, found.EndToken, digitsToo: found.Cue == PeriodCue.Day && found.Period is { } days && days.Start != days.End);
                }

                document.AddPeriod(found);
            }
        }
    }

    // a holiday inside a company's or a person's name ("outplacement firm Challenger, Gray & Christmas said") is no time
    private static PeriodExpression? InAName(AnalyzedDocument document, PeriodExpression? holiday)
    {
        if (holiday is null)
        {
            return null;
        }

        int start = document.Tokens[holiday.FirstToken].Start, end = document.Tokens[holiday.EndToken - 1].End;
        foreach (var m in document.Mentions)
        {
            if (m.Entity.Type is Core.Entities.EntityType.Org or Core.Entities.EntityType.Person && m.Span.Start <= start && m.Span.End >= end)
            {
                return null;
            }
        }

        return holiday;
    }

    /// <summary>
    /// Reads the time expression starting at token <paramref name="i"/>, or null. A <paramref name="nested"/> read (the
    /// period inside "early 2024", "the week of March 3", "the first Monday of May") opens no such phrase itself, so
    /// chains of them stay linear.
    /// </summary>
    internal static PeriodExpression? Read(AnalyzedDocument doc, Sentence sentence, int i, bool nested = false)
    {
        DateOnly? pub = doc.Published;
        int end = sentence.EndToken;
        if (!nested && (PeriodEdges.Read(doc, sentence, i) ?? WeekReader.Read(doc, sentence, i) ?? CalendarWeeks.Read(doc, sentence, i) ?? NthDayOf.Read(doc, sentence, i)) is { } edge)
        {
            return edge;
        }

        if (doc.Is(i, "recent") && (doc.Is(i + 1, "years") || doc.Is(i + 1, "months") || doc.Is(i + 1, "decades")))
        {
            int first = doc.Is(i - 1, "in") ? i - 1 : i;
            return Make(doc, first, i + 2, null, PeriodCue.Open);
        }

        // "Before the pandemic the rate was 16.8 percent": in a story after Covid-19 struck, the last year before it (2019),
        // as "pre-pandemic levels" are read; else an open time, which dates the figure by no time the story tells around it
        if (BeforeThePandemic(doc, i) is int pandemicEnd)
        {
            return Make(doc, i, pandemicEnd, pub >= CovidStruck ? Period.Year(CovidStruck.Year - 1) : null, pub >= CovidStruck ? PeriodCue.Year : PeriodCue.Open);
        }

        if (doc.Is(i, "so") && doc.Is(i + 1, "far") && doc.Is(i + 2, "this") && doc.Is(i + 3, "year"))
        {
            return Make(doc, i, i + 4, pub is { } p0 ? Period.Year(p0.Year) : null, PeriodCue.ThisYear);
        }

        if (doc.Is(i, "this") || doc.Is(i, "current") || doc.Is(i, "last") || doc.Is(i, "next") || doc.Is(i, "past") || doc.Is(i, "previous"))
        {
            int shift = doc.Is(i, "this") || doc.Is(i, "current") ? 0 : doc.Is(i, "next") ? 1 : -1;
            // "this year", "the current year", "last yr", "this calendar year"; "last fiscal year" is labelled by its
            // year as "fiscal 2024" is
            int unit = doc.Is(i + 1, "calendar") || doc.Is(i + 1, "fiscal") || doc.Is(i + 1, "financial") ? i + 2 : i + 1;
            if ((doc.Is(unit, "year") || doc.Is(unit, "yr")) && !doc.Is(i, "past"))
            {
                return Make(doc, i, unit + 1, pub is { } p ? Period.Year(p.Year + shift) : null, shift == 0 ? PeriodCue.ThisYear : PeriodCue.Relative);
            }

            if (doc.Is(i + 1, "month") && !doc.Is(i, "past"))
            {
                return Make(doc, i, i + 2, pub is { } p ? MonthOf(p.AddMonths(shift)) : null, PeriodCue.Relative);
            }
        }

        // "by year-end", "at year end": the publication year, as "by the end of the year" is
        if (doc.Is(i, "year") && (doc.Is(i + 1, "end") || (doc.Is(i + 1, "-") && doc.Is(i + 2, "end")))
            && (doc.Is(i - 1, "by") || doc.Is(i - 1, "at") || doc.Is(i - 1, "before") || doc.Is(i - 1, "until")))
        {
            return Make(doc, i, doc.Is(i + 1, "end") ? i + 2 : i + 3, pub is { } py ? Period.Year(py.Year) : null, PeriodCue.Relative);
        }


        if ((StretchToEnd.Read(doc, sentence, i) ?? ComingStretches.Read(doc, i, end) ?? AdjacentPeriods.Read(doc, i) ?? WeekdaysInWeek.Read(doc, i, end) ?? WeekdayReader.ReadWeekFirst(doc, i, end) ?? DayOffsets.Read(doc, i, end) ?? CountFromDay.Read(doc, sentence, i) ?? RestOfPeriod.Read(doc, i, end)
            ?? EarlierLater.Read(doc, i, end) ?? WeekdayCounts.Read(doc, i, end) ?? RelativePeriods.Read(doc, i, end) ?? TradingSessions.Read(doc, i, end) ?? YearEarlierPeriods.Read(doc, i, end) ?? PlayingSeasons.Read(doc, i, end)) is { } relative)
        {
            return relative;
        }

        if ((doc.Is(i, "a") || doc.Is(i, "one")) && doc.Is(i + 1, "year") && (doc.Is(i + 2, "earlier") || doc.Is(i + 2, "ago") || doc.Is(i + 2, "before")))
        {
            return Make(doc, i, i + 3, pub is { } p ? Period.Year(p.Year - 1) : null, PeriodCue.Relative);
        }

        if (doc.Is(i, "the") && (doc.Is(i + 1, "previous") || doc.Is(i + 1, "prior") || doc.Is(i + 1, "preceding")) && doc.Is(i + 2, "year"))
        {
            return Make(doc, i, i + 3, pub is { } p ? Period.Year(p.Year - 1) : null, PeriodCue.Relative);
        }

        if (doc.Is(i, "currently") || doc.Is(i, "now"))
        {
            return Make(doc, i, i + 1, pub is { } p ? Period.Year(p.Year) : null, PeriodCue.Present);
        }

        if (Seasons.Read(doc, i, end) is { } season)
        {
            return season;
        }

        if ((DayRangeInMonth.Read(doc, i, end) ?? MonthReader.ReadDayOfMonth(doc, sentence, i, pub)) is { } dayOfMonth)
        {
            return dayOfMonth;
        }

        if ((NumericDates.Read(doc, sentence, i) ?? DottedDates.Read(doc, i, end)) is { } numeric)
        {
            return numeric;
        }

        if ((DecadeReader.Read(doc, i, end) ?? CenturyReader.Read(doc, i, end)) is { } decade)
        {
            return decade;
        }

        if (TryYear(doc, i, end, out int year))
        {
            if (ModelNumbers.Names(doc, i, year))
            {
                return null;
            }

            return QuarterReader.AfterYear(doc, i, year) ?? YearFirstDates.Read(doc, i, end, year) ?? ReadYear(doc, i, year);
        }

        if (SpelledYears.TryRead(doc, i, end, standalone: true, out int spelled, out int spelledEnd))
        {
            return Make(doc, i, spelledEnd, Period.Year(spelled), PeriodCue.Year);
        }

        var word = doc.TokenText(i);
        if (FiscalYear(word) is { } fiscal)
        {
            return Make(doc, i, i + 1, Period.Year(fiscal), PeriodCue.Year);
        }

        if (QuarterReader.Read(doc, sentence, i) is { } part)
        {
            return part;
        }

        if ((PeriodWords.Month(word) ?? PeriodWords.LowerMonthInDate(doc, i, end) ?? PeriodWords.ShortMonth(doc, i, end)) is { } month)
        {
            return QuarterReader.ByLastMonth(doc, sentence, i, month) ?? MonthReader.Read(doc, sentence, i, month, pub);
        }

        if (PeriodWords.GluedDay(word) is var (gluedMonth, gluedDay))
        {
            return MonthReader.Read(doc, sentence, i, gluedMonth, pub, gluedDay);
        }

        if (!nested && PeriodWords.Weekday(word) is { } weekday && !PeriodWords.StartsDate(doc, i + 1, end))
        {
            return WeekdayReader.Read(doc, sentence, i, weekday);
        }

        return null;
    }

    private static PeriodExpression ReadYear(AnalyzedDocument doc, int i, int year)
    {
        var period = Period.Year(year);
        int first = i;
        var cue = PeriodCue.Year;
        if (doc.Is(i - 1, "through") || doc.Is(i - 1, "until") || doc.Is(i - 1, "till") || doc.Is(i - 1, "thru"))
        {
            cue = PeriodCue.Through;
            first = i - 1;
        }
        else if (doc.Is(i - 1, "since") && doc.Published is { } p && p.Year > year)
        {
            period = Period.Between(period, Period.Year(p.Year));
            cue = PeriodCue.Since;
            first = i - 1;
        }
        else if (doc.Is(i - 1, "after") && doc.Published is { } pa && pa.Year > year)
        {
            // "after 2016" runs from 2017 to publication, as "since 2017" does
            period = Period.Between(Period.Year(year + 1), Period.Year(pa.Year));
            cue = PeriodCue.Since;
            first = i - 1;
        }

        // "fiscal 2024", "fiscal year 2024", "FY 2024": labelled by the year, as the gold format does
        if (doc.Is(first - 1, "fiscal") || doc.Is(first - 1, "FY"))
        {
            first--;
        }
        else if (doc.Is(first - 1, "year") && doc.Is(first - 2, "fiscal"))
        {
            first -= 2;
        }

        int end = i + 1;
        // "2023-24": a season or fiscal year is read as its first year; "2016 - 11", "2016 /11" closing the phrase are months
        if (end + 1 < doc.Tokens.Count && doc.TokenText(end) is "-" or "/" && doc.Tokens[end + 1].Kind == TokenKind.Number && doc.Tokens[end + 1].Span.Length <= 2)
        {
            if (NumericDates.SpacedMonth(doc, i, year, end + 1) is { } month)
            {
                return Make(doc, first, end + 2, month, PeriodCue.Month);
            }

            end += doc.Tokens[end + 1].Span.Length == 2 ? 2 : 0;
        }

        return Make(doc, first, end, period, cue);
    }

    /// <summary>
    /// A year where a date or period expects one, in digits or words ("May 2024", "June of nineteen ninety nine", "the
    /// third quarter of two thousand and twenty"): the year and the token after it.
    /// </summary>
    internal static bool TryYear(AnalyzedDocument doc, int i, int end, out int year, out int after)
    {
        after = i + 1;
        return TryYear(doc, i, end, out year) || SpelledYears.TryRead(doc, i, end, standalone: false, out year, out after);
    }

    internal static bool TryYear(AnalyzedDocument doc, int i, int end, out int year)
    {
        year = 0;
        if (i < 0 || i >= end || doc.Tokens[i].Kind != TokenKind.Number || doc.Tokens[i].Span.Length != 4)
        {
            return false;
        }

        var text = doc.TokenText(i);
        if (!int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out year) || year is < 1800 or > 2100)
        {
            return false;
        }

        // "$2024", "2024 percent" and "a total score of 2072" are amounts
        bool glued = i + 1 < doc.Tokens.Count && doc.Tokens[i + 1].Start == doc.Tokens[i].End && doc.Tokens[i + 1].Kind == TokenKind.Word;
        return !glued && !(i > 0 && doc.TokenText(i - 1) is "$" or "€" or "£" or "¥" or "#") && !MeasureNouns.Precede(doc, i);
    }

    // "FY2024", "FY24"
    private static int? FiscalYear(ReadOnlySpan<char> word) =>
        word.Length is 4 or 6 && word.StartsWith("FY", StringComparison.Ordinal)
        && int.TryParse(word[2..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int y)
            ? (word.Length == 4 ? 2000 + y : y is >= 1900 and <= 2100 ? y : null)
            : null;

    // a quantity's number may still open "3 days ago", "two days later" (NarrativeDays), "three Fridays from now", "1 month and 21 days ago", "two weeks from now", "4 to 22 this month",
    // "(in) nineteen twenty eight", "(the) nineteen seventies" or a digit date "02/22/2016", "13.5.2015"
    private static bool OpensDate(AnalyzedDocument doc, int i, int end) =>
        SpelledYears.TryRead(doc, i, end, standalone: true, out _, out _) || DecadeReader.Read(doc, i, end) is not null
        || AgoReader.Read(doc, i, end, null) is not null || doc.Is(i + 2, "later") || WeekdayCounts.Read(doc, i, end) is not null || DayOffsets.CountsFromNow(doc, i + 2) || CountFromDay.Opens(doc, i) || DayRangeInMonth.Read(doc, i, end) is not null || DottedDates.Read(doc, i, end) is not null || (i + 1 < doc.Tokens.Count && doc.Tokens[i].Kind == TokenKind.Number && doc.TokenText(i + 1) is "/" or "-");

    private static Period MonthOf(DateOnly date) => Period.Month(date.Year, date.Month);

    /// <summary>An expression over tokens [<paramref name="first"/>, <paramref name="end"/>).</summary>
    internal static PeriodExpression Make(AnalyzedDocument doc, int first, int end, Period? period, PeriodCue cue) =>
        new(new TextSpan(doc.Tokens[first].Start, doc.Tokens[end - 1].End), period, cue, first, end);

    /// <summary>When Covid-19 was declared a pandemic: a story after it means that pandemic by "the pandemic".</summary>
    private static readonly DateOnly CovidStruck = new(2020, 3, 11);

    // the end of "before the pandemic", "before the Covid-19 pandemic", "before the coronavirus pandemic" from token i, or null
    private static int? BeforeThePandemic(AnalyzedDocument doc, int i)
    {
        if (!doc.Is(i, "before") || !doc.Is(i + 1, "the"))
        {
            return null;
        }

        for (int k = i + 2; k < i + 2 + MaxPandemicNameTokens; k++)
        {
            if (doc.Is(k, "pandemic"))
            {
                return k + 1;
            }

            if (!doc.IsAny(k, PandemicNames))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>The most tokens of a pandemic's name before "pandemic" ("Covid", "-", "19").</summary>
    private const int MaxPandemicNameTokens = 4;

    private static readonly WordSet PandemicNames = WordSet.Create(StringComparer.OrdinalIgnoreCase, "covid", "covid-19", "coronavirus", "-", "19");
}
