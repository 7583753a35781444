using ClaimExtractor.Core.Claims;
using ClaimExtractor.Core.Quantities;
using ClaimExtractor.Nlp.Tests.Support;

namespace ClaimExtractor.Nlp.Tests;

/// <summary>
/// Claim frames (subject, metric key, period) that let the checker align two outlets' reports of one story: the
/// same figure written differently must get the same key, and different figures must not.
/// </summary>
public sealed class ClaimFrameTests
{
    // a Friday
    private static readonly DateOnly Friday = new(2025, 3, 14);

    [Theory]
    [InlineData("The storm had flooded 3,100 homes by Wednesday evening, officials said.", "3,100", "2025-03-12")]
    [InlineData("The blaze had charred 8,300 hectares as of Thursday night, the agency said.", "8,300 hectares", "2025-03-13")]
    [InlineData("Rescuers pulled 41 people from the rubble on Friday.", "41", "2025-03-14")]
    [InlineData("By late Monday, 2,600 residents had been moved to shelters.", "2,600", "2025-03-10")]
    public void A_weekday_dates_a_figure_as_the_latest_such_day_before_publication(string text, string quote, string day)
    {
        var claim = ClaimIn(text, quote);

        Assert.Equal(day, claim.Period?.Label);
    }

    [Fact]
    public void A_name_in_another_clause_of_the_sentence_is_not_the_subject_of_the_figure()
    {
        const string text = "Norvik Motors unveiled the Tessa 2 van on Monday.\n\nThe battery range is 410 km, but if Brantwell is anything to go by, rivals will match it soon.";

        Assert.Equal("Norvik Motors", ClaimIn(text, "410 km").Subject?.Name);
    }

    [Theory]
    [InlineData("Data from the TSA showed 3.09 million people flew on Sunday.", "3.09 million", "Transportation Security Administration")]
    [InlineData("Data from the TSB showed 45,000 flights on Sunday.", "45,000", "TSB")]
    public void An_acronym_the_story_spells_out_is_the_long_name(string sentence, string quote, string subject)
    {
        string text = "Airports had their busiest day ever, the Transportation Security Administration said.\n\n" + sentence;

        Assert.Equal(subject, ClaimIn(text, quote).Subject?.Name);
    }

    // a sea or a pole set before a figure is its subject; a figure a level is set against is the level's subject's,
    // whatever a later clause names; a body named after an institution is not the institution its first word names;
    // figures given "respectively" are the listed names' in order (only for a list of names); a bare sum set beside a
    // sum of money is the name it stands on; "added more residents" adds a figure, it reports none
    [Theory]
    [InlineData("Sea ice around Antarctica peaked at 17.16 million square kilometers, the agency said.\n\nIn the Arctic, sea ice shrank to 4.28 million square kilometers.",
        "4.28 million square kilometers", "Arctic")]
    [InlineData("Egypt's revenue from the Suez Canal fell to $4 billion in 2024, down from a record $10.25 billion the year before, as attacks by Yemen's Houthi rebels forced carriers to reroute.",
        "$10.25 billion", "Egypt")]
    [InlineData("Harvard Management Company, which invests the endowment, said the fund had 41% in private equity.\n\nHarvard had an estimated 23,700 students.",
        "23,700", "Harvard")]
    [InlineData("It puts out 151 PS along with 197 Nm of torque; which Nissan claims is a 20% and 16% improvement respectively.", "20%", "Nissan")]
    [InlineData("Manchester City slipped to second place with 838 million euros, ahead of Paris St Germain on 806 million.", "806 million", "Paris Saint-Germain")]
    [InlineData("Only Vermont and West Virginia lost residents, shrinking by 93 and 3,095 people respectively.", "3,095", "West Virginia")]
    [InlineData("Texas added more residents than any other state, growing by 562,941 people to 31.3 million.", "562,941", "Texas")]
    public void The_words_around_a_figure_name_its_subject(string text, string quote, string subject)
    {
        Assert.Equal(subject, ClaimIn(text, quote).Subject?.Name);
    }

    [Fact]
    public void A_speaker_with_a_bracketed_short_name_is_the_source_not_the_subject()
    {
        const string text = "Forest destruction in the Brazilian Amazon dropped by nearly a third.\n\n"
            + "Clearing fell to 6,288 square km in the period, the National Institute for Space Research (INPE) said, a 30.6% decline.";

        var claim = ClaimIn(text, "6,288 square km");

        Assert.NotEqual("National Institute for Space Research", claim.Subject?.Name);
        Assert.Equal("National Institute for Space Research", claim.Attribution);
    }

    [Fact]
    public void A_who_clause_after_a_speakers_name_is_about_that_speaker()
    {
        const string text = "Lindqvist Foods closed its Aarhus plant on Monday. \u201cIt is a sad day,\u201d said Thomas Berger, who has worked at the plant for 31 years.";

        Assert.Equal("Thomas Berger", ClaimIn(text, "31 years").Subject?.Name);
    }

    [Theory]
    [InlineData("The carmaker is recalling 48,000 vans, regulators said on Thursday.", "48,000")]
    [InlineData("About 900 workers will lose their jobs, the union confirmed early Tuesday.", "900")]
    public void The_day_a_report_was_made_is_not_the_period_of_its_figure(string text, string quote)
    {
        Assert.Null(ClaimIn(text, quote).Period);
    }

    [Fact]
    public void A_weekday_is_never_a_date_claim_of_its_own()
    {
        var claims = Shared.Run("The council declared an emergency on Wednesday.", Friday).Claims;

        Assert.Empty(claims);
    }

    [Theory]
    [InlineData("LONDON, March 13 (CP) - British house prices rose by 0.5% in February, beating expectations, the lender said.", "0.5%")]
    [InlineData("KOUROU, French Guiana, March 13 (Reuters) — Unemployment fell to 4.1% in February, the agency said.", "4.1%")]
    [InlineData("NEW YORK, March 13 -- Retail sales rose 2.3% in February from a year earlier, the group said.", "2.3%")]
    public void A_datelines_date_is_when_the_story_was_filed_not_the_figures_period(string text, string quote)
    {
        Assert.Equal("2025-02", ClaimIn(text, quote).Period?.Label);
    }

    [Theory]
    [InlineData("Norvik Motors is recalling 92,000 Tessa SUVs because a latch may fail.", false)]
    [InlineData("The regulator said 92,000 Tessa SUVs are affected, and a latch may fail if it is not repaired.", false)]
    [InlineData("Norvik Motors may recall 92,000 Tessa SUVs.", true)]
    [InlineData("About 92,000 Tessa SUVs are affected, analysts estimated.", true)]
    [InlineData("Norvik Motors recalled 92,000 Tessa SUVs in May.", false)]
    [InlineData("Norvik Motors may recall 92,000 Tessa SUVs in June.", true)]
    [InlineData("Norvik Motors, which recalled 92,000 Tessa SUVs last year, could face a fine.", false)]
    [InlineData("Norvik Motors, which recalled 92,000 Tessa SUVs in May, up 4% on a year earlier, could face a fine.", false)]
    public void A_hedge_counts_only_in_the_figures_own_clause_not_in_a_cause_after_it_nor_as_a_month_nor_past_its_aside(string text, bool hedged)
    {
        Assert.Equal(hedged, ClaimIn(text, "92,000").Hedged);
    }

    [Theory]
    [InlineData("Norvik Motors is recalling 92,000 Tessa SUVs in Canada.")]
    [InlineData("Norvik Motors is recalling 92,000 Tessa sport-utility vehicles because a latch may fail.")]
    [InlineData("Norvik Motors said 92,000 cars were affected by the recall.")]
    public void Counted_vehicles_share_one_metric_whatever_the_model_or_body_style(string text)
    {
        var claim = ClaimIn(text, "92,000");

        Assert.Equal("vehicles.count", claim.MetricKey);
    }

    [Theory]
    [InlineData("Around 55 million people worldwide live with dementia.", "55 million", "live.count", "people live")]
    [InlineData("About 40 people reportedly died in the flooding.", "40", "deaths.count", "people died")]
    [InlineData("Another 150,000 have been cut so far this year.", "150,000", "cut.count", "cut")]
    [InlineData("About 80,400 Americans died from drug overdoses in 2024.", "80,400", "deaths.count", "died")]
    public void A_counted_group_takes_its_verb_past_an_adverb(string text, string quote, string key, string metric)
    {
        var claim = ClaimIn(text, quote);

        Assert.Equal((key, metric), (claim.MetricKey, claim.Metric));
    }

    [Theory]
    [InlineData("The airline has ordered up to 300 Boeing 737 MAX 10 jets.", "300", "jet.count")]
    [InlineData("The airline flies 42 Airbus A320 planes.", "42", "plane.count")]
    public void A_maker_and_model_before_the_counted_noun_leave_that_noun_as_the_metric(string text, string quote, string key)
    {
        Assert.Equal(key, ClaimIn(text, quote).MetricKey);
    }

    [Fact]
    public void A_counted_product_is_not_the_subject_when_a_company_is_named()
    {
        var claim = ClaimIn("Norvik Motors is recalling 92,000 Tessa SUVs because a latch may fail.", "92,000");

        Assert.Equal("Norvik Motors", claim.Subject?.Name);
    }

    [Fact]
    public void A_place_inside_the_counted_phrase_and_a_sender_after_from_are_not_the_subject()
    {
        const string text = "Norvik Motors is recalling 92,000 Tessa SUVs, regulators said.\n\nOwners of the 92,000 affected US vehicles will receive letters from Norvik.";
        var claims = Shared.Run(text, Friday).Claims.Where(c => c.Quote == "92,000").ToList();

        Assert.Equal(2, claims.Count);
        Assert.All(claims, c => Assert.Equal(("Norvik Motors", SubjectRole.Actor), (c.Subject?.Name, c.Role)));
    }

    [Theory]
    [InlineData("The 2,950-kilogram satellite separated from the upper stage, the agency Eurosat said.")]
    [InlineData("The 2,950-kilogram satellite is the heaviest Eurosat has flown.")]
    public void A_figure_describing_the_thing_a_definite_phrase_names_is_about_the_storys_subject(string sentence)
    {
        string text = "Europe's Aurora-3 weather satellite reaches orbit\n\nAurora-3 lifted off from Kourou on Wednesday. " + sentence;
        var claim = Shared.Run(text, Friday).Claims.Single(c => c.Quote.StartsWith("2,950", StringComparison.Ordinal));

        Assert.Equal("Aurora-3", claim.Subject?.Name);
    }

    [Fact]
    public void A_percentage_in_an_of_which_clause_is_a_share_of_the_amount_the_clause_hangs_on()
    {
        const string text = "Aurora-3 reaches orbit\n\nAurora-3 lifted off on Wednesday. The satellite programme cost €410 million, of which Germany, the largest contributor, paid 38%.";
        var claims = Shared.Run(text, Friday).Claims;
        var share = claims.Single(c => c.Quote == "38%");
        var whole = claims.Single(c => c.Quote == "€410 million");

        Assert.Equal(("cost.value", 410_000_000m, "Germany"), (share.ShareOf?.MetricKey, share.ShareOf?.Total?.Value, share.Subject?.Name));
        Assert.Equal("Aurora-3", whole.Subject?.Name);
    }

    [Theory]
    [InlineData("CSO figures showed 124,600 people were out of work in February.", "124,600", "Ireland")]
    [InlineData("Jobless figures\n\nA quick post on this week's CSO release.\n\nThat's 126,400 people out of work.", "126,400", "Ireland")]
    [InlineData("ONS data showed 1.6 million people were unemployed in February.", "1.6 million", "United Kingdom")]
    [InlineData("Nationally, the Centers for Disease Control and Prevention counted 285 measles cases in 2024.", "285", "United States")]
    public void A_statistics_offices_figures_are_its_countrys(string text, string quote, string country)
    {
        Assert.Equal(country, ClaimIn(text, quote).Subject?.Name);
    }

    [Theory]
    [InlineData("Hackers stole $305 million from DMM Bitcoin in May.", "$305 million", "DMM Bitcoin")]
    [InlineData("Thieves stole jewellery worth an estimated 88 million euros from the Louvre in Paris on Sunday.", "88 million euros", "Louvre")]
    [InlineData("The jewels stolen from the Louvre on Sunday are worth 88 million euros, the Paris prosecutor said.", "88 million euros", "Louvre")]
    public void What_is_stolen_from_a_name_makes_it_the_victim(string sentence, string quote, string victim)
    {
        var claim = ClaimIn(sentence, quote);

        Assert.Equal((victim, SubjectRole.Victim), (claim.Subject?.Name, claim.Role));
    }

    [Fact]
    public void A_short_name_in_a_headline_stands_for_the_company_named_in_full()
    {
        const string text = "Norvik recalls 92,000 Tessa SUVs over faulty latch\n\nDETROIT (CP) — Norvik Motors is recalling 92,000 Tessa SUVs in the United States, the company said.\n\nNorvik said it knew of two crashes.";
        var claims = Shared.Run(text, Friday).Claims.Where(c => c.Quote == "92,000").ToList();

        Assert.Equal(2, claims.Count);
        Assert.All(claims, c => Assert.Equal("Norvik Motors", c.Subject?.Name));
        Assert.Single(claims.Select(c => c.Key).Distinct());
    }

    [Theory]
    [InlineData("The number of people unemployed rose to 212,300 in February.", "212,300")]
    [InlineData("That left 212,300 people out of work in February.", "212,300")]
    [InlineData("Some 212,300 people were jobless in February.", "212,300")]
    public void Unemployed_people_are_one_count_however_it_is_phrased(string text, string quote)
    {
        Assert.Equal("unemployment.count", ClaimIn(text, quote).MetricKey);
    }

    [Fact]
    public void A_share_price_and_an_offer_per_share_are_different_metrics()
    {
        var claims = Shared.Run("Dalmore will pay $41 a share for Kestrel, whose shares closed at $33.20 on Friday.", Friday).Claims;
        var offer = Assert.Single(claims, c => c.Quote == "$41");
        var close = Assert.Single(claims, c => c.Quote == "$33.20");

        Assert.Equal("offer_price.value", offer.MetricKey);
        Assert.Equal("share_price.value", close.MetricKey);
        Assert.Equal("Kestrel", close.Subject?.Name);
        Assert.Equal("2025-03-14", close.Period?.Label);
        Assert.Null(offer.Period);
    }

    [Fact]
    public void A_premium_is_its_own_rate()
    {
        var claim = ClaimIn("The offer represents a premium of 31% to the closing price on Friday.", "31%");

        Assert.Equal("premium.rate", claim.MetricKey);
    }

    [Theory]
    [InlineData("The 1,200 kg probe separated from the rocket after launch.", "1,200 kg", "mass.measure")]
    [InlineData("The probe weighs 1,200 kilograms, the agency said.", "1,200 kilograms", "mass.measure")]
    [InlineData("The probe will circle Earth at an altitude of 640 km.", "640 km", "altitude.measure")]
    public void What_a_measure_measures_comes_from_its_words_or_else_its_unit(string text, string quote, string key)
    {
        Assert.Equal(key, ClaimIn(text, quote).MetricKey);
    }

    [Theory]
    [InlineData("Canada posted a budget deficit of C$36.3 billion in the 2024-25 fiscal year.", "C$36.3 billion", "deficit.value")]
    [InlineData("The deficit will balloon to C$78.3 billion, more than double last year's shortfall of C$36.3 billion.", "C$36.3 billion", "deficit.value")]
    [InlineData("Canada's net debt rose to C$1.35 trillion.", "C$1.35 trillion", "debt.value")]
    [InlineData("The debt-to-GDP ratio is expected to rise to 42.4% from 41.7%.", "41.7%", "debt_to_gdp.rate")]
    public void A_deficit_is_not_a_debt_and_debt_to_GDP_is_a_ratio_of_its_own(string text, string quote, string key)
    {
        Assert.Equal(key, ClaimIn(text, quote).MetricKey);
    }

    [Fact]
    public void A_figure_whose_clause_names_no_actor_belongs_to_the_storys_main_actor()
    {
        const string text = "Pine Hollow Fire grows to 9,800 acres\n\nBy Ana Ruiz, Valley Press\n\nREDDING, Calif. (VP) — A wildfire in the hills of Shasta County had burned 9,800 acres by Wednesday evening, officials said.\n\nThe Pine Hollow Fire was 15% contained. Two firefighters were hurt on Wednesday.";
        var claims = Shared.Run(text, new DateOnly(2025, 8, 14)).Claims;
        var area = Assert.Single(claims, c => c.Quote == "9,800 acres" && c.Period is not null && !c.PeriodInferred);
        var hurt = Assert.Single(claims, c => c.Quote == "Two");

        Assert.Equal("Pine Hollow Fire", area.Subject?.Name);
        Assert.Equal("2025-08-13", area.Period?.Label);
        Assert.Equal("Pine Hollow Fire", hurt.Subject?.Name);
    }

    [Fact]
    public void The_main_actor_is_not_the_byline_dateline_or_agency()
    {
        const string text = "Ferry line cuts 300 sailings\n\nBy Tom Beck, Harbor Wire\n\nOSLO (HW) — Nordfjord Ferries will cut 300 sailings this winter, the operator said.\n\nNordfjord Ferries blamed fuel costs. It expects 40,000 fewer passengers.";
        var claims = Shared.Run(text, Friday).Claims;

        Assert.All(claims.Where(c => c.Subject is not null), c => Assert.Equal("Nordfjord Ferries", c.Subject!.Name));
    }

    [Fact]
    public void A_single_sentence_keeps_the_nearest_place_when_no_story_actor_is_known()
    {
        var claim = ClaimIn("The floods killed 140 people in Kenya and Somalia, officials said.", "140");

        Assert.Equal("Kenya", claim.Subject?.Name);
    }

    [Fact]
    public void A_total_has_no_main_actor_subject()
    {
        const string text = "Ransomware payments fall\n\nChainalysis said ransomware payments fell in 2024. The total amount paid worldwide fell 35% to $814 million.";
        var claim = Assert.Single(Shared.Run(text, Friday).Claims, c => c.Quote == "$814 million");

        Assert.Null(claim.Subject);
    }

    [Fact]
    public void A_global_count_is_a_total_apart_from_the_part_one_company_reports()
    {
        var claims = Shared.Run("Norvik Motors is recalling 92,000 vans in the United States, part of a global recall of 150,000 vans.", Friday).Claims;
        var part = Assert.Single(claims, c => c.Quote == "92,000");
        var total = Assert.Single(claims, c => c.Quote == "150,000");

        Assert.Equal(ClaimScope.Part, part.Scope);
        Assert.Equal(ClaimScope.Total, total.Scope);
        Assert.NotEqual(part.Key, total.Key);
    }

    [Fact]
    public void A_time_expression_after_a_reference_figure_dates_that_figure_only()
    {
        var claims = Shared.Run("The average delay was 47 minutes, up from 32 minutes last July.", new DateOnly(2026, 8, 5)).Claims;

        // the quote is "47" or "47 minutes" depending on whether the scanner reads minutes as a unit
        Assert.Null(Assert.Single(claims, c => c.Quote.StartsWith("47", StringComparison.Ordinal)).Period);
        Assert.Equal("2025-07", Assert.Single(claims, c => c.Quote.StartsWith("32", StringComparison.Ordinal)).Period?.Label);
    }

    [Theory]
    [InlineData("Prices were 6.8% higher than a year earlier, Halden said.", "6.8%")]
    [InlineData("Sales fell 5% from last year.", "5%")]
    [InlineData("Labour's share of the vote was 33.7%, only slightly higher than in 2019.", "33.7%")]
    [InlineData("Turnout was 60%, much lower than in 2019.", "60%")]
    [InlineData("Labour took 33.7% of the vote, only slightly more than in 2019.", "33.7%")]
    public void The_time_a_figure_is_compared_with_is_not_its_period(string text, string quote)
    {
        Assert.Null(ClaimIn(text, quote).Period);
    }

    [Fact]
    public void A_level_and_the_level_it_rose_from_get_their_own_months()
    {
        var claims = Shared.Run("The jobless rate rose to 5.1% in March from 4.8% in February.", new DateOnly(2025, 4, 2)).Claims;

        Assert.Equal("2025-03", Assert.Single(claims, c => c.Quote == "5.1%").Period?.Label);
        Assert.Equal("2025-02", Assert.Single(claims, c => c.Quote == "4.8%").Period?.Label);
    }

    [Fact]
    public void A_company_opening_a_sentence_by_its_short_name_is_still_the_subject()
    {
        const string text = "Dalmore Foods agreed to buy Kestrel Snacks on Monday.\n\nKestrel, which makes crisps, had sales of $1.2 billion. Dalmore, with revenue of $9.8 billion, said it expected $150 million in annual cost savings by 2029.";
        // the savings the combination promises are the deal's (DealFrameTests); the company's own revenue is its own
        Assert.Equal("Dalmore Foods", ClaimIn(text, "$9.8 billion").Subject?.Name);
        Assert.Equal("2029", ClaimIn(text, "$150 million").Period?.Label);
    }

    [Theory]
    [InlineData("The rate in Dublin was unchanged at 4.2%.", "unemployment.rate")]
    [InlineData("In Cork, the rate stood at 4.2%.", "unemployment.rate")]
    [InlineData("The figure in Dublin was 4.2%.", "share.rate")]
    public void A_bare_rate_is_the_rate_the_story_just_named(string sentence, string key)
    {
        var claim = ClaimIn("Ireland's unemployment rate rose to 4.6% in September. " + sentence, "4.2%");

        Assert.Equal(key, claim.MetricKey);
    }

    [Theory]
    [InlineData("The 2,950-kilogram satellite will operate from a sun-synchronous orbit at an altitude of 830 km.", "2,950-kilogram", "mass.measure")]
    [InlineData("The 2,950-kilogram satellite will operate from a sun-synchronous orbit at an altitude of 830 km.", "830 km", "altitude.measure")]
    [InlineData("Crews cut a 12-mile line as the blaze spread over 4,000 acres.", "4,000 acres", "area_burned.measure")]
    [InlineData("Crews cut a 12-mile line as the blaze spread over 4,000 acres.", "12-mile", "length.measure")]
    [InlineData("The farm covers 300 hectares.", "300 hectares", "area.measure")]
    public void A_measure_takes_only_a_metric_word_of_its_own_kind(string text, string quote, string key)
    {
        Assert.Equal(key, ClaimIn(text, quote).MetricKey);
    }

    [Fact]
    public void It_after_a_named_speaker_is_the_speaker_not_the_country_just_mentioned()
    {
        // corpus/dev/recall-korvat/01-wire.txt: "The U.S. action is part of a global recall ... Korvat said it was aware of three crashes"
        string text = File.ReadAllText(Path.Combine(RepositoryPaths.Corpus, "dev", "recall-korvat", "01-wire.txt"));
        var claims = Shared.Run(text, new DateOnly(2026, 9, 24)).Claims;

        Assert.Equal("Korvat Motors", Assert.Single(claims, c => c.Quote == "three").Subject?.Name);
    }

    [Fact]
    public void A_nationality_describing_a_thing_is_not_the_story_main_actor()
    {
        // corpus/dev/festival-montelago/02-wire.txt: "Italian lakeside festival draws record crowds ..."
        string text = File.ReadAllText(Path.Combine(RepositoryPaths.Corpus, "dev", "festival-montelago", "02-wire.txt"));
        var claims = Shared.Run(text, new DateOnly(2026, 7, 7)).Claims;

        Assert.Equal("Festa del Lago", Assert.Single(claims, c => c.Quote == "€1.4 million").Subject?.Name);
    }

    [Fact]
    public void It_is_the_clause_subject_before_it_not_a_place_in_a_prepositional_phrase()
    {
        const string text = "Norvik Motors on Wednesday expanded its recall to 265,000 vehicles in the United States, up from the 212,000 it announced last month.";
        var claim = ClaimIn(text, "212,000");

        Assert.Equal("Norvik Motors", claim.Subject?.Name);
        // a bare figure compared against measures what it is compared with
        Assert.Equal("vehicles.count", claim.MetricKey);
    }

    [Theory]
    [InlineData("Shares of Norvik fell 4.2% to $31.10 on Tuesday.", "$31.10")]
    [InlineData("Norvik's stock dropped 2% to close at $30.48.", "$30.48")]
    public void Where_shares_move_a_money_figure_is_their_price_not_the_metric_of_the_sentence_before(string sentence, string quote)
    {
        var claim = ClaimIn("Norvik reported revenue of $2.1 billion last year. " + sentence, quote);

        Assert.Equal("share_price.value", claim.MetricKey);
    }

    [Theory]
    [InlineData("Nine of the deaths were in the northern province.", "Nine")]
    [InlineData("Police said 12 of them had been arrested before.", "12")]
    public void A_count_taken_out_of_a_named_group_is_a_part_of_it(string sentence, string quote)
    {
        var claim = ClaimIn("The floods killed 31 people, officials said. " + sentence, quote);

        Assert.EndsWith(".part", claim.MetricKey, StringComparison.Ordinal);
    }

    [Fact]
    public void The_stated_whole_a_share_is_taken_of_is_keyed_as_the_subjects_total()
    {
        const string text = "Norvik Bank said hackers had taken the details of about 1.2 million of its customers, roughly 40% of the 3 million people it serves.";

        var whole = ClaimIn(text, "3 million");
        var share = ClaimIn(text, "40%");

        Assert.Equal("Norvik Bank", whole.Subject?.Name);
        Assert.Equal("total:" + share.ShareOf?.MetricKey, whole.MetricKey);
        Assert.Equal(ClaimIn(text, "1.2 million").MetricKey, share.ShareOf?.MetricKey);
    }

    [Theory]
    [InlineData("The increase was driven mainly by men, whose unemployment rate rose to 4.2%.", "men:unemployment.rate")]
    [InlineData("The rate for women was unchanged at 4.2%.", "women:unemployment.rate")]
    [InlineData("Youth unemployment fell to 4.2% from 4.8%.", "youth:unemployment.rate")]
    [InlineData("The unemployment rate was unchanged at 4.2%.", "unemployment.rate")]
    [InlineData("The agency, which counted 4.2% unemployment in May, said the rate for children was lower.", "unemployment.rate")]
    public void A_group_figure_keys_apart_from_the_overall_one(string sentence, string key)
    {
        var claim = ClaimIn("Ireland's unemployment rate rose to 4.6% in September. " + sentence, "4.2%");

        Assert.Equal(key, claim.MetricKey);
    }

    [Theory]
    [InlineData("Norvik said it knew of five crashes.", "five", "crash.count")]
    [InlineData("Workers packed 300 boxes.", "300", "box.count")]
    [InlineData("The firm sold 1,200 licences.", "1,200", "licence.count")]
    public void A_counted_noun_names_its_metric_in_the_singular(string text, string quote, string key)
    {
        Assert.Equal(key, ClaimIn(text, quote).MetricKey);
    }

    [Theory]
    [InlineData("The Municipality has invested 1,2 million euros in the event, of which 450.000 euros only for security.", "1,2 million euros", "450.000 euros")]
    [InlineData("The agency hired 340 staff, of whom 120 were nurses.", "340", "120")]
    public void A_figure_in_an_of_which_clause_is_a_part_of_the_amount_before_it(string text, string whole, string part)
    {
        var wholeClaim = ClaimIn(text, whole);

        Assert.Equal(wholeClaim.MetricKey + ".part", ClaimIn(text, part).MetricKey);
    }

    [Fact]
    public void What_an_actor_invested_is_its_spending()
    {
        Assert.Equal("cost.value", ClaimIn("The Municipality has invested 1,2 million euros in the organisation of the event.", "1,2 million euros").MetricKey);
    }

    [Theory]
    [InlineData("The festival brought €3.2 million into the local economy.", "€3.2 million")]
    [InlineData("The economic impact for the territory is estimated at 3.2 million euros.", "3.2 million euros")]
    public void An_events_economic_impact_is_its_own_metric(string text, string quote)
    {
        Assert.Equal("economic_impact.value", ClaimIn(text, quote).MetricKey);
    }

    [Fact]
    public void A_time_just_after_another_figure_is_that_figures_not_the_next_ones()
    {
        string text = "UK house prices rose 0.9 per cent in the third quarter, slowing from a 1.4 per cent rise in the second quarter.";

        Assert.Equal("2024-Q3", ClaimIn(text, "0.9 per cent").Period?.Label);
        Assert.Equal("2024-Q2", ClaimIn(text, "1.4 per cent").Period?.Label);
        // with no time of its own, a change takes the one the sentence gave before it
        Assert.Equal("2025-03-10", ClaimIn("Halvorsen shares fell 3.1 per cent on Monday, while Brightwater's jumped 22 per cent.", "22 per cent").Period?.Label);
    }

    [Fact]
    public void A_time_just_after_a_figure_compared_against_dates_that_figure_not_the_change_after_it()
    {
        const string text = "Festival draws record crowds in 2026\n\nThe visitors were 184,000, against the 161,500 of the last year, with an increase of 14%.";
        var claims = Shared.Run(text, new DateOnly(2026, 7, 6)).Claims;

        Assert.Equal("2025", claims.Single(c => c.Quote == "161,500").Period?.Label);
        var change = claims.Single(c => c.Quote == "14%");
        Assert.Equal(QuantityChange.Increase, change.Quantity.Change);
        Assert.NotEqual("2025", change.Period?.Label);
    }

    [Fact]
    public void Bare_annual_growth_is_a_rise_of_the_measure_the_story_reports_against_the_same_month_a_year_before()
    {
        string text = "UK house prices rose 5.3 per cent last year, the lender said. Annual growth peaked at 6.0 per cent in November.";

        var growth = Assert.Single(Shared.Run(text, new DateOnly(2027, 1, 14)).Claims, c => c.Quote == "6.0 per cent");

        Assert.Equal("price.value.change", growth.MetricKey);
        Assert.Equal(QuantityChange.Increase, growth.Quantity.Change);
        Assert.Equal("2026-11", growth.Period?.Label);
        Assert.Equal("2025-11", growth.ChangeOf?.Reference?.Label);
    }

    [Theory]
    [InlineData("Wage growth reached 6.0 per cent in November.")]
    [InlineData("Growth in exports reached 6.0 per cent in November.")]
    public void Growth_of_a_named_thing_is_not_the_storys_measure(string sentence)
    {
        string text = "UK house prices rose 5.3 per cent last year, the lender said. " + sentence;

        Assert.NotEqual("price.value.change", Assert.Single(Shared.Run(text, new DateOnly(2027, 1, 14)).Claims, c => c.Quote == "6.0 per cent").MetricKey);
    }

    [Theory]
    [InlineData("House prices rose 0.5% in November. Prices were 6.8% higher than a year earlier, Halden said.", "6.8%", "2025-11")]
    [InlineData("House prices rose 0.5% in November, the lender said.", "0.5%", null)]
    [InlineData("House prices rose 6.8% year-on-year in November, the lender said.", "6.8%", "2025-11")]
    [InlineData("House prices rose 6.9% year on year in November, the lender said.", "6.9%", "2025-11")]
    [InlineData("In the 12 months to November, house prices rose 7%, the lender said.", "7%", "2024-12-01/2025-11-30")]
    [InlineData("Prices have risen 4.9% so far this year, Halden said.", "4.9%", "2025-12-31")]
    [InlineData("Prices rose 5.3% this year, Halden said.", "5.3%", "2025")]
    // "the previous year" counts back from the figure's year (last year), not from the story's
    [InlineData("Dealers last year sold 303,417 new cars, up 4 percent from the previous year, the group said.", "4 percent", "2024")]
    [InlineData("Buyers have bought 208,560 new cars this year, down 5 percent from the year-to-date period last year.", "5 percent", "2025-01-01/2025-12-02")]
    [InlineData("Employers announced 57,727 job cuts in November, up 4% from the 55,597 announced a year earlier but down 53% from October.", "4%", "2025-11")]
    [InlineData("Employers announced 57,727 job cuts in November, up 4% from the 55,597 announced a year earlier but down 53% from October.", "53%", "2026-10")]
    [InlineData("So far this year, companies have announced 718,194 job cuts, 2.1% fewer than the 733,041 announced through November of last year.", "2.1%", "2025-01/2025-11")]
    // "a year earlier" counted from the story's date holds the figure's own quarter: the same quarter a year before it
    [InlineData("Tesla delivered 495,570 vehicles in the fourth quarter of 2025, up 2.3% from a year earlier.", "2.3%", "2024-Q4")]
    public void A_change_compares_with_the_baseline_its_words_give(string text, string quote, string? reference)
    {
        var change = Assert.Single(Shared.Run(text, new DateOnly(2026, 12, 2)).Claims, c => c.Quote == quote);

        Assert.Equal(reference, change.ChangeOf?.Reference?.Label);
    }

    [Fact]
    public void A_closing_reports_whole_speaker_phrase_is_the_source_not_the_subject()
    {
        const string text = "Eurosat launched the Aurora-3 weather satellite on Tuesday. The satellite separated about 57 minutes after liftoff, the European weather satellite agency Eurosat said.";

        var claim = ClaimIn(text, "57 minutes");

        Assert.Equal("Eurosat", claim.Attribution);
        Assert.NotEqual("European", claim.Subject?.Name);
    }

    [Fact]
    public void A_closing_report_in_the_perfect_is_the_speakers_without_the_auxiliary()
    {
        const string text = "The UK will spend 2.5% of its national income on defence from 2027, Sir Keir Starmer has announced.";

        Assert.Equal("Keir Starmer", ClaimIn(text, "2.5%").Attribution);
    }

    [Fact]
    public void Those_counted_when_someone_took_office_are_no_victims()
    {
        const string text = "More than 1 million public servants have now had their debt erased, up from about 7,000 when Joe Biden took office in January 2021.";

        Assert.Equal(SubjectRole.Actor, ClaimIn(text, "1 million").Role);
    }

    [Theory]
    [InlineData("$76", "Goldman Sachs")]
    [InlineData("1 million bpd", "International Energy Agency")]
    public void A_contrasting_clause_with_a_source_of_its_own_is_that_sources(string quote, string source)
    {
        const string text = "Oil\n\nAnalysts at Goldman Sachs said they expect Brent to average $76 a barrel in 2025, while the International "
            + "Energy Agency forecasts a supply surplus of more than 1 million bpd next year.";

        Assert.Equal(source, ClaimIn(text, quote).Attribution);
    }

    [Theory]
    [InlineData("Hershey said it expects earnings to be flat this year, and Mondelez said it raised prices by 5.5% in the fourth quarter.")]
    [InlineData("Hershey said last month it expects earnings to be flat, and Mondelez said it raised prices by 5.5% in the fourth quarter.")]
    [InlineData("Hershey expects earnings to be flat this year, and Mondelez raised prices by 5.5% in the fourth quarter.")]
    public void A_clause_after_and_with_a_name_of_its_own_is_that_names_with_its_own_time(string sentence)
    {
        var claim = Shared.ClaimIn("Chocolate makers raise prices\n\n" + sentence, "5.5%", new DateOnly(2024, 4, 17));

        Assert.Equal("Mondelez", claim.Subject?.Name);
        Assert.Equal("2023-Q4", claim.Period?.Label);
        Assert.Equal(sentence.Contains("Mondelez said", StringComparison.Ordinal) ? "Mondelez" : null, claim.Attribution);
    }

    [Fact]
    public void A_sum_down_from_a_time_is_a_move_of_the_measure_just_named_counted_from_that_time()
    {
        const string text = "Gas prices fall\n\nThe national average price of gasoline fell to $2.98 on Monday. That was down 7 cents from a week ago.";
        var claim = Shared.ClaimIn(text, "7 cents", new DateOnly(2024, 12, 9));

        Assert.Equal("price.value.change", claim.MetricKey);
        Assert.Equal("2024-12-02", claim.ChangeOf?.Reference?.Label);
    }

    [Fact]
    public void A_closing_report_by_an_institution_named_through_and_is_that_institutions()
    {
        const string text = "Homelessness\n\nThe number of people experiencing homelessness in the United States rose 18% to a record 771,480 "
            + "in January, the Department of Housing and Urban Development said on Friday.";

        var claim = ClaimIn(text, "771,480");

        Assert.Equal("Department of Housing and Urban Development", claim.Attribution);
        Assert.Equal("United States", claim.Subject?.Name);
        Assert.Equal("homelessness.count", claim.MetricKey);
    }

    [Fact]
    public void A_closing_report_by_a_resolved_description_is_its_entitys_and_a_unit_names_no_one()
    {
        const string text = "Heat\n\nSpain had its hottest summer on record, the weather agency AEMET said. The average temperature over the three "
            + "months was 24.2 degrees Celsius, 2.1 degrees above normal, the agency said.";

        var claim = ClaimIn(text, "24.2 degrees Celsius");

        Assert.Equal("AEMET", claim.Attribution);
        Assert.Equal("Spain", claim.Subject?.Name);
    }

    [Fact]
    public void A_closing_speaker_phrase_ending_in_a_common_noun_is_the_source_not_the_subject()
    {
        const string text = "Climate\n\nThe world's average temperature in 2024 was 1.6C above pre-industrial levels, the EU's Copernicus climate service said, making it the hottest year on record.";

        var claim = ClaimIn(text, "1.6C");

        Assert.NotNull(claim.Attribution);
        Assert.NotEqual("European Union", claim.Subject?.Name);
    }

    [Theory]
    [InlineData("EU fines Apple €1.8 billion over music streaming.", "€1.8 billion")]
    [InlineData("The European Commission fined Apple €1.84 billion on Monday.", "€1.84 billion")]
    [InlineData("Apple was fined 1.8 billion euros by regulators on Monday.", "1.8 billion euros")]
    public void A_fine_is_the_fined_partys_however_the_sentence_runs(string sentence, string quote)
    {
        Assert.Equal("Apple", ClaimIn("Fine\n\nRegulators acted.\n\n" + sentence, quote).Subject?.Name);
    }

    [Theory]
    [InlineData("The number of migrants who have crossed the Channel so far this year has reached 13,574 people. That is 16% higher than at the same point last year.", "16%", "arrivals.count.change")]
    [InlineData("Revenue was $5 billion in the quarter. This was 3% more than a year earlier.", "3%", "revenue.value.change")]
    public void A_change_a_sentence_opening_with_that_or_this_states_is_of_the_level_before(string text, string quote, string key)
    {
        Assert.Equal(key, ClaimIn("Figures\n\nFigures were published.\n\n" + text, quote).MetricKey);
    }

    [Theory]
    [InlineData("The survey of 1,082 likely voters was conducted from Oct. 7 to 10.")]
    [InlineData("The vote was held Oct. 7-10 across the state.")]
    public void The_days_of_a_range_of_days_are_no_counts(string sentence)
    {
        Assert.DoesNotContain(Shared.Run(sentence, new DateOnly(2024, 10, 14)).Claims, c => c.MetricKey == "count.count");
    }

    [Fact]
    public void An_age_is_keyed_as_an_age_and_takes_no_subject_but_a_person()
    {
        const string text = "China's coast guard seized a fishing boat near the islands on Monday. The 55-year-old captain was detained, officials said.";

        var claim = ClaimIn(text, "55-year-old");

        Assert.Equal("age.measure", claim.MetricKey);
        Assert.Null(claim.Subject);
    }

    [Fact]
    public void An_age_standing_for_the_person_last_named_is_that_persons_whatever_type_the_name_was_given()
    {
        const string text = "Arsenal have signed Viktor Gyokeres from Sporting. The 27-year-old scored 54 goals last season.";

        var claim = ClaimIn(text, "27-year-old");

        Assert.Equal("age.measure", claim.MetricKey);
        Assert.Equal("Viktor Gyokeres", claim.Subject?.Name);
    }

    [Fact]
    public void A_span_of_time_inside_a_time_expression_is_no_figure_and_makes_no_claim()
    {
        var document = Shared.Run("The plant opened 30 years ago and now employs 1,200 people.", Friday);

        Assert.Equal("30 years", Assert.Single(document.TimeSpans).Span.In(document.Text).ToString());
        Assert.DoesNotContain(document.Quantities, q => q.Quantity.Unit.Code == "year");
        Assert.Equal(["1,200"], document.Claims.Select(c => c.Quote));
    }

    [Fact]
    public void A_place_the_story_names_alone_is_not_short_for_a_body_named_after_it()
    {
        const string text = "Texas measles outbreak grows to 159 cases\n\nTwenty-two people have been hospitalized, the Texas Department of State Health Services said.";

        Assert.Equal("Texas", ClaimIn(text, "159").Subject?.Name);
    }

    [Theory]
    [InlineData("The Labour Party won 412 of the 650 seats.", "412", "650")]
    [InlineData("The Lakers have won 12 of 13 after a perfect homestand.", "12", "13")]
    public void The_whole_a_part_is_taken_of_counts_them_all_and_what_the_part_counts(string text, string partQuote, string wholeQuote)
    {
        var part = ClaimIn(text, partQuote);
        var whole = ClaimIn(text, wholeQuote);

        Assert.Equal(ClaimScope.Total, whole.Scope);
        Assert.Equal(part.MetricKey, whole.MetricKey + MetricKeys.PartSuffix);
    }

    [Theory]
    [InlineData("Those on Zepbound lost 20.2% of their weight, versus 13.7% on Wegovy.", "20.2%", "13.7%", "Wegovy")]
    [InlineData("Norvik's sales fell 5% in the quarter, compared with 3% for Brantwell.", "5%", "3%", "Brantwell")]
    [InlineData("France's exports fell 5% in the quarter, compared with 3% for Germany.", "5%", "3%", "Germany")]
    public void A_figure_set_beside_anothers_move_is_the_same_move_of_the_name_after_it(string text, string moveQuote, string besideQuote, string name)
    {
        var move = ClaimIn(text, moveQuote);
        var beside = ClaimIn(text, besideQuote);

        Assert.Equal(move.MetricKey, beside.MetricKey);
        Assert.Equal(QuantityChange.Decrease, beside.Quantity.Change);
        Assert.Equal(name, beside.Subject?.Name);
    }

    private static Claim ClaimIn(string text, string quote) => Shared.ClaimIn(text, quote, Friday);
}
