using ClaimExtractor.Core.Claims;
using ClaimExtractor.Core.Periods;
using ClaimExtractor.Core.Quantities;

namespace ClaimExtractor.Nlp.Claims;

/// <summary>
/// Dates the figures whose sentence names no time from the figures of the same measure around them, as a reader
/// does: "The number of people unemployed rose to 127,900" after "the unemployment rate rose to 4.6% in September"
/// is September's, and a headline's figure takes the period its story goes on to state for that measure. A figure
/// of another measure takes the period its story opens with only when its clause narrates in the past tense ("Of
/// 48,200 scheduled departures, 14,900 left late" after "flights ... in July were delayed"); otherwise it stays
/// undated ("Fourteen North Koreans have been indicted", "one-third of the program is funded by cybercrime" in a
/// story about 2024's thefts): background facts have no time scope. Only a whole month, quarter, half or year that has begun by publication
/// dates figures of its measure: a launch day dates the launch, not the satellite's mass, and a 2029 target dates nothing else; a
/// day the story opens with (a breaking story's "on Monday") dates only its narrated figures, and a forecast for a time still
/// running dates none. A
/// reference figure ("from 4.4% in August") gives no period; one whose time is counted back from the figure it is
/// compared with ("from 4.4%", "a month earlier", "a year ago") takes that figure's period moved back (<see cref="ComparedPeriods"/>). A figure the story states twice
/// (headline and lede) takes the period its other statement names, whatever its length.
/// </summary>
internal sealed class ContextPeriods
{
    /// <summary>The story's period is the first one stated in its opening sentences (headline, byline, lede).</summary>
    public const int StoryOpening = 4;

    /// <summary>How many paragraphs past the lede's a headline's or a lede's figure looks ahead for its measure's period.</summary>
    private const int LookAheadParagraphs = 1;

    /// <summary>How many days before publication a day the story opens with may be its breaking day.</summary>
    private const int BreakingDays = 10;

    /// <summary>How long before publication a time a story's opening looks ahead to may have ended.</summary>
    private const int BackStoryMonths = 18;

    private readonly List<(Claim Claim, int Sentence, int Paragraph, bool Undated, bool Reference, bool Narrated, int? Lag, MeasuredOver Over, bool ToDate)> claims = [];
    private (int Sentence, Period Period)? opening;
    private (Core.Entities.EntityRef Entity, Period Year)? edition;

    /// <summary>
    /// Adds the next claim in text order; <paramref name="undated"/> when its sentence named no time for it;
    /// <paramref name="reference"/> for a figure compared against ("from 123,100"), whose time is not the story's;
    /// <paramref name="narrated"/> when its clause tells a past event ("14,900 left late", "were cancelled");
    /// <paramref name="lag"/> when its time is counted back from the figure it is compared with (see <see cref="ComparedPeriods"/>);
    /// <paramref name="over"/> when its clause measures over a quarter ("fell 0.4 per cent over the quarter", "the
    /// strongest quarterly growth") or a whole year ("For the full year, Spotify posted net income of"), so a month or
    /// a quarter it takes from the story stands for that quarter or that year;
    /// <paramref name="toDate"/> when its clause counts up to now and names no time ("It has destroyed 38 homes"): a
    /// toll to date, which a breaking story's day dates; <paramref name="paragraph"/> numbers the figure's paragraph.
    /// </summary>
    public void Add(Claim claim, int sentence, int paragraph, bool undated, bool reference, bool narrated, int? lag, MeasuredOver over, bool toDate = false) =>
        claims.Add((claim, sentence, paragraph, undated, reference, narrated, lag, over, toDate));

    /// <summary>
    /// Offers a time named in the story's opening sentences with no figure of its own ("Eastgate in July: the numbers
    /// are even worse", "If you flew out of Eastgate last month", a breaking story's "forced evacuations on Monday");
    /// the first one offered may be the story's period.
    /// </summary>
    public void AddOpening(int sentence, Period period)
    {
        if (sentence < StoryOpening && opening is null && (IsCalendarUnit(period) || IsDay(period)))
        {
            opening = (sentence, period);
        }
    }

    /// <summary>
    /// Offers the year the story's main actor is named with ("Festa del Lago 2026 closes with a record"): an edition of
    /// a recurring event, whose figures that name no time are that year's.
    /// </summary>
    public void AddEdition(Core.Entities.EntityRef entity, Period year) => edition ??= (entity, year);

    /// <summary>The claims in order, each undated one given its measure's period (marked inferred) when the story states one.</summary>
    public IEnumerable<Claim> Resolve(DateOnly? published)
    {
        var dated = new Dictionary<string, List<(int Sentence, int Paragraph, Period Period)>>(StringComparer.Ordinal);
        var restated = new Dictionary<string, Period>(StringComparer.Ordinal);
        // the measures whose figure states a day or a span of its own in a sentence ("Turnout in Tuesday's election fell
        // to 48%"): what the sentence compares with it ("down from 55% four years ago") counts back from that figure
        var ownTimes = new HashSet<(string Measure, int Sentence)>();
        // where in its sentence each dated figure of a measure stands, for a figure the sentence compares with it
        var datedIn = new Dictionary<(string Measure, int Sentence), List<(int Start, Period Period)>>();
        // the sentences where a measure's figure states a time that is no whole month, quarter, half or year, nor a
        // trailing year ("sold for $121.2 million at Christie's last week"): a year stated for the measure before them
        // does not reach past them
        var otherTimes = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        (int Sentence, Period Period)? story = null;
        var recent = published?.AddMonths(-BackStoryMonths);
        var forecasts = claims.Where(c => IsForecast(c.Claim) && c.Claim.Period is not null).Select(c => (c.Sentence, c.Claim.Period!.Label)).ToHashSet();
        foreach (var (claim, sentence, paragraph, undated, reference, _, lag, _, _) in claims)
        {
            if (lag is not null)
            {
                continue;
            }

            if (!undated && claim.Period is { } own)
            {
                ownTimes.Add((Measure(claim), sentence));
                if (!reference && !IsCalendarUnit(own) && !IsYearLong(own))
                {
                    (otherTimes.TryGetValue(Measure(claim), out var at) ? at : otherTimes[Measure(claim)] = []).Add(sentence);
                }

                if (!reference)
                {
                    restated.TryAdd(RestatementKey(claim), own);
                }
            }

            // a forecast for a time still running ("forecast fourth-quarter revenue of $37.5 billion, plus or minus 2%" in
            // November) dates no figure the story reports
            if (!undated && !reference && claim.ChangeOf is null && claim.Period is { } period && IsCalendarUnit(period)
                && (published is not { } date || (period.Start <= date && !(period.End >= date && forecasts.Contains((sentence, period.Label))))))
            {
                var list = dated.TryGetValue(Measure(claim), out var found) ? found : dated[Measure(claim)] = [];
                list.Add((sentence, paragraph, period));
                (datedIn.TryGetValue((Measure(claim), sentence), out var inSentence) ? inSentence : datedIn[(Measure(claim), sentence)] = []).Add((claim.Quantity.Span.Start, period));
                // the story's time is one its opening tells that ended within the back-story reach ("The first 'Dune'
                // opened to $41 million in October 2021" in a 2024 story dates no figure the story narrates)
                story ??= sentence < StoryOpening && EndedRecently(period, recent) ? (sentence, period) : null;
            }
            else if (!undated && !reference && claim.ChangeOf is null && claim.Period is { } yearTo && IsYearLong(yearTo) && sentence < StoryOpening
                && EndedRecently(yearTo, recent) && (published is not { } issued || yearTo.End <= issued))
            {
                // "rose 0.98% to 340.1 million in the year to July 2024": a year to a month the opening states is the
                // story's time, which the figures it narrates take, though it dates no other figure of its measure
                story ??= (sentence, yearTo);
            }
        }

        // a day more than ten days before publication is the story's back-story ("the attackers gained access on Feb. 27"
        // in a story of March 12), not the breaking day its narrated figures ("shares fell 6.2%") happened on
        if (opening is { } named && (published is not { } day || (named.Period.Start <= day && !(IsDay(named.Period) && named.Period.Start < day.AddDays(-BreakingDays))
                && EndedRecently(named.Period, recent) && !(named.Period.End >= day && forecasts.Contains((named.Sentence, named.Period.Label)))))
            && (story is not { } stated || named.Sentence < stated.Sentence))
        {
            story = named;
        }

        foreach (var (claim, sentence, paragraph, undated, reference, narrated, lag, over, toDate) in claims)
        {
            if (lag is { } back)
            {
                // "from 123,100 a month earlier": counted back from the figure compared with, in its sentence or
                // before, else from the story's period ("a year earlier" in a story about November's prices), unless the
                // story's period is this figure's own time ("Ten years ago the firm had 50 staff" opening the story).
                // A figure of the same measure in the sentence with a time of its own is the one compared with: when
                // that is a day, which counts back by no whole months, the figure keeps its own reading ("down from 55%
                // four years ago" beside Tuesday's 48% is 2021's, not four years before a past election the story names);
                // a dated figure after this one is no figure it is compared with, so the undated one before takes the
                // story's time ("slowed to 193%, down from 209.0% a month earlier and a peak of 289.4% in April"). A figure
                // compared with whose only time is the day before it is the move's, not its own ("Today the wage rose to
                // £12.21, from £11.44": the £11.44 is of no day the story names)
                bool sameSentenceOnly = back > 0 && ownTimes.Contains((Measure(claim), sentence));
                var measured = dated.TryGetValue(Measure(claim), out var found) ? found : null;
                var anchor = sameSentenceOnly ? ComparedInSentence(datedIn.GetValueOrDefault((Measure(claim), sentence)), claim, story?.Period)
                    : (measured is not null ? SameOrNearest(measured, sentence, paragraph, story?.Period, recent) : null)
                    ?? (story is { } told && !(told.Sentence == sentence && told.Period.Label == claim.Period?.Label) ? told.Period : null);
                // ("About 150,000 pupils were severely absent, up from 125,000 a year earlier" in a story of the 2023-24
                // school year: counted back from a figure that has no time, the figure has none either, never the year
                // before publication)
                yield return anchor is not null && ComparedPeriods.Back(anchor, back) is { } earlier && earlier.Label != claim.Period?.Label
                    ? claim with { Period = earlier, PeriodInferred = claim.Period is null }
                    : (back == 0 && claim.Period is { } own && IsDay(own)) || (anchor is null && back > 0 && UndatedBeside(claim, sentence)) ? claim with { Period = null, PeriodInferred = false }
                    : claim;
                continue;
            }

            // "Juniper Ridge Fire grows to 12,400 acres" over "had burned 12,400 acres by Wednesday evening": the
            // same figure of the same measure, stated again, is the same fact
            // "It has destroyed 38 homes" in a story of Wednesday's fire: the toll as of that day; in a story of a
            // year, a running total ("have been indicted") is not that year's
            var period = toDate ? (!reference && story?.Period is { } storyDay && IsDay(storyDay) && IsTally(claim) ? storyDay : null)
                : !undated || reference ? null
                : restated.TryGetValue(RestatementKey(claim), out var same) ? same
                : dated.TryGetValue(Measure(claim), out var periods) && !ToldBefore(periods, sentence, story) ? Nearest(periods, sentence, paragraph, story?.Period, recent, otherTimes.GetValueOrDefault(Measure(claim)))
                : narrated && !(IsQuote(claim) && story?.Period is { } storyPeriod && !IsDay(storyPeriod)) ? story?.Period
                : edition is { } ofEdition && claim.Subject?.Key == ofEdition.Entity.Key ? ofEdition.Year
                : null;
            period = over == MeasuredOver.Quarter && period is { Start: { } start, End: { } end } && IsCalendarUnit(period) && start.Month == end.Month
                ? Period.Quarter(end.Year, ((end.Month - 1) / 3) + 1)
                : over == MeasuredOver.Year && period is { Start: { } first, End: { } last } && IsCalendarUnit(period) && first.Year == last.Year
                ? Period.Year(first.Year)
                // ("prices in the capital falling 1.2 per cent over the year" in a story of December's figures: the twelve
                // months to December are that calendar year)
                : over == MeasuredOver.TwelveMonths && period is { Start: { } from, End: { } to } && IsCalendarUnit(period) && from.Month == 12 && to.Month == 12 && from.Year == to.Year
                ? Period.Year(to.Year)
                : period;
            yield return period is null ? claim : claim with
            {
                Period = period,
                PeriodInferred = true,
                ChangeOf = claim.ChangeOf is { } change ? change with { Reference = ChangeReferences.Align(period, change.Reference) } : null,
            };
        }
    }

    // whether the sentence holds an undated level of the claim's measure that no time is counted back from (a change is
    // no such level: "6.8% higher than a year earlier, when the average stood at £297,000" dates the £297,000)
    private bool UndatedBeside(Claim claim, int sentence) =>
        claims.Exists(c => c.Sentence == sentence && c.Lag is null && c.Undated && !c.Reference && c.Claim is { ChangeOf: null, ShareOf: null }
            && !ReferenceEquals(c.Claim, claim) && Measure(c.Claim) == Measure(claim));

    // What a figure measures, whatever its form and group: "unemployment" for unemployment.rate, unemployment.count
    // and women:unemployment.rate (a group's figure comes from the same release as the overall one).
    private static string Measure(Claim claim) => Core.Claims.MetricKeys.Concept(claim.MetricKey);

    // One figure of one measure of one subject, however often the story states it.
    private static string RestatementKey(Claim claim) =>
        string.Join('|', claim.Subject?.Name, claim.MetricKey, claim.Quantity.Unit.Code, claim.Quantity.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), claim.Quantity.Change);

    // The nearest earlier sentence's period, else, for a headline or a lede before any date, the first one after while
    // the story is still opening (within two sentences past it: "demand grew ... in 2023" eight paragraphs down dates
    // nothing in the lede; a later paragraph's period belongs to what it goes on to, "For comparison, the first satellite, launched in
    // 2014, cost €290 million"). Never the figure's own sentence: the period it states there was not picked for this
    // figure ("184,000, against the 161,500 of last year, an increase of 14%"). A period from an earlier paragraph that
    // looks away from the story's own, which the story also states for this measure, does not carry over: after "Data for
    // September was revised down to show 297,000 jobs", a new paragraph's "Manufacturing employment fell by 35,000 jobs"
    // is October's, as the story's lede was.
    // A headline or lede looks ahead only to a time that ended within a year and a half of publication: "The first
    // 'Dune' opened to $41 million in October 2021" further down a 2024 story is its back-story, not the time of the
    // lede's "earned $81.5 million in its first three days". Nor does a period reach past a later figure of the measure
    // stated for a day or a week (otherTimes: "It was last sold in 1999 for $7.4 million. A Magritte sold for $121.2 million
    // last week. Christie's evening sales totaled $684 million" dates the $684 million by no 1999).
    private static Period? Nearest(List<(int Sentence, int Paragraph, Period Period)> periods, int sentence, int paragraph, Period? story, DateOnly? recent,
        List<int>? otherTimes = null)
    {
        (int Sentence, int Paragraph, Period Period)? before = null;
        foreach (var entry in periods)
        {
            if (entry.Sentence > sentence)
            {
                return before is { } earlier ? Carried(earlier)
                    : sentence < StoryOpening && entry.Sentence < StoryOpening + 2 && entry.Paragraph <= Math.Max(paragraph, 1) + LookAheadParagraphs
                        && EndedRecently(entry.Period, recent) ? entry.Period : null;
            }

            if (entry.Sentence < sentence)
            {
                before = entry;
            }
        }

        return before is { } last ? Carried(last) : null;

        Period? Carried((int Sentence, int Paragraph, Period Period) earlier) =>
            otherTimes?.Exists(s => s > earlier.Sentence && s < sentence) == true ? null
            : earlier.Paragraph != paragraph && story is { } told && earlier.Period.Label != told.Label && periods.Exists(p => p.Period.Label == told.Label)
                ? told : earlier.Period;
    }

    // Whether a figure of the story's opening comes after the story stated its own time ("Turnout in Tuesday's election
    // fell to 48%") and the measure's periods all come after it ("In the 2021 election, 3.3 million voted"): it does not
    // look ahead to a past occasion, as a headline does to its lede, but is dated as one of a measure the story gives no
    // period.
    private static bool ToldBefore(List<(int Sentence, int Paragraph, Period Period)> periods, int sentence, (int Sentence, Period Period)? story) =>
        sentence < StoryOpening && story is { } told && told.Sentence < sentence && periods.TrueForAll(p => p.Sentence > sentence && p.Period.Label != told.Period.Label);

    // The period stated for the measure in the figure's own sentence, else the nearest one before.
    // Whether a time ended within the back-story reach of publication (any time does when the date is unknown).
    private static bool EndedRecently(Period period, DateOnly? recent) => !(period.End < recent);

    private static Period? SameOrNearest(List<(int Sentence, int Paragraph, Period Period)> periods, int sentence, int paragraph, Period? story, DateOnly? recent) =>
        periods.LastOrDefault(p => p.Sentence == sentence) is { Period: { } same } ? same : Nearest(periods, sentence, paragraph, story, recent);

    // "Meridian's stock was down 2% at $187.90": a share price is quoted on a day, never over the year or month a story
    // tells of (its breaking day may date it); an expected price ("analysts were expecting $2.52 a share") is no quote
    private static bool IsQuote(Claim claim) => claim.MetricKey.StartsWith(MetricKeys.SharePriceKey, StringComparison.Ordinal);

    private static bool IsForecast(Claim claim) => claim.MetricKey.StartsWith(Expectations.Prefix, StringComparison.Ordinal);

    // a count, a sum of money or a share, not a duration ("who has lived there for 22 years")
    private static bool IsTally(Claim claim) =>
        claim.Quantity.Unit.Dimension is UnitDimension.Count or UnitDimension.Currency or UnitDimension.Crypto or UnitDimension.Percent;

    // the dated figure of the same measure before this one in its sentence; with only later ones, the story's time
    private static Period? ComparedInSentence(List<(int Start, Period Period)>? dated, Claim claim, Period? story)
    {
        if (dated is null)
        {
            return null;
        }

        Period? before = null;
        foreach (var (start, period) in dated)
        {
            if (start < claim.Quantity.Span.Start)
            {
                before = period;
            }
        }

        return before ?? story;
    }

    private static bool IsDay(Period period) => period is { Start: { } start, End: { } end } && start == end;

    // "in the 12 months ending in August 2023": a trailing year, which a calendar year may be told beside
    private static bool IsYearLong(Period period) =>
        period is { Start: { Day: 1 } start, End: { } end } && end.AddDays(1) == start.AddYears(1);

    private static bool IsCalendarUnit(Period period) =>
        period is { Start: { Day: 1 } start, End: { } end } && end.AddDays(1).Day == 1 && start.Year == end.Year
        && (end.Month - start.Month + 1) is 1 or 3 or 6 or 12;
}
