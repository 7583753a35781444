using ClaimExtractor.Core.Claims;
using ClaimExtractor.Core.Consistency;
using ClaimExtractor.Core.Documents;
using ClaimExtractor.Core.Periods;
using ClaimExtractor.Core.Quantities;

namespace ClaimExtractor.Consistency.Tests;

/// <summary>
/// An undated figure states the state of things when its article came out: it meets a dated figure of the same
/// measure only if that article came out during the dated period (or the day after), and never as a figure compared
/// against ("from 11.2%"), whose time is some earlier one.
/// </summary>
public sealed class PeriodLineTests
{
    private const string Vehicles = "vehicles.count";
    private static readonly DocumentRef Trade = new(new DocumentId(3), "corpus/dev/02-business.html", "Recall bill", "Motor Trade Daily", new DateOnly(2026, 9, 25));
    private static readonly DocumentRef Update = new(new DocumentId(4), "corpus/dev/03-wire-update.txt", "Recall expanded", "Wire", new DateOnly(2026, 10, 15));
    private readonly Claims _claims = new();

    [Fact]
    public void An_undated_figure_meets_a_figure_dated_to_the_month_its_article_came_out()
    {
        // "The recall affects 218,000 vehicles" (25 September) vs "up from the 212,000 it announced last month" (September)
        var undated = _claims.Level(Trade, "218,000", 218_000m, Unit.Count, Vehicles, null, sentence: "The recall affects 218,000 vehicles in the US.");
        var september = Dated(_claims.Level(Update, "212,000", 212_000m, Unit.Count, Vehicles, null,
            sentence: "It expanded its recall to 265,000 vehicles, up from the 212,000 it announced last month."), Period.Month(2026, 9));

        var flag = Assert.Single(Check.All(undated, september));

        Assert.Equal(ContradictionKind.ValueMismatch, flag.Kind);
    }

    [Fact]
    public void Two_wordings_of_one_stretch_of_whole_months_meet()
    {
        // "between August 2023 and July 2024" vs "in the 12 months to July"
        var months = Dated(_claims.Level(Trade, "218,000", 218_000m, Unit.Count, Vehicles, null, sentence: "It recalled 218,000 vehicles between August 2025 and July 2026."),
            Period.Between(Period.Month(2025, 8), Period.Month(2026, 7)));
        var days = Dated(_claims.Level(Update, "265,000", 265_000m, Unit.Count, Vehicles, null, sentence: "It recalled 265,000 vehicles in the 12 months to July."),
            Period.Spanning(new DateOnly(2025, 8, 1), new DateOnly(2026, 7, 31)));

        Assert.Equal(ContradictionKind.ValueMismatch, Assert.Single(Check.All(months, days)).Kind);
    }

    [Fact]
    public void An_undated_figure_does_not_meet_a_figure_dated_after_its_article()
    {
        var undated = _claims.Level(Trade, "218,000", 218_000m, Unit.Count, Vehicles, null, sentence: "The recall affects 218,000 vehicles.");
        var october = Dated(_claims.Level(Update, "265,000", 265_000m, Unit.Count, Vehicles, null, sentence: "The recall covers 265,000 vehicles."), Period.Month(2026, 10));

        Assert.Empty(Check.All(undated, october));
    }

    [Theory]
    [InlineData(8, true)]
    [InlineData(20, false)]
    public void A_month_figure_meets_an_undated_one_reported_in_the_days_after_the_month(int augustDay, bool compared)
    {
        // the operator's July count vs a blog's undated "2,410 cancellations in a single month"
        var blog = new DocumentRef(new DocumentId(5), "corpus/dev/02-blog.txt", "July numbers", "Blog", new DateOnly(2026, 8, augustDay));
        var july = Dated(_claims.Level(Trade, "2,140", 2_140m, Unit.Count, "flights.count", null, sentence: "2,140 were cancelled."), Period.Month(2026, 7));
        var undated = _claims.Level(blog, "2,410", 2_410m, Unit.Count, "flights.count", null, sentence: "There were 2,410 cancellations in a single month.");

        Assert.Equal(compared, Check.All(july, undated).Count == 1);
    }

    [Fact]
    public void A_figure_dated_to_a_stretch_and_an_undated_one_give_the_same_flags_whichever_is_stored_first()
    {
        // "in the past month" (13 October to 13 November) vs an undated figure of an article of 18 November: a stretch
        // is no day, month, quarter, half or year the undated figure looks under, so neither order compares them
        var survey = new DocumentRef(new DocumentId(6), "corpus/dev/04-survey.txt", "Survey", "Wire", new DateOnly(2026, 11, 13));
        var review = new DocumentRef(new DocumentId(7), "corpus/dev/05-review.txt", "Review", "Blog", new DateOnly(2026, 11, 18));
        var stretch = Dated(_claims.Level(survey, "265,000", 265_000m, Unit.Count, Vehicles, null, sentence: "In the past month it recalled 265,000 vehicles."),
            Period.Spanning(new DateOnly(2026, 10, 13), new DateOnly(2026, 11, 13)));
        var undated = _claims.Level(review, "218,000", 218_000m, Unit.Count, Vehicles, null, sentence: "The recall affects 218,000 vehicles.");

        Assert.Equal(StoredInTurn(undated, stretch), StoredInTurn(stretch, undated));
    }

    [Theory]
    [InlineData("Under the shortage, it will lose 512,000 vehicles.", false)]
    [InlineData("Under the shortage, it lost 512,000 vehicles.", true)]
    public void An_undated_figure_of_a_time_to_come_does_not_meet_a_figure_of_a_period_under_way(string sentence, bool compared)
    {
        // "Arizona will lose 512,000 acre-feet" (undated, 15 August) vs "Its cut this year was 625,000 acre-feet"
        var desert = new DocumentRef(new DocumentId(8), "corpus/dev/06-desert.txt", "Cuts loom", "Desert Sun", new DateOnly(2026, 8, 15));
        var valley = new DocumentRef(new DocumentId(9), "corpus/dev/07-valley.txt", "Shortage", "Valley Republic", new DateOnly(2026, 8, 15));
        var undated = _claims.Level(desert, "512,000", 512_000m, Unit.Count, Vehicles, null, sentence: sentence);
        var thisYear = _claims.Level(valley, "625,000", 625_000m, Unit.Count, Vehicles, 2026, sentence: "Its cut this year was 625,000 vehicles.");

        Assert.Equal(compared, Check.All(undated, thisYear).Count == 1);
    }

    // the flags when the first claim is stored and checked alone, then the second against both
    private static int StoredInTurn(StoredClaim first, StoredClaim second)
    {
        var checker = ConsistencyChecker.CreateDefault();
        return checker.Check([first], [first]).Count + checker.Check([second], [first, second]).Count;
    }

    [Fact]
    public void An_undated_figure_compared_against_is_not_compared_by_value()
    {
        // "The youth rate climbed to 11.8% from 11.2%" (October) vs "fell to 10.9% from 11.8%" (November)
        var august = _claims.Level(Claims.Early2025, "11.2%", 11.2m, Unit.Percent, "unemployment.rate", null,
            sentence: "The youth unemployment rate climbed to 11.8% from 11.2%.");
        var september = _claims.Level(Claims.Ft, "11.8%", 11.8m, Unit.Percent, "unemployment.rate", null,
            sentence: "Youth unemployment fell to 10.9% from 11.8%.");

        Assert.Empty(Check.All(august, september));
    }

    [Fact]
    public void A_later_article_restating_the_old_figure_it_revises_contradicts_rather_than_updates()
    {
        var earlier = _claims.Level(Trade, "218,000", 218_000m, Unit.Count, Vehicles, 2026, sentence: "The recall affects 218,000 vehicles.");
        var restated = Dated(_claims.Level(Update, "212,000", 212_000m, Unit.Count, Vehicles, 2026,
            sentence: "It expanded its recall to 265,000 vehicles, up from the 212,000 it announced last month."), Period.Year(2026));
        var revised = _claims.Level(Update, "230,000", 230_000m, Unit.Count, Vehicles, 2026, sentence: "The recall has risen to 230,000 vehicles.");

        Assert.Equal(ContradictionKind.ValueMismatch, Assert.Single(Check.All(earlier, restated)).Kind);
        Assert.Equal(ContradictionKind.Update, Assert.Single(Check.All(earlier, revised)).Kind);
    }

    [Theory]
    [InlineData(true, 1_300, "More than", ContradictionKind.Update)]
    [InlineData(true, 1_300, "", ContradictionKind.Update)]
    [InlineData(true, 1_000, "", ContradictionKind.ValueMismatch)]
    [InlineData(false, 1_300, "More than", ContradictionKind.ValueMismatch)]
    public void A_disasters_toll_told_higher_a_day_later_with_no_time_of_its_own_is_an_update(bool inferred, int later, string bound, ContradictionKind kind)
    {
        // "AFAD said 1,150 buildings had collapsed" (4 March) vs "More than 1,300 buildings collapsed" (5 March), both
        // dated by Monday's quake; stated "as of Wednesday night" by both, the two would contradict
        var monday = Period.Day(new DateOnly(2025, 3, 3));
        var tuesday = new DocumentRef(new DocumentId(8), "quake/a.txt", "Quake", "Wire", new DateOnly(2025, 3, 4));
        var wednesday = new DocumentRef(new DocumentId(9), "quake/b.txt", "Quake", "Agency", new DateOnly(2025, 3, 5));
        var first = Toll(_claims.Level(tuesday, "1,150", 1_150m, Unit.Count, "buildings_destroyed.count", null, sentence: "AFAD said 1,150 buildings had collapsed."), monday, inferred);
        var second = Toll(_claims.Level(wednesday, later.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), later, Unit.Count, "buildings_destroyed.count", null,
            qualifier: bound.Length > 0 ? Qualifier.MoreThan : Qualifier.None, sentence: $"{bound} {later:N0} buildings collapsed in the four provinces.".Trim()), monday, inferred);

        Assert.Equal(kind, Assert.Single(Check.All(first, second)).Kind);
    }

    [Theory]
    [InlineData("power_outage.count", 1_100_000, ContradictionKind.Update)]
    [InlineData("missing.count", 400, ContradictionKind.Update)]
    [InlineData("deaths.count", 100, ContradictionKind.ValueMismatch)]
    public void A_disasters_running_state_told_a_day_later_either_way_is_an_update(string key, int later, ContradictionKind kind)
    {
        // "About 1.5 million homes were still without power" (1 October) vs "Roughly 1.1 million customers remain
        // without power" (2 October): power comes back and the missing are found; a death toll told lower still conflicts
        var tuesday = new DocumentRef(new DocumentId(8), "storm/a.txt", "Storm", "Wire", new DateOnly(2024, 10, 1));
        var wednesday = new DocumentRef(new DocumentId(9), "storm/b.txt", "Storm", "Network", new DateOnly(2024, 10, 2));
        decimal earlierValue = key == "missing.count" ? 600m : key == "deaths.count" ? 130m : 1_500_000m;
        var first = Toll(_claims.Level(tuesday, "first", earlierValue, Unit.Count, key, null, sentence: "The storm's count as of the first report."), Period.Day(new DateOnly(2024, 10, 1)), true);
        var second = _claims.Level(wednesday, "second", later, Unit.Count, key, null, sentence: "The storm's count in the second report.");

        Assert.Equal(kind, Assert.Single(Check.All(first, second)).Kind);
    }

    private static StoredClaim Toll(StoredClaim claim, Period period, bool inferred) =>
        claim with { Claim = claim.Claim with { Period = period, PeriodInferred = inferred } };

    private static StoredClaim Dated(StoredClaim claim, Period period) => claim with { Claim = claim.Claim with { Period = period } };
}
