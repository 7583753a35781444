using ClaimExtractor.Core.Claims;
using ClaimExtractor.Nlp.Tests.Support;

namespace ClaimExtractor.Nlp.Tests;

/// <summary>
/// A figure whose sentence names no time takes the period the story gives the same measure, marked as inferred;
/// background facts of other measures, reference figures and event days stay as they are.
/// </summary>
public sealed class ContextPeriodTests
{
    private static readonly DateOnly October7 = new(2026, 10, 7);

    [Fact]
    public void A_figure_of_the_same_measure_takes_the_month_the_story_states_for_it()
    {
        const string text = "Ireland's unemployment rate rose to 4.6% in September, the statistics office said.\n\n" +
            "The number of people unemployed rose to 127,900, the office said.";
        var claim = ClaimIn(text, "127,900");

        Assert.Equal("2026-09", claim.Period?.Label);
        Assert.True(claim.PeriodInferred);
    }

    [Fact]
    public void A_figure_counted_back_from_an_undated_figure_has_no_time_either()
    {
        const string text = "Pupils in England missed 6.9% of school sessions in the 2023-24 academic year.\n\n"
            + "About 150,000 pupils were severely absent, missing at least half of their lessons, up from 125,000 a year earlier.";

        Assert.Null(ClaimIn(text, "125,000").Period);
    }

    [Fact]
    public void A_figure_counted_back_from_a_dated_figure_takes_that_time_moved_back()
    {
        const string text = "About 150,000 pupils were severely absent in 2024, up from 125,000 a year earlier.";

        Assert.Equal("2023", ClaimIn(text, "125,000").Period?.Label);
    }

    [Fact]
    public void A_year_stated_for_the_measure_does_not_reach_past_a_later_figure_stated_for_a_week()
    {
        const string text = "Revenue fell to $2.1 billion in 2019, the company said.\n\nRevenue was $40 million last week, it said.\n\n"
            + "Revenue from its two stores was $684 million.";

        Assert.Null(ClaimIn(text, "$684 million").Period);
    }

    [Fact]
    public void A_year_stated_for_the_measure_reaches_past_a_figure_stated_for_a_trailing_year()
    {
        const string text = "Overdose deaths fell 27% in 2025, agency says\n\nDrug overdose deaths fell by nearly 27% last year, according to data released on Wednesday.\n\n"
            + "There were an estimated 80,391 overdose deaths in 2025, down from 110,037 in 2024.\n\n"
            + "Overdose deaths had risen for most of the past two decades, peaking at more than 114,000 in the 12 months ending in August 2024.\n\n"
            + "Deaths in Ohio fell 43%, the agency said.";

        Assert.Equal("2025", Shared.ClaimIn(text, "43%", new DateOnly(2026, 5, 14)).Period?.Label);
    }

    [Fact]
    public void A_headline_figure_takes_the_period_its_story_goes_on_to_state()
    {
        const string text = "Jobless rate climbs to 4.6%\n\nIreland's unemployment rate rose to 4.6% in September, the statistics office said.";
        var claims = Shared.Run(text, October7).Claims.Where(c => c.Quote == "4.6%").ToList();

        Assert.Equal(2, claims.Count);
        Assert.All(claims, c => Assert.Equal("2026-09", c.Period?.Label));
        Assert.True(claims[0].PeriodInferred);
        Assert.False(claims[1].PeriodInferred);
    }

    [Fact]
    public void A_headline_figure_the_story_restates_with_a_day_takes_that_day_but_another_figure_of_the_measure_does_not()
    {
        // published Thursday 8 October 2026
        const string text = "Fire grows to 12,400 acres, nears 13,000 acres\n\nThe fire had burned 12,400 acres by Wednesday evening, officials said.";
        var claims = Shared.Run(text, new DateOnly(2026, 10, 8)).Claims;

        var headline = claims.First(c => c.Quote == "12,400 acres");
        Assert.Equal("2026-10-07", headline.Period?.Label);
        Assert.True(headline.PeriodInferred);
        Assert.Null(Assert.Single(claims, c => c.Quote == "13,000 acres").Period);
    }

    [Theory]
    [InlineData("Eastgate in September: worse than you thought\n\nThere were 2,410 cancellations in a single month.", "2026-09")]
    [InlineData("Delays at Eastgate\n\nIf you flew out of Eastgate last month, you were not imagining it. There were 2,410 cancellations.", "2026-09")]
    [InlineData("Delays at Eastgate\n\nKorvat raised its recall to 265,000, up from the 300,000 it announced last month. There were 2,410 cancellations.", null)]
    [InlineData("Delays at Eastgate\n\nLONDON, Sept 30 (CP) - There were 2,410 cancellations.", null)]
    public void A_story_opening_that_names_a_month_dates_its_narrated_figures_unless_it_is_a_reference_or_a_dateline(string text, string? period)
    {
        Assert.Equal(period, ClaimIn(text, "2,410").Period?.Label);
    }

    [Theory]
    [InlineData("Harbour traffic in August: a record month\n\nThe average wait for a berth rose to 19 hours.", "19 hours")]
    [InlineData("Harbour traffic in August: a record month\n\nThe port drew 2,300 cruise passengers.", "2,300")]
    public void A_clause_told_with_an_irregular_past_verb_narrates_and_takes_the_story_period(string text, string quote)
    {
        Assert.Equal("2026-08", ClaimIn(text, quote).Period?.Label);
    }

    [Theory]
    [InlineData("Office rents in Leeds fell 1.1 per cent over the quarter.", "1.1 per cent")]
    [InlineData("Sheffield posted the weakest quarterly growth, at 0.3 per cent.", "0.3 per cent")]
    public void A_figure_measured_over_a_quarter_takes_the_quarter_of_the_month_the_story_states(string sentence, string quote)
    {
        string text = "Office rents dip\n\nThe average office rent in England reached £31.20 a square foot in September, the agency said.\n\n" + sentence;

        Assert.Equal("2026-Q3", ClaimIn(text, quote).Period?.Label);
    }

    [Theory]
    [InlineData("For the full year, Spotify posted net income of 1.14 billion euros.", "1.14 billion euros")]
    [InlineData("Full-year revenue was 15.7 billion euros.", "15.7 billion euros")]
    public void A_figure_measured_over_the_full_year_takes_the_year_of_the_quarter_the_story_states(string sentence, string quote)
    {
        string text = "Spotify turns a profit\n\nRevenue rose 16% to 4.24 billion euros in the October-December quarter.\n\n" + sentence;

        Assert.Equal("2024", Shared.ClaimIn(text, quote, new DateOnly(2025, 2, 4)).Period?.Label);
    }

    [Fact]
    public void A_possessive_time_naming_the_previous_occasion_makes_the_story_about_the_current_one()
    {
        const string text = "Festival draws record crowds\n\nAbout 180,000 people attended the festival, organisers said.\n\n" +
            "Last year's festival drew 161,500 visitors.\n\nThe council reported it spent €2.1 million staging the festival.";

        Assert.Equal("2025", ClaimIn(text, "161,500").Period?.Label);
        Assert.Equal("2026", ClaimIn(text, "€2.1 million").Period?.Label);
    }

    [Fact]
    public void The_figure_of_the_time_compared_with_gives_no_period_to_the_figure_before_it()
    {
        const string text = "House prices rise\n\nThe average price of a home rose to £314,900. Prices were 6.8% higher than a year earlier, when the average stood at £297,000.";

        Assert.Null(ClaimIn(text, "£314,900").Period);
    }

    [Theory]
    [InlineData("A wildfire forced evacuations in Alder County on Monday. Crews evacuated 4,200 residents.", "4,200")]
    [InlineData("Stocks suffered their worst session in two years on Monday. The Dow shed 1,034 points, or 2.6 percent.", "2.6 percent")]
    public void A_day_a_breaking_story_opens_with_dates_its_narrated_figures(string body, string quote)
    {
        Assert.Equal("2026-10-05", ClaimIn("Breaking\n\n" + body, quote).Period?.Label);
    }

    [Fact]
    public void A_day_weeks_before_publication_is_back_story_that_dates_no_other_figure()
    {
        const string text = "Hackers stole customer data, TelcoNet says\n\nTelcoNet said on Wednesday that hackers had stolen customer data. " +
            "The company said the attackers gained access on Sept. 23 and were found three days later. TelcoNet shares fell 6.2% to 184 pence.";

        Assert.Null(ClaimIn(text, "6.2%").Period);
    }

    [Fact]
    public void A_time_the_figure_is_compared_with_later_in_its_sentence_does_not_stop_it_taking_the_storys()
    {
        const string text = "The unemployment rate fell to 4.3% in September, down from 4.6% in August.\n\n" +
            "That's 126,400 people out of work, which is still more than at the start of the year.";

        Assert.Equal("2026-09", ClaimIn(text, "126,400").Period?.Label);
    }

    [Fact]
    public void A_new_paragraph_returns_to_the_storys_period_after_one_about_an_earlier_month()
    {
        const string text = "Job growth slows\n\nNonfarm payrolls increased by 150,000 jobs in September, the Labor Department said.\n\n" +
            "Data for August was revised down to show 297,000 jobs created.\n\n" +
            "Manufacturing employment fell by 35,000 jobs. Health care added 58,000 jobs.";

        Assert.Equal("2026-09", ClaimIn(text, "35,000").Period?.Label);
        Assert.Equal("2026-09", ClaimIn(text, "58,000").Period?.Label);
    }

    [Fact]
    public void A_figure_in_the_same_paragraph_as_an_earlier_month_keeps_that_month()
    {
        const string text = "Job growth slows\n\nNonfarm payrolls increased by 150,000 jobs in September, the Labor Department said.\n\n" +
            "Data for August was revised down to show 297,000 jobs created. Manufacturing employment fell by 35,000 jobs.";

        Assert.Equal("2026-08", ClaimIn(text, "35,000").Period?.Label);
    }

    [Theory]
    [InlineData("Average hourly earnings gained 0.2% after rising 0.3% in August.", "0.3%")]
    [InlineData("Retail sales rose 0.4% after a 0.2% gain in August.", "0.2%")]
    public void A_time_after_the_move_before_this_one_dates_that_move_only(string sentence, string earlier)
    {
        var claims = Shared.Run("Wages climb\n\nThe economy added jobs in September, the Labor Department said.\n\n" + sentence, October7).Claims;
        var first = claims.First(c => c.Quote != earlier && c.Quote.EndsWith('%'));

        Assert.Equal("2026-08", claims.Single(c => c.Quote == earlier).Period?.Label);
        Assert.NotEqual("2026-08", first.Period?.Label);
    }

    [Fact]
    public void A_figure_told_with_a_year_it_is_compared_with_is_that_years()
    {
        const string text = "Caterpillar results\n\nCaterpillar's revenue fell 4% to $16.1 billion in the third quarter.\n\n" +
            "The company now expects full-year sales to be slightly lower than in 2023, when it reported revenue of $67.1 billion.";

        Assert.Equal("2023", ClaimIn(text, "$67.1 billion").Period?.Label);
    }

    [Fact]
    public void The_figure_a_multiple_is_of_lends_its_time_to_no_headline()
    {
        const string text = "Startup's valuation nearly doubles to $157 billion\n\n"
            + "Investors put $6.6 billion into the startup in a deal valuing it at $157 billion, almost double the $86 billion it was worth in February.";

        Assert.All(Shared.Run(text, October7).Claims.Where(c => c.Quote == "$157 billion"), c => Assert.Null(c.Period));
        Assert.Equal("2026-02", ClaimIn(text, "$86 billion").Period?.Label);
    }

    [Fact]
    public void A_figure_a_since_clause_tells_lends_its_time_to_no_headline()
    {
        const string text = "No winner again: Powerball prize hits $1.2 billion\n\nNobody won the Powerball drawing, the game's fourth-largest ever.\n\n" +
            "The jackpot has rolled over 40 times since a player in California won $1.08 billion in July.";

        Assert.Null(ClaimIn(text, "$1.2 billion").Period);
        Assert.Equal("2026-07", ClaimIn(text, "$1.08 billion").Period?.Label);
    }

    [Fact]
    public void A_year_to_a_month_the_opening_states_is_the_storys_time()
    {
        const string text = "US population grows\n\nThe population of the United States rose 0.98% to 340.1 million in the year to July 2024, " +
            "the Census Bureau said.\n\nNet international migration reached 2.8 million, compared with 2.3 million a year earlier.";
        var published = new DateOnly(2024, 12, 19);

        Assert.Equal("2023-08-01/2024-07-31", Shared.ClaimIn(text, "2.8 million", published).Period?.Label);
        Assert.Equal("2022-08-01/2023-07-31", Shared.ClaimIn(text, "2.3 million", published).Period?.Label);
    }

    [Fact]
    public void The_previous_quarter_is_the_one_before_the_compared_figures_quarter()
    {
        const string text = "Nvidia results\n\nNvidia on Wednesday reported third-quarter revenue of $35.1 billion.\n\n" +
            "The company's gross margin was 74.6%, down from 75.1% in the previous quarter.";

        Assert.Equal("2026-Q2", ClaimIn(text, "75.1%").Period?.Label);
    }

    [Fact]
    public void The_same_quarter_last_year_is_the_compared_figures_quarter_a_year_back()
    {
        const string text = "Caterpillar results\n\nCaterpillar's revenue fell 4% to $16.1 billion in the third quarter.\n\n" +
            "The company's operating margin was 19.5%, down from 21.4% in the same quarter last year.";

        Assert.Equal("2025-Q3", ClaimIn(text, "21.4%").Period?.Label);
    }

    [Fact]
    public void A_figure_past_the_opening_takes_no_period_from_a_later_paragraph()
    {
        const string text = "Aurora-3 is up\n\nThe satellite reached orbit. It is heavy. It is big. It is new.\n\n" +
            "Germany's €180 million contribution makes it the biggest backer.\n\nFor comparison, the first satellite, launched in 2014, cost €290 million.";

        Assert.Null(ClaimIn(text, "€180 million").Period);
    }

    [Fact]
    public void A_lede_figure_takes_no_period_from_a_paragraph_well_past_the_opening()
    {
        const string text = "Oil rises as cuts are extended\n\nBrent crude rose on Monday.\n\n" +
            "Saudi Arabia will keep its voluntary cut of 1 million barrels per day, the energy ministry said.\n\n" +
            "Iraq was not at the meeting.\n\nKuwait was not either.\n\nAnalysts were surprised.\n\n" +
            "Global demand grew by 2.8 million barrels per day in 2023.";

        Assert.Null(ClaimIn(text, "1 million barrels per day").Period);
    }

    [Fact]
    public void A_lede_figure_takes_no_period_from_two_paragraphs_past_the_lede()
    {
        const string text = "Ford to fix fuel pumps in 850,000 cars\n\nFord is recalling roughly 840,000 vehicles because the fuel pump can fail, " +
            "raising the risk of a crash, U.S. safety regulators said.\n\nThe National Highway Traffic Safety Administration said the recall " +
            "affects models built between 2013 and 2018. Ford has reports of 14 crashes linked to the issue, the agency said.\n\n" +
            "It is the automaker's 67th recall in the United States this year. In 2023, Ford recalled 5.2 million vehicles in 54 campaigns.";

        var published = new DateOnly(2024, 7, 30);

        Assert.Null(Shared.ClaimIn(text, "840,000", published).Period);
        Assert.Null(Shared.ClaimIn(text, "850,000", published).Period);
        Assert.Equal("2023", Shared.ClaimIn(text, "5.2 million", published).Period?.Label);
    }

    [Fact]
    public void A_lede_figure_takes_no_period_from_its_back_story_years_before()
    {
        const string text = "Sequel tops box office\n\nThe sequel earned $81.5 million in US cinemas in its first three days.\n\n" +
            "The first film earned $41 million in October 2021, when it was also streaming at home.";

        Assert.Null(ClaimIn(text, "$81.5 million").Period);
        Assert.Equal("2021-10", ClaimIn(text, "$41 million").Period?.Label);
    }

    [Theory]
    // a story's opening names its time long past: the first film's month is no time of the sequel's weekend
    [InlineData("Sequel tops box office\n\nThe sequel earned $81.5 million in its first three days, the studio said on Sunday.\n\n" +
        "The first film opened to $41 million in October 2021, when it was also streaming at home.", "$81.5 million", null)]
    // a figure the opening dates long past is back-story: a narrated count takes the recent time the opening gives too
    [InlineData("Prosecutors drop inquiry\n\nThe complaint was filed in 2010, and the suspect fled abroad for seven years in 2012.\n\n" +
        "He was sentenced to 50 weeks in jail in April.\n\nProsecutors interviewed four witnesses.", "four", "2026-04")]
    public void A_story_opening_on_its_back_story_takes_no_time_from_it(string text, string quote, string? period)
    {
        Assert.Equal(period, ClaimIn(text, quote).Period?.Label);
    }

    [Theory]
    [InlineData("Fourteen people have been indicted for securing jobs with false identities.", "Fourteen")]
    [InlineData("Its operatives have pocketed $88 million in extortion.", "$88 million")]
    public void A_background_fact_or_a_running_total_stays_undated(string sentence, string quote)
    {
        var claim = ClaimIn("Hackers stole $1.6 billion in cryptocurrency last year, the firm said.\n\n" + sentence, quote);

        Assert.Null(claim.Period);
        Assert.False(claim.PeriodInferred);
    }

    [Theory]
    [InlineData("Of 48,200 scheduled departures, 14,900 left late.", "48,200", "2026-07")]
    [InlineData("About 2,000 fans attended the final match.", "2,000", "2026-07")]
    [InlineData("One-third of the budget is funded by ticket sales.", "One-third", null)]
    [InlineData("The airport employs 2,000 people.", "2,000", null)]
    public void A_figure_of_another_measure_takes_the_story_period_only_when_its_clause_narrates_the_past(string sentence, string quote, string? period)
    {
        var claim = ClaimIn("Nearly a third of flights at Eastgate were delayed in July\n\n" + sentence, quote);

        Assert.Equal(period, claim.Period?.Label);
    }

    [Fact]
    public void A_figure_takes_no_period_from_its_own_sentence_that_was_not_picked_for_it()
    {
        const string text = "Festa del Lago 2026 closes with a record of 184,000 visitors\n\n" +
            "The visitors were 184,000, against the 161,500 of last year, with an increase of 14%.";
        var body = Shared.Run(text, October7).Claims.Where(c => c.Quote == "184,000").Last();

        Assert.Equal("2026", body.Period?.Label);
    }

    [Fact]
    public void A_reference_figure_with_no_time_of_its_own_is_of_the_unit_before_the_figure_it_is_compared_with()
    {
        const string text = "Ireland's unemployment rate rose to 4.6% in September.\n\nThe unemployment rate for men rose to 4.9% from 4.5%.";
        var claims = Shared.Run(text, October7).Claims;

        Assert.Equal("2026-09", Assert.Single(claims, c => c.Quote == "4.9%").Period?.Label);
        Assert.Equal("2026-08", Assert.Single(claims, c => c.Quote == "4.5%").Period?.Label);
    }

    [Theory]
    [InlineData("Bakery chain Florin said sales rose to $5.1 billion in 2025 from $4.2 billion.", "$4.2 billion", "2024")]
    [InlineData("Rents in Porto rose to an average of 1,310 euros in August from 1,270 euros a month earlier.", "1,270 euros", "2026-07")]
    [InlineData("Lisbon's jobless rate fell to 6.1% in August, the institute said.\n\nA year ago it was 7.4%.", "7.4%", "2025-08")]
    [InlineData("Lisbon's jobless rate fell to 6.1% in the second quarter.\n\nA year earlier it was 7.4%.", "7.4%", "2025-Q2")]
    public void A_figure_compared_with_is_counted_back_from_the_period_of_the_figure_it_is_compared_with(string text, string quote, string period)
    {
        Assert.Equal(period, ClaimIn(text, quote).Period?.Label);
    }

    [Theory]
    [InlineData("Turnout falls\n\nTurnout in Tuesday's election fell to 48%, down from 55% four years ago.\n\nIn the 2022 election, Ortiz won 50.6% of the vote.", "55%", "2022")]
    [InlineData("Turnout falls\n\nTurnout in the city's election fell to 48% in October, down from 55% a year earlier.\n\nIn the 2022 election, Ortiz won 50.6% of the vote.", "55%", "2025-10")]
    public void A_figure_counted_back_from_a_day_its_sentence_states_keeps_its_own_year_not_one_counted_from_the_story(string text, string quote, string period)
    {
        Assert.Equal(period, ClaimIn(text, quote).Period?.Label);
    }

    [Theory]
    [InlineData("Turnout slumps\n\nTurnout in Tuesday's state election fell to 48%, officials said.\n\nAbout 3.1 million Virginians voted.\n\nIn the 2022 election, 3.3 million Virginians voted.", "3.1 million", "2026-10-06")]
    [InlineData("Turnout slumps\n\nTurnout in the state election fell to 48%, officials said.\n\nAbout 3.1 million Virginians voted.\n\nIn the 2022 election, 3.3 million Virginians voted.", "3.1 million", null)]
    public void A_possessive_weekday_names_the_story_occasion_and_its_figures_do_not_look_ahead_to_a_past_one(string text, string quote, string? period)
    {
        Assert.Equal(period, ClaimIn(text, quote).Period?.Label);
    }

    [Theory]
    [InlineData("The satellite was launched on Wednesday.\n\nThe 3,950 kg satellite will orbit at 830 km.", "3,950 kg")]
    [InlineData("Dalmore said it expected $150 million in cost savings by 2029.\n\nDalmore shares rose to $37.10.", "$37.10")]
    public void An_event_day_or_a_future_target_dates_no_other_figure(string text, string quote)
    {
        Assert.Null(ClaimIn(text, quote).Period);
    }

    [Theory]
    [InlineData("$35.1 billion")]
    [InlineData("doubled")]
    public void A_forecast_for_the_quarter_still_running_dates_no_reported_figure(string quote)
    {
        const string text = "Korvex revenue doubles on chip demand\n\n"
            + "Korvex said on Wednesday its quarterly revenue more than doubled to $35.1 billion, beating estimates.\n\n"
            + "The chipmaker forecast fourth-quarter revenue of $37.5 billion, plus or minus 2%, compared with analysts' average estimate of $37.1 billion.";

        Assert.NotEqual("2026-Q4", ClaimIn(text, quote).Period?.Label);
    }

    [Fact]
    public void A_fronted_time_dates_the_clause_after_its_comma()
    {
        Assert.Equal("2000/2026", ClaimIn("Crash\n\nSince 2000, nearly 350 people have died in plane crashes in Nepal.", "350").Period?.Label);
    }

    [Theory]
    [InlineData("December", "2025")]
    [InlineData("September", "2026-09")]
    public void A_change_over_the_year_read_in_december_is_that_years(string month, string period)
    {
        string text = "House prices\n\nThe average home cost £316,200 in " + month + ", the lender said. "
            + "London bucked the national trend, with prices in the capital falling 1.2 per cent over the year.";

        Assert.Equal(period, ClaimIn(text, "1.2 per cent").Period?.Label);
    }

    [Theory]
    [InlineData("In September alone, remittances fell 1.8% to $5.3 billion compared with the same month of 2025.")]
    [InlineData("In September, remittances fell 1.8% to $5.3 billion compared with September 2025.")]
    public void A_time_a_level_is_compared_with_is_not_the_levels(string sentence)
    {
        Assert.Equal("2026-09", ClaimIn("Remittances\n\n" + sentence, "$5.3 billion").Period?.Label);
    }

    [Theory]
    [InlineData("still below its pre-pandemic peak of 46.6 million in 2019.")]
    [InlineData("below the 46.6 million of 2019.")]
    public void A_mark_a_figure_is_below_keeps_its_year_and_its_measure(string after)
    {
        string text = "Heathrow record\n\nHeathrow welcomed 83.9 million passengers last year.\n\nGatwick handled 43.2 million passengers, " + after;

        Assert.Equal("2025", ClaimIn(text, "43.2 million").Period?.Label);
        var mark = ClaimIn(text, "46.6 million");
        Assert.Equal("2019", mark.Period?.Label);
        Assert.Equal("passenger.count", mark.MetricKey);
    }

    private static Claim ClaimIn(string text, string quote) => Shared.ClaimIn(text, quote, October7);
}
