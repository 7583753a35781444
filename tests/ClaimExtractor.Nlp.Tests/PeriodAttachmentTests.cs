using ClaimExtractor.Core.Claims;
using ClaimExtractor.Nlp.Tests.Support;

namespace ClaimExtractor.Nlp.Tests;

/// <summary>
/// Which figures the story's period reaches: a narrated past event does, a present passive, a property of a thing and
/// the day a report was made do not; a toll to date in a breaking story is that day's.
/// </summary>
public sealed class PeriodAttachmentTests
{
    // a Wednesday
    private static readonly DateOnly October7 = new(2026, 10, 7);

    private const string AugustStory = "Ferry traffic in August: a record month\n\n";

    [Theory]
    [InlineData("The ferry arrived 40 minutes late and will be inspected by engineers.", "40 minutes", "2026-08")]
    [InlineData("The ferry carried 2,300 passengers, the operator said in a report that has been sent to the council.", "2,300", "2026-08")]
    [InlineData("Its timetables are usually revised three weeks later.", "three weeks", null)]
    [InlineData("The 180-metre ferry docked at the new pier.", "180-metre", null)]
    [InlineData("The operator now knows of 12 breakdowns, up from nine when the route was first opened.", "12", null)]
    public void The_story_period_reaches_a_figure_only_through_the_verb_phrase_that_narrates_it(string sentence, string quote, string? period)
    {
        Assert.Equal(period, ClaimIn(AugustStory + sentence, quote).Period?.Label);
    }

    [Theory]
    [InlineData("Norvik, which has about 14 million customers and a workforce of 9,800, was fined £4.2 million two years ago.", "9,800", null)]
    [InlineData("Norvik, which has about 14 million customers and a workforce of 9,800, was fined £4.2 million two years ago.", "£4.2 million", "2024")]
    [InlineData("In 2023 Norvik, which had a workforce of 9,800, was fined £4.2 million.", "9,800", "2023")]
    [InlineData("Officials released the survey on Monday. About 964,000 adults, which account for 0.4 percent of the population, reported a disorder in 2025.", "0.4 percent", "2025")]
    public void A_year_after_a_relative_aside_is_the_main_clauses(string sentence, string quote, string? period)
    {
        Assert.Equal(period, ClaimIn("Norvik fined\n\n" + sentence, quote).Period?.Label);
    }

    [Theory]
    [InlineData("Veltrix reported third-quarter revenue of $35.1 billion on Wednesday, up 94% from a year ago.", "94%", "2026-Q3")]
    [InlineData("Veltrix shares closed on Tuesday at $185.25, up 0.35%.", "0.35%", "2026-10-06")]
    public void A_change_told_right_after_its_level_is_over_the_levels_time_not_the_report_day(string sentence, string quote, string period)
    {
        Assert.Equal(period, ClaimIn("Veltrix results\n\n" + sentence, quote).Period?.Label);
    }

    [Theory]
    [InlineData("The average price of a home rose 0.4% in September from August to 270,148 pounds.", "270,148 pounds", "2026-09")]
    [InlineData("Prices in London remain about 4% below their 2022 peak, while Kent recorded annual growth of 9.8% in August.", "9.8%", "2026-08")]
    [InlineData("Prices in London remain about 4% below their 2022 peak, while Kent recorded the strongest annual growth at 9.8%.", "9.8%", null)]
    [InlineData("Compared with August last year, prices were up 3.9%.", "3.9%", null)]
    [InlineData("Sales rose to 14.6 percent in September, down from the March high of 21.8 percent.", "21.8 percent", "2026-03")]
    [InlineData("Prices were 6.8% higher than a year earlier, when the average stood at £297,000.", "£297,000", "2025")]
    [InlineData("Used copies of the paperback from 1985 started at $200.", "$200", "1985")]
    [InlineData("The party won 72 seats, up from 11 at the election in 2019.", "72", null)]
    [InlineData("The party won 72 seats, up from 11 at the election in 2019.", "11", "2019")]
    [InlineData("Five people died on Tuesday, taking the death toll to at least 12.", "12", null)]
    [InlineData("Five people died on Tuesday, taking the death toll to at least 12.", "Five", "2026-10-06")]
    [InlineData("The five firms join nine others selected in November 2018, bringing the total to 14 firms.", "14", null)]
    public void The_time_something_is_set_against_dates_no_figure_after_it(string sentence, string quote, string? period)
    {
        Assert.Equal(period, ClaimIn("Halden house prices\n\n" + sentence, quote).Period?.Label);
    }

    [Theory]
    [InlineData("The Senate approved it by 79 votes to 18 late on Tuesday.", "79", "2026-10-06")]
    [InlineData("Sales rose in 2022, but profits fell 5% last year.", "5%", "2025")]
    [InlineData("Albanians made up the largest group in 2022, but their numbers fell by more than 90% last year.", "90%", "2025")]
    public void A_time_in_an_earlier_clause_gives_way_to_the_figures_own_after_it_and_a_tallys_to_looks_nowhere_ahead(string sentence, string quote, string period)
    {
        Assert.Equal(period, ClaimIn("Halden house prices\n\n" + sentence, quote).Period?.Label);
    }

    [Theory]
    [InlineData("Norvik expects the strike to cost £40 million, the company told investors on Tuesday.", "£40 million")]
    [InlineData("The refit will cost £12 million, the operator said in a statement on Monday.", "£12 million")]
    [InlineData("The operator told securities regulators on Thursday that the refit would cost £12 million.", "£12 million")]
    public void The_day_a_report_was_made_to_someone_is_not_the_period_of_its_figure(string sentence, string quote)
    {
        Assert.Null(ClaimIn("Strike costs mount\n\n" + sentence, quote).Period);
    }

    [Theory]
    [InlineData("The outage the airline disclosed on Monday stranded 8,000 passengers at three airports.", "8,000")]
    [InlineData("The fraud it revealed last week had cost investors $40 million.", "$40 million")]
    public void The_time_a_thing_was_reported_does_not_date_a_figure_of_the_clause_that_follows(string sentence, string quote)
    {
        Assert.Null(ClaimIn("Airline outage\n\n" + sentence, quote).Period);
    }

    [Theory]
    [InlineData("The storm brought winds of 90 km/h to the coast, and the river was expected to crest at 7 metres on Friday.", "90 km/h")]
    [InlineData("Inflation is running at 3.1%, but wages are expected to rise 4% next year.", "3.1%")]
    [InlineData("The bridge carried about 31,000 vehicles a day and was opened in 1977.", "31,000")]
    [InlineData("The company employs 5,000 people and was founded in 1977.", "5,000")]
    public void A_time_in_a_clause_joined_after_the_figures_is_that_clauses(string sentence, string quote)
    {
        Assert.Null(ClaimIn("Storm batters coast\n\n" + sentence, quote).Period);
    }

    [Fact]
    public void A_further_move_takes_its_own_day_not_the_day_of_the_move_before_it()
    {
        const string text = "Ferry shares slide\n\nThe operator's shares, which fell 6.3% on Monday, dropped a further 2.1% on Tuesday to close at £4.12.";

        Assert.Equal("2026-10-05", ClaimIn(text, "6.3%").Period?.Label);
        Assert.Equal("2026-10-06", ClaimIn(text, "2.1%").Period?.Label);
    }

    [Fact]
    public void A_fronted_subordinate_clause_does_not_take_the_time_of_the_main_clause()
    {
        Assert.Null(ClaimIn("After slipping for two years, the bridge finally reopened on Monday.", "two years").Period);
    }

    [Theory]
    [InlineData("The gain of 4.2% was the largest since March.")]
    [InlineData("Vacancies dropped by 0.2% to 4.2%, the lowest since the spring of 2021.")]
    [InlineData("Shoplifting jumped to 4.2%, the highest since records began in 2002.")]
    [InlineData("Shoplifting jumped to 4.2%, the highest since current police recording practices began in 2002-03.")]
    [InlineData("Prices rose 4.2%, the biggest increase since the financial crisis in 2008.")]
    [InlineData("The index fell 4.2%, its worst day since September 2022.")]
    [InlineData("Shares jumped 4.2%, their best week since 2019.")]
    public void Since_after_a_superlative_is_how_far_a_record_reaches_not_the_period_of_the_figure(string sentence)
    {
        Assert.Null(ClaimIn(sentence, "4.2%").Period);
    }

    [Theory]
    [InlineData("Liverpool will pay 100 million pounds, surpassing the 115 million pounds Chelsea paid Brighton in 2023.", "100 million pounds", null)]
    [InlineData("Liverpool will pay 100 million pounds, surpassing the 115 million pounds Chelsea paid Brighton in 2023.", "115 million pounds", "2023")]
    [InlineData("Its revenue reached $5 billion, beating the $4.2 billion it earned in 2019.", "$5 billion", null)]
    [InlineData("Operating income was 477 million euros, compared with a loss of 75 million euros in 2023.", "477 million euros", null)]
    public void A_time_told_of_a_figure_passed_is_that_figures(string sentence, string quote, string? period)
    {
        Assert.Equal(period, ClaimIn(sentence, quote).Period?.Label);
    }

    [Theory]
    [InlineData("The deal is the largest since Kraft merged with Heinz in 2015 in a deal worth about $46 billion.", "$46 billion", "2015")]
    [InlineData("Prices have risen since Russia invaded Ukraine in February 2022 with about 190,000 troops.", "190,000", "2022-02")]
    public void A_figure_told_inside_a_since_clause_is_of_the_time_that_clause_tells(string sentence, string quote, string period)
    {
        Assert.Equal(period, ClaimIn(sentence, quote).Period?.Label);
    }

    [Theory]
    [InlineData("The death toll from the earthquake that struck central Myanmar on Friday has risen to 3,085.", "3,085")]
    [InlineData("The number who said they had used cannabis in the past month rose by 23 percent.", "23 percent")]
    public void A_time_in_a_relative_clause_of_the_subject_does_not_date_the_figure(string sentence, string quote)
    {
        var claim = ClaimIn(sentence, quote);

        Assert.True(claim.Period is null || claim.PeriodInferred, claim.Period?.Label);
    }

    [Fact]
    public void A_time_in_a_reported_clause_after_that_still_dates_its_figure()
    {
        Assert.Equal("2015", ClaimIn("The commission found that in 2015, there were 9 million premature deaths.", "9 million").Period?.Label);
    }

    [Theory]
    [InlineData("Global temperatures were about 1.6C above the 1850-1900 average.", "1.6C")]
    [InlineData("Temperatures were 1.2C higher than the 1991-2020 average.", "1.2C")]
    [InlineData("Sales were 4% below the 2019 level.", "4%")]
    public void The_time_of_an_average_or_level_a_figure_is_measured_against_does_not_date_it(string sentence, string quote)
    {
        Assert.Null(ClaimIn(sentence, quote).Period);
    }

    [Theory]
    [InlineData("The bridge, built in 1932, carries 40,000 cars a day.", "40,000")]
    [InlineData("For comparison, the first ferry, launched in 2011, cost €40 million.", "€40 million")]
    public void A_time_in_a_participle_aside_dates_what_the_participle_tells_not_the_figure(string sentence, string quote)
    {
        Assert.Null(ClaimIn(sentence, quote).Period);
    }

    [Theory]
    [InlineData("The bid of $52 a share is a premium of 31% to Tarvik's closing price on Friday.", "31%")]
    [InlineData("The bid of $52 a share is a premium of 31% to Tarvik's closing price on Friday.", "$52")]
    public void The_time_of_the_price_a_premium_is_measured_against_does_not_date_the_offer(string sentence, string quote)
    {
        Assert.Null(ClaimIn("Tarvik gets takeover bid\n\n" + sentence, quote).Period);
    }

    [Theory]
    [InlineData("The economic impact is put at €2 million.")]
    [InlineData("The economic impact is estimated at €2 million, has communicated the mayor Paola Conti.")]
    public void A_figure_of_an_event_named_with_its_year_is_that_editions(string sentence)
    {
        const string opening = "Harbour Regatta 2026 ends with a record\n\nThe Harbour Regatta closed on Sunday after five days of racing.\n\n";

        Assert.Equal("2026", ClaimIn(opening + sentence, "€2 million").Period?.Label);
    }

    [Fact]
    public void A_toll_to_date_in_a_story_of_one_day_is_that_days()
    {
        const string text = "River floods Dunmore\n\nThe river burst its banks in Dunmore on Monday. It has damaged 140 homes, officials said.";

        var claim = ClaimIn(text, "140");

        Assert.Equal("2026-10-05", claim.Period?.Label);
        Assert.True(claim.PeriodInferred);
    }

    [Fact]
    public void A_duration_to_date_in_a_story_of_one_day_stays_undated()
    {
        const string text = "River floods Dunmore\n\nThe river burst its banks in Dunmore on Monday. \u201cWe lost everything,\u201d said Aoife Byrne, who has lived there for 31 years.";

        Assert.Null(ClaimIn(text, "31 years").Period);
    }

    [Theory]
    [InlineData("The ministers agreed to extend output cuts of 2.2 million barrels per day until March.", "2027-03")]
    [InlineData("The ministers agreed to extend output cuts of 2.2 million barrels per day until the end of March.", "2027-03")]
    [InlineData("The group will extend its output cuts of 2.2 million barrels per day until the end of March.", "2027-03")]
    [InlineData("The group cut output by 2.2 million barrels per day at the end of March.", "2026-03")]
    public void A_month_an_undertaking_runs_to_is_the_coming_one(string sentence, string period)
    {
        Assert.Equal(period, ClaimIn("Output cuts extended\n\n" + sentence, "2.2 million barrels per day").Period?.Label);
    }

    [Fact]
    public void The_time_of_an_event_a_reference_figure_was_read_at_does_not_date_the_figure_compared_with_it()
    {
        string text = "Labour wins by-election\n\nTurnout was 35.9%, down from 64.5% at the 2019 general election.";

        Assert.Null(ClaimIn(text, "35.9%").Period);
        Assert.Equal("2019", ClaimIn(text, "64.5%").Period?.Label);
    }

    private static Claim ClaimIn(string text, string quote) => Shared.ClaimIn(text, quote, October7);
}
