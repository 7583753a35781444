using ClaimExtractor.Core.Claims;
using ClaimExtractor.Core.Entities;
using ClaimExtractor.Nlp.Tests.Support;

namespace ClaimExtractor.Nlp.Tests;

/// <summary>
/// Who a figure is about when the sentence also names who reports it or the whole it is a part of.
/// </summary>
public sealed class SubjectRuleTests
{
    private static readonly DateOnly Friday = new(2025, 3, 14);

    private const string Lead = "Brantwell Group opens Leeds plant\n\nBrantwell Group opened a plant in Leeds on Monday.\n\n";

    [Theory]
    [InlineData("France's jobless rate rose to 7.5 per cent, while unemployment in Paris rose to 8.1 per cent.", "8.1 per cent", "Paris")]
    [InlineData("UK house prices rose 0.8 per cent. Prices in the capital fell 0.4 per cent over the quarter.", "0.4 per cent", "London")]
    [InlineData("The death toll in Gaza rose to 41,000, the health ministry said.", "41,000", "Gaza")]
    public void The_place_the_clauses_subject_is_in_owns_the_measure(string sentence, string quote, string place)
    {
        Assert.Equal(place, ClaimIn("Economy\n\nThe economy grew.\n\n" + sentence, quote).Subject?.Name);
    }

    [Fact]
    public void A_place_set_before_the_sentences_first_comma_is_where_its_figures_are()
    {
        const string text = "Measles cases hit highest level in England since 2012\n\nMeasles cases in England rose to 2,911 last year, "
            + "the UK Health Security Agency said.\n\nUptake of the MMR vaccine fell to 92.5% in 2023-24. In London, coverage of "
            + "the second dose was just 73.1%.";

        Assert.Equal("London", Shared.ClaimIn(text, "73.1%", new DateOnly(2025, 2, 13)).Subject?.Name);
    }

    [Theory]
    [InlineData("In Wales rents rose 8.1%, in Scotland 9.1% and in Northern Ireland 8.8%.", "8.1%", "Wales")]
    [InlineData("In Wales rents rose 8.1%, in Scotland 9.1% and in Northern Ireland 8.8%.", "9.1%", "Scotland")]
    [InlineData("In Wales rents rose 8.1%, in Scotland 9.1% and in Northern Ireland 8.8%.", "8.8%", "Northern Ireland")]
    [InlineData("South Carolina has reported 49 deaths, Georgia 33, Tennessee 17 and Virginia 2.", "33", "Georgia")]
    [InlineData("South Carolina has reported 49 deaths, Georgia 33, Tennessee 17 and Virginia 2.", "2", "Virginia")]
    [InlineData("Georgia reported 33 deaths and South Carolina 49.", "49", "South Carolina")]
    [InlineData("The euro zone's jobless rate fell to 6.3% in October. It was 3.4% in Germany.", "3.4%", "Germany")]
    [InlineData("In Scotland the unemployment rate was 4.3%.", "4.3%", "Scotland")]
    [InlineData("In Edinburgh alone, the count of people sleeping rough more than doubled.", "doubled", "Edinburgh")]
    [InlineData("The city of Wajima reported 83 deaths and Suzu 91.", "83", "Wajima")]
    [InlineData("The city of Wajima reported 83 deaths and Suzu 91.", "91", "Suzu")]
    [InlineData("In the town of Suzu, 91 people died.", "91", "Suzu")]
    [InlineData("The state of Texas reported 40 deaths.", "40", "Texas")]
    public void A_place_opening_a_clause_or_a_gapped_clause_is_where_its_figure_is(string sentence, string quote, string place)
    {
        Assert.Equal(place, ClaimIn("UK rents\n\nAverage private rents in London rose 10.9% in the year to October.\n\n" + sentence, quote).Subject?.Name);
    }

    [Theory]
    [InlineData("Paramount's \"Gladiator II\" opened in second place with $55.5 million.", "$55.5 million")]
    [InlineData("The film, which stars Cynthia Erivo, added $50.2 million from 15 international markets.", "$50.2 million")]
    public void A_work_a_studio_owns_or_its_description_is_the_subject_of_its_takings(string sentence, string quote)
    {
        var subject = ClaimIn("Box office\n\nUniversal's \"Wicked\" flew to $114 million.\n\n" + sentence, quote).Subject?.Name;

        Assert.Equal(sentence.Contains("Gladiator", StringComparison.Ordinal) ? "Gladiator II" : "Wicked", subject);
    }

    [Theory]
    [InlineData("A YouGov poll published on Friday put Labour on 45%, 21 points ahead of the Conservatives on 24%.", "45%", "Labour Party")]
    [InlineData("A YouGov poll published on Friday put Labour on 45%, 21 points ahead of the Conservatives on 24%.", "24%", "Conservative Party")]
    [InlineData("The latest Emerson survey has Kamala Harris at 48% and Donald Trump at 46%.", "46%", "Donald Trump")]
    public void A_share_a_name_stands_on_or_at_is_that_names(string sentence, string quote, string name)
    {
        Assert.Equal(name, ClaimIn("Poll\n\nVoters were asked.\n\n" + sentence, quote).Subject?.Name);
    }

    [Theory]
    [InlineData("The AD had 29.5% of the vote, ahead of the Socialist Party with 28.7% and 77 seats.", "28.7%", "Socialist Party")]
    [InlineData("The AD had 29.5% of the vote, ahead of the Socialist Party with 28.7% and 77 seats.", "77", "Socialist Party")]
    [InlineData("Germany finished second in the medal table, behind Norway with 16 golds.", "16", "Norway")]
    [InlineData("Donald Trump won about 77 million votes, or 49.9%, to Kamala Harris's 74.9 million, or 48.4%.", "48.4%", "Kamala Harris")]
    public void The_figures_a_name_is_given_with_are_that_names(string sentence, string quote, string name)
    {
        Assert.Equal(name, ClaimIn("Results\n\nThe count is over.\n\n" + sentence, quote).Subject?.Name);
    }

    [Theory]
    [InlineData("Sales to users in North America dropped 10%, while sales in Asia/Pacific rose 2%.", "10%")]
    [InlineData("Sales to users in North America dropped 10%, while sales in Asia/Pacific rose 2%.", "2%")]
    public void A_world_region_in_a_companys_story_scopes_the_companys_figure(string sentence, string quote)
    {
        var claim = ClaimIn("Caterpillar profit beats estimates\n\nCaterpillar Inc reported third-quarter profit on Wednesday.\n\n" + sentence, quote);

        Assert.Equal("Caterpillar", claim.Subject?.Name);
    }

    [Theory]
    [InlineData("Swedish truckmaker Nordvik Motors said on Tuesday it would cut about 1,200 jobs.", "1,200")]
    [InlineData("Nordvik Motors said on Tuesday it would cut jobs.\n\nThe company said most of the cuts would fall in Sweden and Germany. " +
        "The restructuring will cost 900 million crowns and save 1.5 billion crowns a year, it said.", "1.5 billion crowns")]
    public void A_company_described_by_its_nationality_or_speaking_as_it_owns_its_figures(string text, string quote)
    {
        Assert.Equal("Nordvik Motors", ClaimIn("Nordvik cuts jobs\n\n" + text, quote).Subject?.Name);
    }

    [Theory]
    [InlineData("Consumer price inflation was 2.5% in December, down from 2.6% in November.", "2.5%")]
    [InlineData("Unemployment is expected to rise to 4.75%.", "4.75%")]
    public void A_measure_of_the_economy_in_a_central_banks_story_is_its_countrys(string sentence, string quote)
    {
        const string lead = "Bank of England cuts rates\n\nThe Bank of England cut interest rates to 4.5% on Thursday.\n\n";

        Assert.Equal("United Kingdom", ClaimIn(lead + sentence, quote).Subject?.Name);
    }

    [Fact]
    public void A_bare_figure_compared_with_is_the_same_measure_of_the_same_subject()
    {
        var claims = Shared.Run("Measles spreads\n\nMeasles cases are rising in Texas.\n\n" +
            "Nationally, the Centers for Disease Control and Prevention has reported 93 measles cases in the United States so far this year, compared with 285 in all of 2024.", Friday).Claims;
        var now = claims.Single(c => c.Quote == "93");
        var then = claims.Single(c => c.Quote == "285");

        Assert.Equal(now.MetricKey, then.MetricKey);
        Assert.Equal(now.Subject?.Name, then.Subject?.Name);
        Assert.Equal(now.Scope, then.Scope);
        Assert.Equal("2024", then.Period?.Label);
    }

    [Theory]
    [InlineData("Northfield United beat Dunmore Rovers with one game remaining.", "one", "Dunmore Rovers")]
    [InlineData("Manufacturing employment fell by 35,000 jobs, reflecting strikes by the United Auto Workers union against Ford.", "35,000", "United Auto Workers")]
    [InlineData("Passenger numbers rose 6% last year, driven by demand on routes to North America.", "6%", "North America")]
    [InlineData("Sales fell 3%, dragged down by weak demand in Ireland.", "3%", "Ireland")]
    [InlineData("Foreign tourists made up 63% of visitors, with Americans the largest group.", "63%", "United States")]
    public void A_scene_or_a_trailing_participle_clause_does_not_own_the_figure(string sentence, string quote, string name)
    {
        Assert.NotEqual(name, ClaimIn("Results\n\nThe count is over.\n\n" + sentence, quote).Subject?.Name);
    }

    [Theory]
    [InlineData("1.85 points", "S&P 500")]
    [InlineData("0.06%", "S&P 500")]
    [InlineData("20.72 points", "Nasdaq")]
    [InlineData("102.2 points", "Dow Jones Industrial Average")]
    public void A_name_opening_a_coordinated_clause_after_a_figure_is_the_subject_of_that_clauses_figures(string quote, string name)
    {
        const string markets = "On Wall Street, the Dow Jones Industrial Average .DJI fell 102.2 points, or 0.36%, to 27,934.02, the S&P 500 .SPX " +
            "lost 1.85 points, or 0.06%, to 3,120.18 and the Nasdaq Composite .IXIC added 20.72 points, or 0.24%, to 8,570.66.";

        Assert.Equal(name, ClaimIn("Stocks slip\n\nWall Street fell on Tuesday.\n\n" + markets, quote).Subject?.Name);
    }

    [Theory]
    [InlineData("The S&P 500 slid 3 percent and the tech-heavy Nasdaq fell 3.4 percent.", "3.4 percent", "Nasdaq")]
    [InlineData("The Nikkei rose 1.1% and the broader Topix index gained 0.8%, while the benchmark FTSE 100 added 0.4%.", "0.4%", "FTSE 100")]
    public void A_name_a_coordinated_clause_opens_after_words_describing_it_is_that_clauses_subject(string sentence, string quote, string name)
    {
        Assert.Equal(name, ClaimIn("Stocks slip\n\nWall Street fell on Tuesday.\n\n" + sentence, quote).Subject?.Name);
    }

    [Fact]
    public void A_part_including_lists_in_a_place_is_that_places()
    {
        Assert.Equal("California", ClaimIn("Bird flu\n\nThe outbreak grew.\n\nThe H5N1 virus has infected 446 herds in 15 states, including 224 in California.", "224").Subject?.Name);
    }

    [Theory]
    [InlineData("The U.S. team won 126 medals in all, 35 more than China's 91.", "126", "United States")]
    [InlineData("The U.S. team won 126 medals in all, 35 more than China's 91.", "91", "China")]
    [InlineData("China won fewer medals overall, 91 to the Americans' 126.", "126", "United States")]
    [InlineData("China won fewer medals overall, 91 to the Americans' 126.", "91", "China")]
    public void A_countrys_total_is_its_own_where_its_team_acts_or_the_figure_is_its_possession(string sentence, string quote, string name)
    {
        Assert.Equal(name, ClaimIn("Medal table\n\nThe Games closed on Sunday.\n\n" + sentence, quote).Subject?.Name);
    }

    [Theory]
    [InlineData("3.4 percent", "Estonia")]
    [InlineData("3.3 percent", "United States")]
    public void A_name_set_at_a_figure_after_a_relative_clause_is_that_figures_subject(string quote, string name)
    {
        const string sentence = "This year's list is led by Poland, which will devote 4.1 percent of GDP to its armed forces, "
            + "with Estonia at 3.4 percent and the United States at 3.3 percent.";

        Assert.Equal(name, ClaimIn("Defence spending\n\nAllies spend more.\n\n" + sentence, quote).Subject?.Name);
    }

    [Theory]
    [InlineData("There is a $129.99 Premiere Edition that includes a controller, Chromecast Ultra and three months of Stadia Pro.", "three months", "Chromecast Ultra")]
    [InlineData("The four-time Grammy winning band will kick off the jaunt June 9, 2020 in West Palm Beach, FL, the first stop of 30 cities.", "30", "FL")]
    [InlineData("Insurers estimate losses for large companies, excluding Microsoft, at $5.4 billion.", "$5.4 billion", "Microsoft")]
    public void A_name_in_a_list_or_a_clause_cut_off_by_a_comma_is_not_the_subject_of_a_later_figure(string sentence, string quote, string name)
    {
        Assert.NotEqual(name, ClaimIn("Gadgets\n\nThe shop opened.\n\n" + sentence, quote).Subject?.Name);
    }

    [Theory]
    [InlineData("Storm Dara killed four people on Saturday. Insurers put Dara's cost at between £500m and £700m.", "£500m and £700m", "Storm Dara")]
    [InlineData("Tropical Storm Debby made landfall on Monday. Debby dropped 20 inches of rain.", "20 inches", "Tropical Storm Debby")]
    [InlineData("Hurricane Helene made landfall in Florida's Big Bend region on Thursday. It dumped more than 2 feet of rain on parts of western North Carolina.", "2 feet", "Hurricane Helene")]
    [InlineData("In England, the mercury hit 33C at Heathrow. Europe is the fastest-warming continent. It is now roughly 2.4C warmer than in the late 19th century.", "2.4C", "Europe")]
    public void A_named_storm_goes_by_its_own_name(string text, string quote, string storm)
    {
        Assert.Equal(storm, ClaimIn("Storm news\n\n" + text, quote).Subject?.Name);
    }

    [Theory]
    [InlineData("Shares of the Austin, Texas-based company rose 6% in extended trading.", "6%")]
    [InlineData("The Texas-based company cut 1,200 jobs.", "1,200")]
    [InlineData("The Columbus, Ohio-based company listed assets of $3.2 billion.", "$3.2 billion")]
    public void A_state_glued_to_a_participle_describes_the_company_and_is_not_its_subject(string sentence, string quote)
    {
        Assert.Equal("Brantwell Group", ClaimIn(Lead + sentence, quote).Subject?.Name);
    }

    [Fact]
    public void A_firm_a_preposition_governs_through_its_description_is_not_what_a_later_it_means()
    {
        const string text = "Discount retailer Big Lots filed for bankruptcy on Monday and agreed to sell its assets to private equity firm Nexus Capital Management.\n\n"
            + "It operates about 1,390 stores in 48 states.";
        Assert.Equal("Big Lots", ClaimIn("Big Lots files for bankruptcy\n\n" + text, "1,390").Subject?.Name);
    }

    [Fact]
    public void A_name_opening_the_sentence_and_saying_what_follows_is_what_its_later_it_means()
    {
        const string text = "The Louvre received 8.9 million visitors last year. Visitors came from China and Italy.\n\n"
            + "The Louvre, home to the Mona Lisa, said 2023 was its busiest year since the pandemic, when it closed for months and attendance fell to 2.7 million in 2020.";
        Assert.Equal("Louvre", ClaimIn("Louvre visitors\n\n" + text, "2.7 million").Subject?.Name);
    }

    [Theory]
    [InlineData("The price of cocoa hit a record above $10,000 per tonne in New York on Tuesday.", "$10,000", "Cocoa")]
    [InlineData("Copper CMCU3 rose 0.86% to $5,880.00 a tonne.", "$5,880.00", "Copper")]
    [InlineData("On Tuesday, coffee futures rose 2% to $4,100 a tonne.", "$4,100", "Coffee")]
    public void A_commodity_whose_price_the_clause_tells_is_its_subject(string sentence, string quote, string commodity)
    {
        Assert.Equal(commodity, ClaimIn("Commodities\n\n" + sentence, quote).Subject?.Name);
    }

    [Fact]
    public void In_a_companys_story_its_sales_in_a_country_stay_its_own()
    {
        Assert.Equal("Brantwell Group", ClaimIn(Lead + "Sales in China fell 5 per cent in the quarter.", "5 per cent").Subject?.Name);
    }

    [Fact]
    public void A_part_with_no_subject_of_its_own_belongs_to_the_subject_of_its_whole()
    {
        var claim = ClaimIn(Lead + "Norvik Motors spent €800 million on new plants, of which €120 million on robots.", "€120 million");

        Assert.Equal("Norvik Motors", claim.Subject?.Name);
    }

    [Fact]
    public void Who_estimates_that_something_happened_is_the_source_not_the_subject()
    {
        var claims = Shared.Run(Lead + "Norvik Motors said it spent €4 million on the launch and estimated that buyers ordered 9,000 vans.", Friday).Claims;

        Assert.Equal("Norvik Motors", Assert.Single(claims, c => c.Quote == "€4 million").Subject?.Name);
        Assert.NotEqual("Norvik Motors", Assert.Single(claims, c => c.Quote == "9,000").Subject?.Name);
    }

    [Theory]
    [InlineData("The cost of the works is estimated in 2,4 million euros, has communicated the mayor Paola Conti in the press conference.")]
    [InlineData("The works cost 2,4 million euros, said the mayor, Paola Conti.")]
    public void A_speaker_named_after_the_saying_verb_and_a_title_is_the_source(string sentence)
    {
        var claim = ClaimIn(Lead + sentence, "2,4 million euros");

        Assert.Equal("Paola Conti", claim.Attribution);
        Assert.NotEqual("Paola Conti", claim.Subject?.Name);
    }

    [Theory]
    [InlineData("Brantwell's chief executive, Marta Lindqvist, said that the plant cost 2,4 million euros.", "Marta Lindqvist")]
    [InlineData("Brantwell's chief executive, Marta Lindqvist, said last month that the plant cost 2,4 million euros.", "Marta Lindqvist")]
    [InlineData("The plant cost 2,4 million euros, Variety reported last year.", "Variety")]
    [InlineData("The company had estimated earlier this year that the plant cost 2,4 million euros.", "Brantwell Group")]
    public void A_speaker_set_off_by_commas_or_a_description_or_one_whose_report_is_dated_is_the_source(string sentence, string source)
    {
        Assert.Equal(source, ClaimIn(Lead + sentence, "2,4 million euros").Attribution);
    }

    [Theory]
    [InlineData("Displacement hits record\n\nSome 120 million people have been forcibly displaced, UNHCR said in its annual report.", "120 million", "UNHCR")]
    [InlineData("Displacement hits record\n\nThe number of displaced people reached 120 million in May, the UN refugee agency UNHCR said on Thursday.", "120 million", "UNHCR")]
    public void The_words_closing_a_report_after_its_verb_are_the_sources(string text, string quote, string source)
    {
        var claim = ClaimIn(text, quote);

        Assert.Equal(source, claim.Attribution);
        Assert.Null(claim.Subject);
    }

    [Theory]
    [InlineData("China's July export growth slows\n\nChinese exports increased 8.7 percent in July.\n\nExports to the US were up 3.3 percent.", "3.3 percent")]
    [InlineData("China's exports grow 7%\n\nChina's exports rose 7% in July.\n\nExports to the United States rose 3.3%, while shipments to the EU climbed 5.3%.", "3.3%")]
    public void The_partner_a_trade_figure_names_is_not_the_trader(string text, string quote)
    {
        Assert.Equal("China", ClaimIn(text, quote).Subject?.Name);
    }

    [Theory]
    [InlineData("Trust in media falls\n\nA Gallup poll found 31% of Americans trust the media.", "31%", "Gallup")]
    [InlineData("Shootings fall\n\nThe Gun Violence Archive counted 503 mass shootings in the United States last year.", "503", "Gun Violence Archive")]
    public void A_poll_or_a_database_a_name_goes_by_is_the_source_of_what_it_found(string text, string quote, string source)
    {
        var claim = ClaimIn(text, quote);

        Assert.Equal(source, claim.Attribution);
        Assert.NotEqual(source, claim.Subject?.Name);
    }

    [Theory]
    [InlineData("Deforestation in Brazil's Amazon rainforest fell 30.6%.\n\nThe PRODES satellite monitoring system recorded 6,288 square kilometers of forest cleared.", "6,288 square kilometers", "Amazon")]
    [InlineData("Deforestation in Brazil's Amazon rainforest fell 30.6%.\n\nIn the Cerrado savanna, clearing fell 25.7% to 8,174 square kilometers.", "8,174 square kilometers", "Cerrado")]
    public void A_monitoring_instrument_measures_and_a_fronted_landform_is_where(string text, string quote, string subject)
    {
        Assert.Equal(subject, ClaimIn(text, quote).Subject?.Name);
    }

    [Theory]
    [InlineData("Brantwell's chief executive, Marta Lindqvist, said last month that the plant cost 2,4 million euros.")]
    [InlineData("The plant cost 2,4 million euros, Variety reported last year.")]
    [InlineData("The company had estimated earlier this year that the plant cost 2,4 million euros.")]
    public void The_time_a_report_was_made_dates_no_figure_it_tells(string sentence)
    {
        var claim = ClaimIn(Lead + sentence, "2,4 million euros");

        Assert.False(claim.Period is not null && !claim.PeriodInferred, $"own period {claim.Period?.Label}");
    }

    private const string TollLead = "Road deaths fall again\n\nAbout 40,990 people died on roads in the United States in 2023, the National Highway Traffic Safety Administration said on Monday.\n\n";

    [Theory]
    [InlineData("It was the second straight annual decline after deaths hit a high of 42,514 in 2021.", "42,514", null)]
    [InlineData("\"We're seeing progress, but 41,000 lives lost is still a crisis,\" said Sophie Shulman, NHTSA's deputy administrator.", "41,000", "Sophie Shulman")]
    [InlineData("Deaths in the first half of 2024 fell to an estimated 18,720, according to the agency's early estimate.", "18,720", "National Highway Traffic Safety Administration")]
    public void A_source_named_by_a_role_a_description_or_an_it_that_tells_a_move_is_no_subject(string sentence, string quote, string? source)
    {
        var claim = ClaimIn(TollLead + sentence, quote);

        Assert.Equal("United States", claim.Subject?.Name);
        Assert.Equal(source, claim.Attribution);
    }

    [Theory]
    [InlineData("In August, Kamala Harris and the Democrats raised $361mn, nearly triple the $130mn raised by Donald Trump and the Republican party.", "$130mn", "Donald Trump")]
    [InlineData("Brantwell Group sold 9,000 vans, against the 7,000 vans sold by Norvik Motors.", "7,000", "Norvik Motors")]
    [InlineData("Washington will have the highest state minimum, at $16.66 an hour, followed by California at $16.50 and Connecticut at $16.35.", "$16.50", "California")]
    [InlineData("Texas led the states with 4.3 GW of new solar, followed by California with 3.3 GW.", "3.3 GW", "California")]
    public void The_agent_of_a_participle_or_the_name_a_sum_stands_at_is_its_subject(string sentence, string quote, string subject)
    {
        Assert.Equal(subject, ClaimIn(Lead + sentence, quote).Subject?.Name);
    }

    [Fact]
    public void A_hyphenated_speaker_before_the_saying_verb_is_the_source()
    {
        var claim = ClaimIn(Lead + "Finance Minister Francois-Philippe Champagne said the deficit would shrink to 28.5 billion euros.", "28.5 billion euros");

        Assert.Equal("Francois-Philippe Champagne", claim.Attribution);
        Assert.Equal("Brantwell Group", claim.Subject?.Name);
    }

    [Theory]
    [InlineData("The Scottish action is part of a worldwide recall of 95,000 heaters, the company said.")]
    [InlineData("The worldwide total climbs to 95,000 heaters, Brantwell Group said.")]
    [InlineData("According to Brantwell Group, its global recall covers 95,000 heaters.")]
    public void A_total_the_stories_main_actor_reports_is_its_own_and_is_kept_apart_from_its_parts(string sentence)
    {
        var claim = ClaimIn(Recall + sentence, "95,000");

        Assert.Equal("Brantwell Group", claim.Subject?.Name);
        Assert.Equal(ClaimScope.Total, claim.Scope);
        Assert.StartsWith("total:", claim.MetricKey, StringComparison.Ordinal);
    }

    [Fact]
    public void A_total_someone_else_reports_has_no_subject()
    {
        var claim = ClaimIn(Recall + "Heater recalls worldwide reached 95,000 units in total this year, according to Consumer Safety Watch.", "95,000");

        Assert.Null(claim.Subject);
        Assert.Equal(ClaimScope.Total, claim.Scope);
    }

    [Fact]
    public void The_company_after_a_public_body_is_the_company_not_the_body()
    {
        var claim = ClaimIn(Recall + "Brantwell Group notified the Product Safety Authority on Tuesday. The company said it would hire 300 engineers to fix the heaters.", "300");

        Assert.Equal("Brantwell Group", claim.Subject?.Name);
    }

    [Fact]
    public void A_description_of_the_company_keeps_it_in_view_for_the_next_description()
    {
        var claim = ClaimIn(Recall + "Owners were told to unplug them. Retailers removed the heaters from shelves. "
            + "The heaters were made last year, the company said in a letter to the Product Safety Authority. The company said it would hire 300 engineers.", "300");

        Assert.Equal("Brantwell Group", claim.Subject?.Name);
    }

    [Fact]
    public void A_name_a_focusing_word_singles_out_is_the_subject_of_its_clause()
    {
        var claim = ClaimIn(Lead + "Who cut the most jobs? Tarnvik alone cut 450 jobs, more than a third of the total.", "450");

        Assert.Equal("Tarnvik", claim.Subject?.Name);
    }

    [Theory]
    [InlineData("One small survey of 400 drivers found that 62% wanted cheaper heaters.", "62%")]
    [InlineData("For example, another 6-month trial in 80 homes found that 62% of heaters ran cooler.", "62%")]
    [InlineData("Several large retailers stopped selling 9,000 heaters.", "9,000")]
    public void A_sentence_whose_subject_is_an_indefinite_common_noun_is_not_about_the_main_actor(string sentence, string quote)
    {
        var claim = ClaimIn(Recall + sentence, quote);

        Assert.Null(claim.Subject);
    }

    [Theory]
    [InlineData("Most recently, it recalled 9,000 heaters.", "9,000")]
    [InlineData("The company also ordered 30 Halvik pumps and 20 Ostra valves.", "30")]
    [InlineData("Some 9,000 heaters were sold in Wales.", "9,000")]
    public void A_sentence_that_continues_the_story_still_belongs_to_its_main_actor(string sentence, string quote)
    {
        var claim = ClaimIn(Recall + sentence, quote);

        Assert.Equal("Brantwell Group", claim.Subject?.Name);
    }

    [Fact]
    public void A_list_of_counted_names_has_no_subject_and_none_of_its_items_is_one()
    {
        var claims = Shared.Run(Recall + "Replacement kit: 2 Halvik, 1 Ostra, 1 Tarnvik, 4 screws.", Friday).Claims;

        Assert.All(claims.Where(c => c.Quote is "2" or "1"), c => Assert.Null(c.Subject));
        Assert.Contains(claims, c => c.Quote is "2" or "1");
    }

    [Theory]
    [InlineData("Okonkwo 14 points.", "14", "Okonkwo")]
    [InlineData("Haldane 2 goals.", "2", "Haldane")]
    public void A_stat_line_counts_for_the_name_that_opens_it(string line, string quote, string name)
    {
        var claim = ClaimIn(Match + line, quote);

        Assert.Equal(name, claim.Subject?.Name);
    }

    [Theory]
    [InlineData("Photo 3 of 5.", "3")]
    [InlineData("Rebounds 14 total.\n\nThe rebounds decided it.", "14")]
    public void A_short_line_opened_by_a_common_word_or_a_position_names_no_one(string line, string quote)
    {
        var claim = ClaimIn(Match + line, quote);

        Assert.NotEqual(line.Split(' ')[0], claim.Subject?.Name);
    }

    [Theory]
    [InlineData("Walk for 30 minutes after every meal.", "30 minutes")]
    [InlineData("Aim for 8 hours of sleep a night.", "8 hours")]
    [InlineData("Don't spend more than $40 on a heater.", "$40")]
    public void An_instruction_to_the_reader_is_not_about_the_main_actor(string sentence, string quote)
    {
        var claim = ClaimIn(Recall + sentence, quote);

        Assert.Null(claim.Subject);
    }

    [Fact]
    public void A_recipes_amount_is_not_the_main_actors()
    {
        var claim = ClaimIn(Recall + "The dressing takes 2 tbsp of olive oil.", "2 tbsp");

        Assert.Null(claim.Subject);
    }

    [Fact]
    public void A_capitalized_unit_inside_a_later_figure_is_not_a_subject()
    {
        var claim = ClaimIn(Recall + "The salad needs ½ cup feta and 1 Tbsp. vinegar.", "½ cup");

        Assert.Null(claim.Subject);
    }

    [Fact]
    public void A_capitalized_unit_inside_a_figure_is_not_the_main_actor()
    {
        const string text = "Hot summer\n\nThe average temperature over the three months was 24.2 degrees Celsius, 2.1 degrees above normal.";

        Assert.Null(ClaimIn(text, "2.1 degrees").Subject);
    }

    [Fact]
    public void A_title_case_label_the_page_also_writes_in_lower_case_is_not_the_main_actor()
    {
        var claim = ClaimIn("Savings Planner\n\nSavings Planner\n\nOur savings planner helps families. Spending on food rose 4% last year.", "4%");

        Assert.Null(claim.Subject);
    }

    [Fact]
    public void A_name_described_inside_a_prepositional_phrase_sets_the_scene()
    {
        var claim = ClaimIn(Recall + "In their annual Halvik survey, owners rated 70% of the heaters as safe.", "70%");

        Assert.NotEqual("Halvik", claim.Subject?.Name);
    }

    [Fact]
    public void A_name_opening_a_line_is_not_in_a_phrase_the_line_before_ends_with()
    {
        var claim = ClaimIn(Recall + "Rest for a day after your workout\n\nHalvik Stew, 2 cups of rice", "2 cups");

        Assert.Equal("Halvik Stew", claim.Subject?.Name);
    }

    [Theory]
    [InlineData("Heater prices rose 4% in May, according to Pricewise.com, a California-based data firm.")]
    [InlineData("Heater prices rose 4% in May, according to a report from Pricewise, a California-based publisher.")]
    public void A_place_describing_the_source_is_not_the_subject(string sentence)
    {
        var claim = ClaimIn(Recall + sentence, "4%");

        Assert.Equal("Brantwell Group", claim.Subject?.Name);
    }

    [Fact]
    public void A_persons_pronoun_points_at_the_person_last_named()
    {
        var claim = ClaimIn(Recall + "The Leeds plant is run by Maria Okafor. She hired 300 engineers last year.", "300");

        Assert.Equal("Maria Okafor", claim.Subject?.Name);
    }

    [Theory]
    [InlineData("Maria Okafor runs the plant. “He hired 300 engineers last year,” she said.")]
    [InlineData("Maria Okafor runs the plant. Last year 300 engineers were hired, she said.")]
    public void A_pronoun_inside_a_quotation_or_naming_the_speaker_is_left_alone(string sentence)
    {
        var claim = ClaimIn(Recall + sentence, "300");

        Assert.NotEqual("Maria Okafor", claim.Subject?.Name);
    }

    [Theory]
    [InlineData("We live 40 miles from Leeds, so I drove 2 hours to the plant.", "2 hours")]
    [InlineData("And I found out 35 neighbours in Leeds own one of the heaters.", "35")]
    public void A_figure_the_writer_tells_of_themselves_is_not_about_the_main_actor(string sentence, string quote)
    {
        var claim = ClaimIn(Recall + sentence, quote);

        Assert.Null(claim.Subject);
    }

    [Theory]
    [InlineData("My 15-inch Halvik Pro has a fan.", "15-inch", "Halvik Pro")]
    [InlineData("I never use the heater without the Ostra Shield ($129, regular $149).", "$129", "Ostra Shield")]
    public void A_name_the_writers_figure_describes_is_its_subject(string sentence, string quote, string name)
    {
        var claim = ClaimIn(Recall + sentence, quote);

        Assert.Equal(name, claim.Subject?.Name);
    }

    [Theory]
    [InlineData("Norvik Motors builds the fans. It took 3 hours to test each heater.", "3 hours")]
    [InlineData("Norvik Motors builds the fans. It is expected that 5,000 heaters will be repaired.", "5,000")]
    [InlineData("Norvik Motors builds the fans. It was 5 degrees when the first heater failed.", "5 degrees")]
    public void An_it_that_stands_for_nothing_does_not_point_at_the_last_company(string sentence, string quote)
    {
        var claim = ClaimIn(Recall + sentence, quote);

        Assert.NotEqual("Norvik Motors", claim.Subject?.Name);
    }

    [Fact]
    public void An_it_after_a_company_still_points_at_it()
    {
        var claim = ClaimIn(Recall + "Norvik Motors builds the fans. It sold 5,000 fans to the group last year.", "5,000");

        Assert.Equal("Norvik Motors", claim.Subject?.Name);
    }

    [Theory]
    [InlineData("Passenger numbers rose 6% last year, driven by demand on routes to North America. Cargo volumes rose 7%.", "North America")]
    [InlineData("Chocolate sales rose 8% over Easter. Egg sales rose 7%.", "Easter")]
    public void A_cause_trailing_the_lead_or_a_holiday_is_not_the_main_actor(string text, string name)
    {
        Assert.NotEqual(name, ClaimIn(text, "7%").Subject?.Name);
    }

    [Fact]
    public void A_party_the_story_is_about_owns_no_turnout()
    {
        var claim = ClaimIn("Landslide for Rowan Party\n\nThe Rowan Party won 412 seats on Thursday.\n\nTurnout was about 60%.", "60%");

        Assert.NotEqual("Rowan Party", claim.Subject?.Name);
    }

    [Fact]
    public void Shares_of_a_company_are_that_companys_in_another_companys_story()
    {
        const string text = "Delta cancels flights\n\nDelta Air Lines canceled 1,250 flights on Monday. Shares of CrowdStrike have fallen about 22% since the outage.";

        Assert.Equal("CrowdStrike", ClaimIn(text, "22%").Subject?.Name);
    }

    [Theory]
    [InlineData("Keir Starmer's Labour Party won 412 of the 650 seats.", "412", "Labour Party")]
    [InlineData("Elon Musk's Tesla sold 1.8 million cars last year.", "1.8 million", "Tesla")]
    [InlineData("Nigel Farage's Reform UK came third in the popular vote with more than 4 million votes.", "4 million", "Reform UK")]
    public void The_organization_a_person_is_named_as_possessor_of_acts(string sentence, string quote, string name)
    {
        Assert.Equal(name, ClaimIn("Results\n\nThe count is over.\n\n" + sentence, quote).Subject?.Name);
    }

    [Theory]
    [InlineData("Tesla CEO Elon Musk was paid $56 billion.", "$56 billion", "Elon Musk")]
    [InlineData("Former FTX chief Sam Bankman-Fried was sentenced to 25 years in prison.", "25 years", "Sam Bankman-Fried")]
    [InlineData("Nvidia Chief Executive Jensen Huang sold 240,000 shares.", "240,000", "Jensen Huang")]
    public void The_person_a_role_in_an_organization_names_acts(string sentence, string quote, string name)
    {
        Assert.Equal(name, ClaimIn("Results\n\nThe count is over.\n\n" + sentence, quote).Subject?.Name);
    }

    [Fact]
    public void A_quoted_title_opening_with_a_name_is_no_long_form_of_it()
    {
        var claim = ClaimIn("Apple introduces 'Apple Developer' app\n\nApple sold 3 million laptops in the quarter.", "3 million");

        Assert.Equal("Apple", claim.Subject?.Name);
    }

    [Fact]
    public void A_picture_credit_under_the_headline_is_not_the_main_actor()
    {
        var claim = ClaimIn("Heater recall widens\n\nFotoNordic Images\n\nBrantwell Group is recalling heaters in Scotland. The recall covers 40,000 heaters.", "40,000");

        Assert.Equal("Brantwell Group", claim.Subject?.Name);
    }

    [Fact]
    public void It_after_a_nationality_describing_a_company_points_at_the_company_not_the_country()
    {
        var claim = ClaimIn(Recall + "The order matters for Norvik Motors. It is crucial for the Swedish engineering firm. It sold 5,000 fans last year.", "5,000");

        Assert.Equal("Norvik Motors", claim.Subject?.Name);
    }

    [Theory]
    [InlineData("Step 2\n\nUnplug the heater.", "2")]
    [InlineData("Slide 3 of 8\n\nThe heaters were sold in Scotland.", "3")]
    [InlineData("Brantwell 4\n\nThe heaters were sold in Scotland.", "4")]
    public void A_counter_line_numbers_the_page_and_is_no_ones(string line, string quote)
    {
        var claim = ClaimIn(Recall + line, quote);

        Assert.Null(claim.Subject);
    }

    [Theory]
    [InlineData("Owners Ann Lee and Raj Patel met at a fair. The two became partners in 2009.", "two")]
    [InlineData("Three engineers left the plant. The three agreed to found a rival in 2012.", "three")]
    public void A_bare_numeral_standing_for_people_named_before_is_not_about_the_main_actor(string sentence, string quote)
    {
        var claim = ClaimIn(Recall + sentence, quote);

        Assert.Null(claim.Subject);
    }

    [Fact]
    public void The_two_heaters_a_figure_describes_still_belong_to_the_main_actor()
    {
        var claim = ClaimIn(Recall + "The two heaters failed within a week.", "two");

        Assert.Equal("Brantwell Group", claim.Subject?.Name);
    }

    [Theory]
    [InlineData("Mortgage rates fell to 6.4% last week.", "6.4%")]
    [InlineData("Unemployment in the region stood at 3.9% in May.", "3.9%")]
    [InlineData("The average rent rose 7% this year.", "7%")]
    public void A_measure_of_a_whole_economy_is_not_the_companys_the_story_is_about(string sentence, string quote)
    {
        var claim = ClaimIn(Recall + sentence, quote);

        Assert.Null(claim.Subject);
    }

    [Theory]
    [InlineData("The Glasgow-based group said 1,200 units had been checked.", "1,200")]
    [InlineData("Its Texas-made heaters sold 9,000 units last year.", "9,000")]
    public void A_place_that_locates_the_thing_is_not_the_subject_of_its_figures(string sentence, string quote)
    {
        var claim = ClaimIn(Recall + sentence, quote);

        Assert.Equal("Brantwell Group", claim.Subject?.Name);
    }

    [Theory]
    [InlineData("Tropical Storm Odessa hit the coast on Saturday. The storm came ashore near Wilmington with winds of 65 mph.", "65 mph", "Tropical Storm Odessa")]
    [InlineData("Hurricane Milton weakened overnight. The hurricane dumped 14 inches of rain on Tampa.", "14 inches", "Hurricane Milton")]
    [InlineData("Hurricane Milton hit Florida with 120 mph winds.", "120 mph", "Hurricane Milton")]
    public void A_storm_named_kind_first_is_what_the_storm_points_at(string text, string quote, string storm)
    {
        Assert.Equal(storm, ClaimIn(text, quote).Subject?.Name);
    }

    [Fact]
    public void A_companys_own_interest_income_stays_the_companys()
    {
        var claim = ClaimIn(Recall + "Net interest income rose 4% to $310 million in the quarter.", "$310 million");

        Assert.Equal("Brantwell Group", claim.Subject?.Name);
    }

    [Fact]
    public void A_measure_of_a_whole_economy_still_belongs_to_the_place_the_story_is_about()
    {
        var claim = ClaimIn("Tarnwick rents climb\n\nRents in Tarnwick climbed again this spring, Tarnwick council said.\n\nThe average rent rose 7% this year.", "7%");

        Assert.Equal("Tarnwick", claim.Subject?.Name);
    }

    [Theory]
    [InlineData("British retailer Brantwell Group said hackers had stolen the data of 4.6 million customers, in one of the largest breaches in the country's history.", "4.6 million")]
    [InlineData("Brantwell Group was hacked on Monday. Hackers stole the data of 4.6 million customers, the biggest breach in Britain's history.", "4.6 million")]
    public void A_possessive_name_setting_the_scene_owns_no_figure(string sentence, string quote)
    {
        Assert.Equal("Brantwell Group", ClaimIn("Brantwell Group hacked\n\n" + sentence, quote).Subject?.Name);
    }

    [Theory]
    [InlineData("Chief Executive Sarah Mitchell apologised to customers and said the company would spend 25 million pounds on security.", "25 million pounds", "Brantwell Group")]
    [InlineData("Chief Executive Sarah Mitchell apologised to customers and said she would give up 20% of her pay.", "20%", "Sarah Mitchell")]
    [InlineData("Chief Executive Sarah Mitchell said its sales rose 12% in the quarter.", "12%", "Brantwell Group")]
    [InlineData("Chief Executive Sarah Mitchell said sales rose 12% in the quarter.", "12%", "Brantwell Group")]
    [InlineData("Sarah Mitchell, Nationwide's chief economist, said sales rose 12% in the quarter.", "12%", "Brantwell Group")]
    [InlineData("The Yorkshire health authority reported its third case of measles after two other cases last week.", "two", "Yorkshire")]
    public void A_speaker_before_a_clause_naming_its_own_subject_is_the_source(string sentence, string quote, string subject)
    {
        Assert.Equal(subject, ClaimIn("Brantwell Group hacked\n\nBrantwell Group was hacked on Monday.\n\n" + sentence, quote).Subject?.Name);
    }

    [Theory]
    [InlineData("Novo Nordisk said on Thursday its pill helped patients lose weight.")]
    [InlineData("Novo Nordisk said its pill helped patients lose weight.")]
    public void A_name_that_says_its_is_a_body_a_later_its_means(string first)
    {
        string text = "Novo's pill cuts weight\n\n" + first + "\n\nNovo Nordisk plans to file for U.S. approval later this year. Its injectable Wegovy generated sales of 58.2 billion Danish crowns last year.";

        Assert.Equal("Novo Nordisk", ClaimIn(text, "58.2 billion Danish crowns").Subject?.Name);
    }

    [Theory]
    [InlineData("Shares in Norvair rose 3% in Dublin. Ireland's largest airline will buy 300 jets.", "300", "Norvair")]
    [InlineData("Shares in Harwell Bank fell in Britain. The country's biggest lender will cut 1,200 jobs.", "1,200", "Harwell Bank")]
    [InlineData("Britain's biggest lender Harwell Bank reported a profit of £5 billion.", "£5 billion", "Harwell Bank")]
    [InlineData("Europe's largest low-cost airline Norvair carried 200 million passengers.", "200 million", "Norvair")]
    [InlineData("Japan's Kirova sold 9 million cars.", "9 million", "Kirova")]
    public void A_company_a_place_ranks_or_owns_is_the_subject_not_the_place(string sentence, string quote, string subject)
    {
        Assert.Equal(subject, ClaimIn("Markets\n\nTrading was quiet.\n\n" + sentence, quote).Subject?.Name);
    }

    [Theory]
    [InlineData("0.3%", "Nikkei 225")]
    [InlineData("0.5%", "Kospi")]
    public void A_tickers_bracket_after_a_name_does_not_cut_the_name_from_its_figure(string quote, string index)
    {
        const string text = "Asian stocks mixed\n\nThe major Asian market indexes were mixed.\n\n"
            + "Japan's Nikkei 225 (N225) declined 0.3%, while South Korea's Kospi Index (KOSPI) fell 0.5%.";

        Assert.Equal(index, ClaimIn(text, quote).Subject?.Name);
    }

    [Theory]
    [InlineData("The British lender made a pretax profit of 2.2 billion pounds.", "2.2 billion pounds", "Halden Bank")]
    [InlineData("Shares of the London-based bank fell 2.5% in early trading.", "2.5%", "Halden Bank")]
    [InlineData("Income at the investment bank rose 11% to 2.9 billion pounds.", "11%", "Halden Bank")]
    [InlineData("The Swedish truckmaker will cut 1,200 jobs.", "1,200", "Halden Bank")]
    [InlineData("The Columbus, Ohio, company said the incident would cost $90 million to $110 million in 2025.", "$90 million to $110 million", "Halden Bank")]
    public void A_firm_described_with_words_before_its_noun_is_the_firm_last_named(string sentence, string quote, string subject)
    {
        const string lead = "Halden Bank profit rises\n\nHalden Bank reported results on Thursday. Analysts had expected a loss.\n\n";

        Assert.Equal(subject, ClaimIn(lead + sentence, quote).Subject?.Name);
    }

    [Fact]
    public void A_work_described_by_its_studio_is_the_work_last_titled()
    {
        const string text = "\"A Minecraft Movie\" opened to $157 million on Sunday. "
            + "The Warner Bros. film, which cost about $150 million to make, added $144 million overseas.";

        Assert.Equal("A Minecraft Movie", ClaimIn(text, "$144 million").Subject?.Name);
        Assert.Equal("international:revenue.value", ClaimIn(text, "$144 million").MetricKey);
    }

    [Fact]
    public void A_central_bank_is_no_description_of_the_company_last_named()
    {
        const string text = "Halden Bank profit rises\n\nHalden Bank reported results on Thursday.\n\nThe US central bank raised rates by 0.25 percentage point.";

        Assert.NotEqual("Halden Bank", ClaimIn(text, "0.25 percentage point").Subject?.Name);
    }

    [Theory]
    [InlineData("Inflation in the euro zone fell to 1.8% in September.", "1.8%", "Euro Area")]
    [InlineData("Unemployment in the eurozone held at 6.4% in August.", "6.4%", "Euro Area")]
    [InlineData("Economists polled by Reuters expect the ECB to cut rates by a quarter point next week.", "a quarter point", "European Central Bank")]
    [InlineData("Regulators urged Korvat to recall 40,000 cars.", "40,000", "Korvat")]
    public void The_euro_zone_is_a_place_and_the_name_a_verb_sets_to_act_is_the_subject(string sentence, string quote, string subject)
    {
        Assert.Equal(subject, ClaimIn("Prices\n\nMarkets were calm.\n\n" + sentence, quote).Subject?.Name);
    }

    [Theory]
    [InlineData("Health officials in Dunmore, where an outbreak at a shelter infected 64 people, said cases had begun to decline.", "64", "Dunmore")]
    [InlineData("Officials in Dunmore, where Korvat employs 2,000 people, said nothing.", "2,000", "Korvat")]
    public void A_where_clause_with_no_subject_of_its_own_is_about_its_place(string sentence, string quote, string subject)
    {
        Assert.Equal(subject, ClaimIn("Measles cases rise in the United States\n\nThe United States recorded 285 measles cases this year.\n\n" + sentence, quote).Subject?.Name);
    }

    [Theory]
    [InlineData("The Office for Budget Responsibility said the tax burden would reach a record 38% of GDP.", "38%", "United Kingdom")]
    [InlineData("The Congressional Budget Office said the deficit would reach $1.9 trillion.", "$1.9 trillion", "United States")]
    public void A_fiscal_watchdogs_figures_are_its_countrys(string sentence, string quote, string country)
    {
        Assert.Equal(country, ClaimIn("Budget\n\nMarkets were calm.\n\n" + sentence, quote).Subject?.Name);
    }

    [Theory]
    [InlineData("49%", "Kamala Harris")]
    [InlineData("46%", "Donald Trump")]
    public void The_second_figure_of_a_pair_is_the_second_names(string quote, string subject)
    {
        const string text = "Poll\n\nVice President Kamala Harris leads former President Donald Trump 49% to 46% among likely voters.";

        Assert.Equal(subject, ClaimIn(text, quote).Subject?.Name);
    }

    [Fact]
    public void A_title_left_alone_beside_a_known_person_is_no_name()
    {
        const string text = "Poll\n\nVice President Kamala Harris leads former President Donald Trump in a new poll.";

        Assert.DoesNotContain(Shared.Run(text, Friday).Mentions, m => m.Entity.Name == "President");
    }

    [Theory]
    [InlineData("Toyota sold 10.3 million vehicles worldwide in 2023, keeping its crown as the top-selling carmaker.", "10.3 million")]
    [InlineData("NASA plans to spend a total of $2.6 billion on its lunar contracts through 2028, agency officials said.", "$2.6 billion")]
    [InlineData("Reddit and some of its shareholders raised $748 million in the offering, selling 22 million shares.", "22 million")]
    [InlineData("Toyota and its suppliers sold 12,000 hydrogen cars last year.", "12,000")]
    public void A_total_the_clauses_own_subject_states_is_that_subjects_total(string sentence, string quote)
    {
        var claim = ClaimIn("Sales\n\nMarkets were calm.\n\n" + sentence, quote);

        Assert.NotNull(claim.Subject);
        Assert.StartsWith("total:", claim.MetricKey, StringComparison.Ordinal);
    }

    [Fact]
    public void A_known_company_is_not_its_products_short_name()
    {
        const string text = "Apple sales rise\n\nApple sold 10 million iPhones in the quarter. The Apple Vizor headset costs $3,499.";

        Assert.Equal("Apple", ClaimIn(text, "10 million").Subject?.Name);
        Assert.Equal("Apple Vizor", ClaimIn(text, "$3,499").Subject?.Name);
    }

    [Fact]
    public void A_thing_named_with_its_kind_is_what_that_kind_points_at_and_what_a_figure_before_the_pair_describes()
    {
        const string text = "Baltimore bridge collapses after ship strike\n\nSix workers are presumed dead after a ship crashed into the bridge in Baltimore, officials said.\n\n" +
            "The 984-foot container ship Dali, sailing under a Singapore flag, struck a pillar. Two people were pulled from the water.\n\n" +
            "The workers were filling potholes. The governor said the crew had issued a mayday call.\n\nAbout 30,000 vehicles a day crossed the bridge.\n\n" +
            "The ship had 22 crew members on board.";

        Assert.Equal("Dali", ClaimIn(text, "984-foot").Subject?.Name);
        Assert.Equal("Dali", ClaimIn(text, "22").Subject?.Name);
    }

    [Theory]
    [InlineData("The stock opened at $47, well above its initial public offering price of $34.", "$47")]
    [InlineData("The company sold 15.3 million shares in the offering.", "15.3 million")]
    public void An_exchange_shares_trade_on_is_not_the_company_nor_the_stock(string sentence, string quote)
    {
        var claim = ClaimIn("Shares of Reddit soared 48% in their first day of trading on the New York Stock Exchange on Thursday. " + sentence, quote);

        Assert.Equal("Reddit", claim.Subject?.Name);
    }

    [Theory]
    [InlineData("Ford to fix 850,000 cars\n\nFord is recalling 850,000 vehicles, including the Ford Explorer. Ford shares fell 1.1 percent.", "1.1 percent", "Ford")]
    [InlineData("Ford Motor is recalling 850,000 vehicles, including the Ford Explorer. Ford said it knew of 12 crashes.", "12", "Ford Motor")]
    public void A_company_the_story_names_as_one_is_not_its_products_short_name(string text, string quote, string company)
    {
        Assert.Equal(company, ClaimIn(text, quote).Subject?.Name);
    }

    [Theory]
    [InlineData("Daniel Mercer pleaded guilty in March. Judge Alison Hartley also ordered him to pay $410 million in restitution.", "$410 million", "Daniel Mercer")]
    [InlineData("Regulators forced Boeing to cut production to 38 jets a month.", "38", "Boeing")]
    [InlineData("A Georgia jury on Friday ordered Bayer's Monsanto unit to pay nearly $2.1 billion.", "$2.1 billion", "Monsanto")]
    [InlineData("Daniel Mercer founded Coinvault in 2019. It held $1.2 billion. It collapsed in 2022. He told the court he was sorry. He faced a maximum of 40 years.", "40 years", "Daniel Mercer")]
    public void The_one_made_to_act_or_a_person_a_chain_of_pronouns_keeps_naming_owns_the_figure(string text, string quote, string name)
    {
        Assert.Equal(name, ClaimIn("Court\n\nThe court sat.\n\n" + text, quote).Subject?.Name);
    }

    [Theory]
    [InlineData("The typical rent is now £1,339 a month.", "£1,339", "United Kingdom")]
    [InlineData("The average salary is £35,000.", "£35,000", "London")]
    public void A_sentence_naming_no_one_goes_on_with_the_place_the_one_before_opened_with_for_a_measure_it_gave_that_place(string sentence, string quote, string subject)
    {
        const string story = "London rents climb 10.5%\n\nTenants in London pay an average of £2,223 a month, 10.5% more than a year ago.\n\n"
            + "Across the UK, private rents were 8.7% higher in August than a year earlier. ";

        Assert.Equal(subject, ClaimIn(story + sentence, quote).Subject?.Name);
    }

    [Theory]
    [InlineData("A 2015 earthquake in Nepal killed nearly 9,000 people.", "9,000")]
    [InlineData("In 2015, a magnitude 7.8 quake in Nepal killed almost 9,000 people.", "magnitude 7.8")]
    [InlineData("In 2015, a magnitude 7.8 quake in Nepal killed almost 9,000 people.", "9,000")]
    public void A_disasters_toll_is_the_place_it_struck_not_the_storys(string sentence, string quote)
    {
        const string story = "Earthquake kills 126 in Tibet\n\nA powerful earthquake struck Tibet on Tuesday, killing at least 126 people in Tibet.\n\n";

        Assert.Equal("Nepal", ClaimIn(story + sentence, quote).Subject?.Name);
    }

    [Theory]
    [InlineData("Liverpool sign Wirtz", "Liverpool will pay 100 million pounds, surpassing the 115 million pounds Chelsea paid Brighton in 2023.", "115 million pounds", "Chelsea")]
    [InlineData("Liverpool sign Wirtz", "Premier League champions Liverpool have signed Florian Wirtz for a fee of up to 116 million pounds.", "116 million pounds", "Liverpool")]
    [InlineData("Poland votes", "Nawrocki took 50.89% of the vote in Sunday's runoff, against 49.11% for Warsaw Mayor Rafal Trzaskowski.", "49.11%", "Rafal Trzaskowski")]
    [InlineData("Poland votes", "Nawrocki took 50.89% of the vote in Sunday's runoff, against 49.11% for Rafal Trzaskowski.", "49.11%", "Rafal Trzaskowski")]
    public void A_figure_is_of_the_name_it_is_told_of_or_set_against_another_for_and_a_league_describing_a_club_acts_for_none(string headline, string sentence, string quote, string name)
    {
        Assert.Equal(name, ClaimIn(headline + "\n\nThe story began.\n\n" + sentence, quote).Subject?.Name);
    }

    [Theory]
    [InlineData("Keir Starmer became prime minister after his Labour Party won 411 seats in the election.", "411", "Labour Party")]
    [InlineData("Keir Starmer will become prime minister after the Labour Party won a landslide victory, taking 411 seats.", "411", "Labour Party")]
    [InlineData("Apple shares rose 3% after Microsoft reported revenue of $65 billion.", "$65 billion", "Microsoft")]
    [InlineData("Lawan spoke after the Taliban swapped two Western hostages for three of its commanders.", "two", "Taliban")]
    [InlineData("Mars will buy Kellanova, the largest deal since Kraft merged with Heinz in 2015 in a deal worth about $46 billion.", "$46 billion", "Kraft")]
    public void A_subordinate_clause_opening_with_a_name_a_few_words_before_the_figure_is_that_names(string sentence, string quote, string name)
    {
        Assert.Equal(name, ClaimIn("Politics\n\nThe vote was held.\n\n" + sentence, quote).Subject?.Name);
    }

    [Fact]
    public void A_subordinate_clause_that_opens_with_another_word_gives_its_later_names_no_figure()
    {
        const string text = "Assists\n\nLeBron James has five triple-doubles in the last 10 games. There is a reason for this spree: Although James has "
            + "constantly filled the stat sheet since he joined the league in 2003, he is leading the NBA this season with 11.1 assists per game.";

        Assert.NotEqual("NBA", ClaimIn(text, "11.1").Subject?.Name);
    }

    [Fact]
    public void An_economys_measure_with_no_subject_is_the_economy_the_story_last_measured()
    {
        const string text = "Inflation eases\n\nConsumer prices increased 3.4 percent from a year earlier in April, the Bureau of Labor Statistics reported. "
            + "The core measure rose 3.7 percent from a year earlier.";

        Assert.Equal("United States", ClaimIn(text, "3.7 percent").Subject?.Name);
    }

    [Theory]
    [InlineData("The 25-year-old France captain will earn about €15 million a year after tax.", "€15 million")]
    [InlineData("He received a signing bonus of €100 million.", "€100 million")]
    public void An_age_standing_for_an_unknown_name_makes_it_a_person_later_pronouns_reach(string sentence, string quote)
    {
        const string lead = "Real Madrid sign Mbappe\n\nKylian Mbappe has joined Real Madrid on a five-year contract after his deal at Paris Saint-Germain "
            + "expired, the Spanish club announced. The 25-year-old France captain will earn about €15 million a year after tax, according to reports.";

        Assert.Equal("Kylian Mbappe", ClaimIn(sentence.StartsWith("He", StringComparison.Ordinal) ? lead + " " + sentence : lead, quote).Subject?.Name);
    }

    [Fact]
    public void A_where_clause_after_a_place_and_its_place_noun_is_about_that_place()
    {
        const string text = "Floods in Spain\n\nFlash floods in eastern Spain have killed at least 95 people. Most of the deaths were in the Valencia region, where 92 bodies have been recovered.";

        Assert.Equal("Valencia", ClaimIn(text, "92").Subject?.Name);
    }

    [Theory]
    [InlineData("Kamala Harris leads Donald Trump by 49% to 47% among likely voters, according to a Siena College poll.", "47%", "Donald Trump")]
    [InlineData("A new poll shows Kamala Harris with 50% support to Donald Trump's 47%, within the margin of error.", "47%", "Donald Trump")]
    [InlineData("Amazon offers Apple's 12-inch MacBook for $700.", "12-inch", "Apple")]
    public void A_figure_after_a_possessive_name_or_the_second_of_a_lead_by_a_pair_is_that_names(string sentence, string quote, string name)
    {
        Assert.Equal(name, ClaimIn("Poll\n\nVoters were asked.\n\n" + sentence, quote).Subject?.Name);
    }

    [Fact]
    public void A_place_a_comma_sets_off_before_at_and_a_share_stands_at_it()
    {
        const string text = "One in four US adults has a disability, CDC says\n\nAbout 70 million adults in the United States, or 28.7%, reported "
            + "having a disability in 2022, according to the Centers for Disease Control and Prevention.\n\nThe rate was highest in Mississippi, "
            + "at 37%, and lowest in Minnesota, at 22%.";

        Assert.Equal("Mississippi", ClaimIn(text, "37%").Subject?.Name);
        Assert.Equal("Minnesota", ClaimIn(text, "22%").Subject?.Name);
    }

    [Fact]
    public void A_place_a_superlative_ranks_stands_at_a_sum_after_a_where_clause_ends()
    {
        const string text = "Gas prices drop to three-year low\n\nDrivers will find the cheapest gas in three years, AAA said.\n\n"
            + "Prices remain highest in California, where drivers pay an average of $4.61, and lowest in Mississippi, at $2.62 a gallon.";

        Assert.Equal("Mississippi", ClaimIn(text, "$2.62").Subject?.Name);
    }

    [Theory]
    [InlineData("Microsoft said on Tuesday that sales climbed 12% to $69.6 billion.", "$69.6 billion", "Microsoft")]
    [InlineData("Revenue rose 19% to $40.6 billion, Meta said.", "$40.6 billion", "Meta")]
    [InlineData("Meta said capital expenditures would be $38 billion to $40 billion.", "$38 billion to $40 billion", "Meta")]
    [InlineData("Sales rose 7% in the quarter, according to FactSet.", "7%", "Apple")]
    [InlineData("The average price of regular unleaded slid to $2.97 a gallon, motor club AAA said.", "$2.97", "Apple")]
    public void A_firm_that_reports_a_figure_its_clause_names_no_one_for_reports_its_own(string sentence, string quote, string subject)
    {
        const string lead = "Apple results beat forecasts\n\nApple said revenue rose 4% to $124.3 billion last quarter.\n\n";

        Assert.Equal(subject, ClaimIn(lead + sentence, quote).Subject?.Name);
    }

    [Theory]
    [InlineData("Black Myth drew 2.2 million players on Steam, trailing only PUBG's record of 3.2 million.", "3.2 million", "PUBG")]
    [InlineData("Samsung shipped 58 million phones, beating Apple's quarterly total of 54 million.", "54 million", "Apple")]
    public void A_figure_of_a_noun_a_possessive_name_owns_is_that_names(string sentence, string quote, string owner)
    {
        Assert.Equal(owner, ClaimIn(Lead + sentence, quote).Subject?.Name);
    }

    [Fact]
    public void A_colon_inside_a_title_ends_no_clause_and_the_work_a_description_names_is_of_its_kind()
    {
        const string text = "China's first blockbuster video game is a hit\n\n\"Black Myth: Wukong\", a Chinese-made action game based on the "
            + "classic novel \"Journey to the West\", sold 10 million copies in its first three days. The game cost 300 million yuan to make.";

        Assert.Equal("Black Myth: Wukong", ClaimIn(text, "10 million").Subject?.Name);
        Assert.Equal("Black Myth: Wukong", ClaimIn(text, "300 million yuan").Subject?.Name);
    }

    [Fact]
    public void A_city_set_before_the_sentences_first_comma_is_where_its_figure_is_and_a_city_describing_a_noun_acts_in_none()
    {
        const string text = "Empty offices pile up across America\n\nOne in five US office buildings now sits empty. In San Francisco, "
            + "28.5 percent of office space was vacant.\n\nPolice rescued a 8-year-old Fort Worth girl. In a three-hour interview "
            + "with the FBI, Webb confessed.";

        Assert.Equal("San Francisco", ClaimIn(text, "28.5 percent").Subject?.Name);
        Assert.Equal(EntityType.Loc, ClaimIn(text, "28.5 percent").Subject?.Type);
        Assert.NotEqual("Fort Worth", ClaimIn(text, "three-hour").Subject?.Name);
    }

    [Theory]
    [InlineData("Americans living longer as pandemic fades\n\nAmericans can expect to live longer, federal data showed.\n\nThe number of deaths dropped to 3.1 million last year.", "3.1 million")]
    [InlineData("Four in ten American adults are obese\n\nRoughly four in ten American adults are obese, researchers said.\n\nThe obesity rate among adults was 40.3 percent.", "40.3 percent")]
    public void A_nations_people_the_story_opens_with_are_its_main_actor(string text, string quote)
    {
        Assert.Equal("United States", ClaimIn(text, quote).Subject?.Name);
    }

    [Theory]
    [InlineData("Van production collapsed 37.9 per cent to 125,649 as Luton closed.")]
    [InlineData("Van production collapsed 37.9 per cent to 125,649 as Stellantis shut its Luton plant.")]
    [InlineData("Van production collapsed 37.9 per cent to 125,649 after Luton closed.")]
    public void A_name_opening_a_clause_after_the_figure_is_no_subject_of_it(string sentence)
    {
        Assert.Equal("United Kingdom", ClaimIn("UK car output slumps\n\nBritain built 779,584 cars last year.\n\n" + sentence, "125,649").Subject?.Name);
    }

    [Fact]
    public void A_place_after_a_fronted_time_of_day_is_no_scene_of_the_figure()
    {
        const string text = "Gold hits record\n\nGold climbed to $2,740.37 an ounce on Monday.\n\nBy midday in London, spot gold traded 0.8 per cent higher at $2,731.60.";

        Assert.Equal("Gold", ClaimIn(text, "0.8 per cent").Subject?.Name);
    }

    [Fact]
    public void A_rival_named_at_a_sentences_start_is_the_name_alone()
    {
        Assert.Equal("Gatwick", ClaimIn("Heathrow record\n\nRival Gatwick handled 43.2 million passengers.", "43.2 million").Subject?.Name);
    }

    [Fact]
    public void A_name_inside_a_time_expression_acts_in_nothing()
    {
        Assert.Null(ClaimIn("Airports\n\nBefore the Covid-19 pandemic, 5 million people flew each year.", "5 million").Subject);
    }

    [Fact]
    public void The_country_is_the_country_last_named_not_a_state()
    {
        const string text = "Avalanche deaths\n\nAt least 20 people have died in avalanches in the United States this winter.\n\n"
            + "Colorado has recorded six deaths, the most of any state, followed by Utah with four. The country averages about 27 avalanche deaths a season.";

        Assert.Equal("United States", ClaimIn(text, "27").Subject?.Name);
    }

    [Fact]
    public void A_sentence_opening_nationally_is_the_one_country_the_story_names()
    {
        const string text = "Colorado leads nation in avalanche deaths\n\nColorado has now seen seven avalanche deaths this season.\n\n"
            + "Nationally, 20 people have been killed in avalanches since the season began. The average for a full season across the U.S. is about 27.";

        Assert.Equal("United States", ClaimIn(text, "20").Subject?.Name);
    }

    private const string Match = "Riverside beats Eastbrook\n\nRiverside beat Eastbrook 71-64 on Friday night.\n\n";

    private const string Recall = "Brantwell Group recalls heaters\n\nBrantwell Group is recalling 40,000 heaters in Scotland after reports of fires.\n\n";

    private static Claim ClaimIn(string text, string quote) => Shared.ClaimIn(text, quote, Friday);
}
