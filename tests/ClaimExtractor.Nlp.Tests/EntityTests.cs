using ClaimExtractor.Core.Entities;
using ClaimExtractor.Nlp.Tests.Support;

namespace ClaimExtractor.Nlp.Tests;

public sealed class EntityTests
{
    [Theory]
    [InlineData("The DPRK denied it.", "DPRK", "North Korea")]
    [InlineData("The Hermit Kingdom may have reduced its reliance.", "Hermit Kingdom", "North Korea")]
    [InlineData("Talks between Pyongyang and Moscow resumed.", "Moscow", "Russia")]
    [InlineData("Officials in Kyiv welcomed the aid.", "Kyiv", "Ukraine")]
    [InlineData("The Democratic People’s Republic of Korea launched a missile.", "Democratic People’s Republic of Korea", "North Korea")]
    [InlineData("The Biden administration said it had spent $82 billion on drug treatment.", "Biden administration", "United States")]
    [InlineData("Moody's Analytics estimated the storm's damage at $20 billion to $34 billion.", "Moody's Analytics", "Moody's")]
    [InlineData("Two years ago, bitcoin slumped to around $15,500.", "bitcoin", "Bitcoin")]
    [InlineData("The zloty fell 1.2% against the euro.", "zloty", "Polish zloty")]
    [InlineData("Markets were calm, and the euro fell 0.3% against the dollar.", "euro", "euro")]
    [InlineData("The FBI named the Lazarus Group.", "FBI", "Federal Bureau of Investigation")]
    [InlineData("The U.S. Department of Justice charged them.", "U.S. Department of Justice", "U.S. Department of Justice")]
    [InlineData("Washington imposed sanctions on Iran.", "Washington", "United States")]
    [InlineData("North Korea, the “Hermit Kingdom”, stole $1.3 billion.", "Hermit Kingdom", "North Korea")]
    [InlineData("The Tories won 121 seats, down from 365.", "Tories", "Conservative Party")]
    [InlineData("The Lib Dems won 72 seats.", "Lib Dems", "Liberal Democrats")]
    [InlineData("The GOP blocked the bill.", "GOP", "Republican Party")]
    [InlineData("Toronto-Dominion Bank will pay $3.1 billion.", "Toronto-Dominion Bank", "Toronto-Dominion Bank")]
    [InlineData("TD Bank pleaded guilty on Thursday.", "TD Bank", "Toronto-Dominion Bank")]
    [InlineData("Home sales in Dallas-Fort Worth rose 4%.", "Dallas", "Dallas")]
    [InlineData("Remittances rose 2.3% to $64.7 billion, the Bank of Mexico said.", "Bank of Mexico", "Bank of Mexico")]
    [InlineData("Banxico cut its key rate to 10%.", "Banxico", "Bank of Mexico")]
    [InlineData("The Bundesbank expects the economy to shrink.", "Bundesbank", "Deutsche Bundesbank")]
    [InlineData("Tax receipts hit £827.2bn, HMRC said.", "HMRC", "HM Revenue and Customs")]
    [InlineData("Washington, D.C., had the highest rate at 1,170 per 100,000 people.", "Washington, D.C.", "District of Columbia")]
    [InlineData("Rents in Washington DC rose 4%.", "Washington DC", "District of Columbia")]
    [InlineData("Robusta coffee rose 1.4% to $5,644 a metric ton.", "Robusta coffee", "Robusta coffee")]
    [InlineData("Robusta gained 1.4 per cent to $5,644 a tonne.", "Robusta", "Robusta coffee")]
    public void Lexicon_names_resolve_to_their_canonical_entity(string text, string mention, string canonical)
    {
        var document = Shared.Run(text);

        var found = Assert.Single(document.Mentions, m => m.Span.In(text).ToString() == mention);
        Assert.Equal(canonical, found.Entity.Name);
    }

    [Theory]
    [InlineData("Shares of Barclays fell 3% on Monday.", "Barclays")]
    [InlineData("Ryanair carried 200 million passengers last year.", "Ryanair")]
    [InlineData("Apple CEO Tim Cook said demand was strong.", "Apple")]
    [InlineData("Google Bets Big On Cloud Gaming With Stadia Launch", "Google")]
    [InlineData("The NBA fined the team $50,000.", "NBA")]
    [InlineData("Arsenal have completed the signing of Declan Rice.", "Arsenal")]
    [InlineData("Manchester City paid Aston Villa £100 million.", "Manchester City")]
    [InlineData("The Lakers held off Oklahoma City.", "Lakers")]
    public void A_company_the_lexicon_lists_is_an_organization(string text, string name)
    {
        var found = MentionReading(text, name);

        Assert.Equal(EntityType.Org, found.Entity.Type);
    }

    [Theory]
    [InlineData("Deforestation in Brazil's Amazon rainforest fell 30.6% in the 12 months to July.", "Amazon")]
    [InlineData("In the Amazon basin, 12 dams were built.", "Amazon")]
    public void A_companys_name_before_a_landform_is_the_place(string text, string name)
    {
        Assert.Equal(EntityType.Loc, MentionReading(text, name).Entity.Type);
    }

    [Theory]
    [InlineData("The prison population in England and Wales reached a record 88,521.", "England and Wales")]
    [InlineData("Outplacement firm Challenger, Gray & Christmas said cuts rose.", "Challenger, Gray & Christmas")]
    public void A_name_joined_by_and_or_a_comma_that_the_lexicon_lists_is_one_name(string text, string name)
    {
        Assert.Equal(name, MentionReading(text, name).Entity.Name);
    }

    [Theory]
    [InlineData("The Institute for Public Health Research said cases rose.", "Institute for Public Health Research")]
    [InlineData("Citizens for Tax Justice estimated the cost.", "Citizens for Tax Justice")]
    [InlineData("The figures come from the Department of Housing and Urban Development.", "Department of Housing and Urban Development")]
    [InlineData("The Institute for Energy and Environmental Research disagreed.", "Institute for Energy and Environmental Research")]
    [InlineData("Researchers at the Identity Theft Resource Center counted them.", "Identity Theft Resource Center")]
    public void An_institutions_name_goes_on_through_its_field(string text, string name)
    {
        var found = MentionReading(text, name);

        Assert.Equal(EntityType.Org, found.Entity.Type);
    }

    [Theory]
    [InlineData("The University of Florida's International Shark Attack File counted 47 bites.", "University of Florida")]
    [InlineData("The Museum of London drew 500,000 visitors.", "Museum of London")]
    [InlineData("Researchers at the University of New South Wales found it.", "University of New South Wales")]
    public void A_body_named_after_its_place_is_one_organization(string text, string name)
    {
        var found = MentionReading(text, name);

        Assert.Equal(EntityType.Org, found.Entity.Type);
    }

    [Theory]
    [InlineData("The Nintendo Switch Lite costs $200.", "Nintendo Switch Lite")]
    [InlineData("Real Madrid won the UEFA Champions League in 2024.", "UEFA Champions League")]
    [InlineData("Michael Dell founded the company in 1984.", "Michael Dell")]
    [InlineData("Officials of the Peoples Democratic Party said three leaders quit.", "Peoples Democratic Party")]
    public void A_companys_name_inside_a_longer_name_is_that_name(string text, string name)
    {
        Assert.Contains(Shared.Run(text).Mentions, m => m.Span.In(text).ToString() == name);
    }

    [Theory]
    [InlineData("Shares in Texas Roadhouse rose 2%.", "Texas Roadhouse")]
    [InlineData("Brock Nelson lifted the New York Islanders to a 5-4 win.", "New York Islanders")]
    [InlineData("The northern Sierra Nevada has seen 5 inches of rain.", "Sierra Nevada")]
    [InlineData("Two cases were found in the Inner Mongolia region.", "Inner Mongolia")]
    [InlineData("Michael Jordan scored 30 points.", "Michael Jordan")]
    [InlineData("Eastern Michigan routs Northern Illinois to become bowl eligible.", "Eastern Michigan")]
    [InlineData("Eastern Michigan routs Northern Illinois to become bowl eligible.", "Northern Illinois")]
    public void A_places_name_inside_a_longer_name_is_that_name(string text, string name)
    {
        var found = Assert.Single(Shared.Run(text).Mentions, m => m.Span.In(text).ToString().Contains(name.Split(' ')[^1], StringComparison.Ordinal));

        Assert.Equal(name, found.Span.In(text).ToString());
    }

    [Theory]
    [InlineData("Neighboring New Mexico has reported nine cases.", "New Mexico", "New Mexico")]
    [InlineData("Officials in West Virginia said 5 people died.", "West Virginia", "West Virginia")]
    [InlineData("\"Wicked\" took in $112.5 million at North American cinemas.", "North American", "North America")]
    [InlineData("Northern Irish rents rose 8.8%.", "Northern Irish", "Northern Ireland")]
    [InlineData("FRANCE WINS DAVIS CUP TIE", "FRANCE", "France")]
    [InlineData("Antarctic sea ice peaked at 17.16 million square kilometres.", "Antarctic", "Antarctica")]
    [InlineData("In the Arctic, sea ice shrank to 4.28 million square kilometers.", "Arctic", "Arctic")]
    [InlineData("Tankers avoided the Strait of Hormuz.", "Strait of Hormuz", "Strait of Hormuz")]
    public void A_state_province_or_region_is_a_place_of_its_own(string text, string mention, string place)
    {
        var found = MentionReading(text, mention);

        Assert.Equal(place, found.Entity.Name);
        Assert.True(found.Entity.Type is EntityType.Gpe or EntityType.Loc);
    }

    [Theory]
    [InlineData("Airline traffic climbs\n\nNorvair said passenger numbers rose 10% last year.", "Norvair", true)]
    [InlineData("Airline traffic climbs\n\nKessling told investors that sales rose.", "Kessling", true)]
    [InlineData("Airline traffic climbs\n\nPolice said 12 people were arrested.", "Police", false)]
    [InlineData("Airline traffic climbs\n\nEconomists said prices rose.", "Economists", false)]
    [InlineData("Airline traffic climbs\n\nTravellers said prices rose. Travel agents saw more travellers.", "Travellers", false)]
    public void A_lone_opening_word_a_saying_verb_follows_is_a_speakers_name(string text, string word, bool named)
    {
        Assert.Equal(named, Shared.Run(text).Mentions.Any(m => m.Span.In(text).ToString() == word));
    }

    [Fact]
    public void A_names_first_word_before_its_next_word_in_lower_case_opens_no_name()
    {
        const string text = "Gun violence declined in 2024, data show\n\nThe Gun Violence Archive counted 503 mass shootings last year.";

        Assert.DoesNotContain(Shared.Run(text).Mentions, m => m.Span.In(text).ToString() == "Gun");
    }

    [Theory]
    [InlineData("Heathrow hits record 83.9 million passengers\n\nHeathrow handled a record 83.9 million passengers in 2024.", "Heathrow", true)]
    [InlineData("Norvair posts record year\n\nNorvair flew 41 million passengers in 2024.", "Norvair", true)]
    [InlineData("Global smartphone shipments rise 6.4%\n\nGlobal smartphone shipments grew 6.4% in 2024.", "Global", false)]
    [InlineData("Inflation eases to 2.4%\n\nInflation eased to 2.4% in March.", "Inflation", false)]
    public void A_word_opening_the_headline_and_a_later_sentence_before_its_verb_is_the_stories_name(string text, string word, bool named)
    {
        Assert.Equal(named, Shared.Run(text).Mentions.Any(m => m.Span.In(text).ToString() == word));
    }

    [Theory]
    [InlineData("House prices in London rose 3 per cent.", "London")]
    [InlineData("The average London home now costs £538,000.", "London")]
    [InlineData("About 10,000 people marched in central Moscow on Sunday.", "Moscow")]
    [InlineData("Rents across Paris rose 5 per cent.", "Paris")]
    [InlineData("London saw the biggest drop, with prices falling 5.2%.", "London")]
    [InlineData("London bucked the national trend, with prices falling 1.2 per cent.", "London")]
    [InlineData("London accounted for about a third of all knife crime.", "London")]
    public void A_capital_the_text_places_something_in_is_the_city_not_its_government(string text, string city)
    {
        var found = MentionReading(text, city);

        Assert.Equal(city, found.Entity.Name);
        Assert.Equal(EntityType.Gpe, found.Entity.Type);
    }

    [Theory]
    [InlineData("UK house prices rose 0.8 per cent in the third quarter. Prices in the capital fell 0.4 per cent.", "London")]
    [InlineData("Rents in Paris rose again. Prices in the capital have doubled since 2010.", "Paris")]
    public void The_capital_is_the_capital_city_of_the_place_last_named(string text, string city)
    {
        var found = MentionReading(text, "the capital");

        Assert.Equal(city, found.Entity.Name);
    }

    [Theory]
    [InlineData("Temperatures in parts of the Indian capital hit 49.9C on Tuesday.", "the Indian capital", "New Delhi")]
    [InlineData("The French capital will host 10,000 athletes.", "The French capital", "Paris")]
    public void A_nations_capital_is_that_countrys_capital_city(string text, string phrase, string city)
    {
        var found = MentionReading(text, phrase);

        Assert.Equal(city, found.Entity.Name);
    }

    [Theory]
    [InlineData("UK banks must hold more capital. Regulators said the capital requirements would rise.")]
    [InlineData("The UK lender said it had raised the capital it needed.")]
    [InlineData("Korvat expanded its recall. The capital of the region was spared.")]
    public void The_capital_as_money_or_with_no_country_in_view_names_no_city(string text)
    {
        Assert.DoesNotContain(Shared.Run(text).Mentions, m => m.Span.In(text).ToString().Equals("the capital", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void The_agency_is_the_agency_named_earlier_not_the_organization_named_last()
    {
        string text = "Cases rose to 2,911, the Northfield Health Security Agency said. That is up from 368. Vaccination rates fell. "
            + "Uptake was 83.9%. The World Health Organization says 95% is needed. The agency said one child had died.";

        var found = MentionReading(text, "The agency");

        Assert.EndsWith("Health Security Agency", found.Entity.Name, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("TD Bank pleaded guilty on Thursday, the Justice Department said. Prosecutors said the Canadian lender failed to act.", "the Canadian lender", "Toronto-Dominion Bank")]
    [InlineData("Spirit Airlines filed for bankruptcy after a failed merger with JetBlue. The budget carrier said flights would continue.", "The budget carrier", "Spirit Airlines")]
    [InlineData("Spirit Airlines shares were delisted from the New York Stock Exchange. The airline employs 11,000 people.", "The airline", "Spirit Airlines")]
    public void A_described_firm_is_the_firm_last_named_never_a_department_or_the_other_party_of_a_deal(string text, string mention, string firm)
    {
        var found = MentionReading(text, mention);

        Assert.Equal(firm, found.Entity.Name);
    }

    [Fact]
    public void A_group_a_name_leads_is_not_the_firm_last_named()
    {
        string text = "The NFL's Washington Commanders were sold in 2023. The Wyc Grousbeck-led ownership group bought the Celtics in 2002.";

        Assert.DoesNotContain(Shared.Run(text).Mentions, m => m.Kind == MentionKind.Reference && m.Span.In(text).ToString().Contains("ownership group", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Minimum wage rises in 21 states on New Year's Day.")]
    [InlineData("Mother's Day spending hit $35 billion.")]
    public void A_holidays_day_is_no_name(string text)
    {
        Assert.DoesNotContain(Shared.Run(text).Mentions, m => m.Span.In(text).ToString() == "Day");
    }

    [Theory]
    [InlineData("He was paid in bitcoin worth $100.")]
    [InlineData("Investors bought bitcoin on Monday.")]
    public void An_asset_in_lower_case_outside_a_subjects_place_is_a_unit(string text)
    {
        Assert.DoesNotContain(Shared.Run(text).Mentions, m => m.Span.In(text).ToString() == "bitcoin");
    }

    [Fact]
    public void A_place_hyphened_to_a_firms_name_opens_that_name()
    {
        const string text = "Ottawa-Rideau Bank said profit rose 5%.";

        var firm = Assert.Single(Shared.Run(text).Mentions);

        Assert.Equal("Ottawa-Rideau Bank", firm.Entity.Name);
        Assert.Equal(EntityType.Org, firm.Entity.Type);
    }

    [Theory]
    [InlineData("A winter storm swept from Kansas to the mid-Atlantic.", "Atlantic")]
    [InlineData("The airline added trans-Pacific routes.", "Pacific")]
    public void A_name_joined_to_a_regions_prefix_is_no_name(string text, string word)
    {
        Assert.DoesNotContain(Shared.Run(text).Mentions, m => m.Span.In(text).ToString().Contains(word, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The zloty fell 1.2% against the euro.", "euro")]
    [InlineData("Tickets for Euro 2024 sold out.", "Euro")]
    public void A_currency_that_is_no_clauses_subject_or_that_names_a_tournament_is_no_asset(string text, string word)
    {
        Assert.DoesNotContain(Shared.Run(text).Mentions, m => m.Span.In(text).ToString() == word && Shared.Models.Entities.AssetNames.Contains(m.Entity.Name));
    }

    [Theory]
    [InlineData("Outgoing President Andrzej Duda vetoed 28 bills.", "Andrzej Duda")]
    [InlineData("Former Prime Minister Liz Truss served 49 days.", "Liz Truss")]
    public void A_word_describing_a_title_that_opens_a_sentence_is_no_part_of_the_name(string text, string name)
    {
        var person = Assert.Single(Shared.Run(text).Mentions, m => m.Kind == MentionKind.Name);

        Assert.Equal(name, person.Entity.Name);
        Assert.Equal(EntityType.Person, person.Entity.Type);
    }

    [Theory]
    [InlineData("North Korean hackers stole the funds.", "North Korean")]
    [InlineData("North Korea-linked groups stole the funds.", "North Korea-linked")]
    [InlineData("Fourteen North Koreans were indicted.", "North Koreans")]
    [InlineData("North Korean operatives posed as IT workers.", "North Korean")]
    public void Nationality_groups_link_to_their_country(string text, string mention)
    {
        var found = MentionReading(text, mention);

        Assert.Equal("North Korea", found.Entity.Name);
        Assert.Equal(MentionKind.Demonym, found.Kind);
    }

    [Theory]
    [InlineData("Europe's Aurora-3 weather satellite reached orbit on a Vega-C rocket.", "Aurora-3")]
    [InlineData("Europe's Aurora-3 weather satellite reached orbit on a Vega-C rocket.", "Vega-C")]
    [InlineData("The Falcon-9 booster landed at sea.", "Falcon-9")]
    public void A_models_number_or_letter_after_a_hyphen_is_part_of_its_name(string text, string name)
    {
        Assert.Contains(Shared.Run(text).Mentions, m => m.Span.In(text).ToString() == name);
    }

    [Theory]
    [InlineData("Abdel Fattah el-Sisi said the canal had lost $6 billion.", "Abdel Fattah el-Sisi")]
    [InlineData("Syrian President Bashar al-Assad fled to Moscow.", "Bashar al-Assad")]
    [InlineData("Crown Prince Mohammed bin Salman met the delegation.", "Mohammed bin Salman")]
    [InlineData("Sheikh Tamim bin Hamad Al Thani opened the stadium.", "Tamim bin Hamad Al Thani")]
    public void An_arabic_article_or_patronymic_inside_a_name_and_a_royal_title_before_it_are_read(string text, string name)
    {
        Assert.Contains(Shared.Run(text).Mentions, m => m.Span.In(text).ToString() == name && m.Entity.Name == name);
    }

    [Fact]
    public void Its_and_the_regime_resolve_to_the_last_country()
    {
        string text = "Chainalysis said North Korea was behind the thefts. Its cyber operatives carried out 47 attacks, and the regime denied it.";

        var references = Shared.Run(text).Mentions.Where(m => m.Kind == MentionKind.Reference).ToList();

        Assert.Contains(references, m => m.Span.In(text).ToString() == "Its" && m.Entity.Name == "North Korea");
        Assert.Contains(references, m => m.Span.In(text).ToString() == "the regime" && m.Entity.Name == "North Korea");
    }

    [Fact]
    public void The_company_resolves_to_the_last_organization()
    {
        string text = "Coinbase reported a loss. The company said revenue fell.";

        var reference = Assert.Single(Shared.Run(text).Mentions, m => m.Kind == MentionKind.Reference);

        Assert.Equal("Coinbase", reference.Entity.Name);
    }

    [Theory]
    [InlineData("Hershey said last month it sold 5 million bars.", "it", "Hershey")]
    [InlineData("Barry Callebaut, the world's largest chocolate maker, said its sales volumes fell 5.2%.", "its", "Barry Callebaut")]
    public void A_pronoun_after_a_speakers_time_or_aside_is_the_speaker(string sentence, string pronoun, string speaker)
    {
        string text = "Chocolate makers raise prices\n\nMondelez International said it raised prices by 5.5%. " + sentence;
        int at = text.IndexOf(sentence, StringComparison.Ordinal);

        var reference = Assert.Single(Shared.Run(text).Mentions, m => m.Span.Start > at && m.Span.In(text).ToString() == pronoun);

        Assert.Equal(speaker, reference.Entity.Name);
    }

    [Theory]
    [InlineData("Microsoft said revenue rose 16%, ahead of the $64.5 billion analysts had expected, according to LSEG. Revenue from its "
        + "Azure cloud business grew 33%, the company said.", "the company", "Microsoft")]
    [InlineData("Japan sets tourism record\n\nJapan welcomed 36.9 million visitors last year. Japan said spending rose 53%. Arrivals "
        + "from the United States rose 33%. The government aims to attract 60 million visitors by 2030.", "The government", "Japan")]
    public void A_reference_passes_over_a_name_that_only_sources_a_figure_or_sets_a_scene(string text, string reference, string meant)
    {
        // a firm a figure is "according to" is a source, and a country named only inside a phrase gives way to the one
        // the story names as an actor most
        Assert.Equal(meant, MentionReading(text, reference).Entity.Name);
    }

    [Fact]
    public void It_after_a_description_opening_the_sentence_before_is_what_the_description_named()
    {
        string text = "OPEC+ agreed to delay an output increase. U.S. crude futures were down 33 cents. The group, which pumps about half "
            + "of the world's oil, had planned to raise output. It is currently cutting output by 5.86 million bpd.";

        var it = MentionReading(text, "It");

        Assert.Equal("Organization of the Petroleum Exporting Countries", it.Entity.Name);
    }

    [Theory]
    [InlineData("The film")]
    [InlineData("the musical")]
    public void A_work_described_by_its_kind_is_the_work_last_named_by_its_quoted_title(string description)
    {
        string text = "Universal's \"Wicked\" flew to $114 million. It added $50.2 million overseas. Analysts said " + description
            + " would pass $500 million.";

        var reference = MentionReading(text, description);

        Assert.Equal("Wicked", reference.Entity.Name);
    }

    [Theory]
    [InlineData("The world's biggest cryptocurrency")]
    [InlineData("It")]
    public void A_description_of_an_asset_and_a_later_it_are_the_asset_last_named(string mention)
    {
        string text = "Bitcoin rose above $100,000 on expectations of friendlier U.S. regulation. The world's biggest cryptocurrency hit "
            + "a record $103,800. It has more than doubled this year.";

        var found = MentionReading(text, mention);

        Assert.Equal("Bitcoin", found.Entity.Name);
    }

    [Fact]
    public void The_stock_is_a_companys_shares_never_an_asset_named_before()
    {
        string text = "Gold rose 2% on Monday. Shares of Acme Corp fell 5%, and the stock is down 20% this year.";

        Assert.DoesNotContain(Shared.Run(text).Mentions, m => m.Span.In(text).ToString() == "the stock" && m.Entity.Name == "Gold");
    }

    [Fact]
    public void The_fire_is_no_fire_service_named_since()
    {
        string text = "The Park Fire was 3% contained, according to Cal Fire. Officials said the fire had grown by 20,000 acres.";

        var reference = Assert.Single(Shared.Run(text).Mentions, m => m.Kind == MentionKind.Reference);

        Assert.Equal("Park Fire", reference.Entity.Name);
    }

    [Theory]
    [InlineData("A wildfire in Northern California burned 50,000 acres.", "Northern")]
    [InlineData("Fighting in Eastern Ukraine killed 12 people.", "Eastern")]
    public void A_compass_word_before_a_known_place_is_no_name_of_its_own(string text, string word)
    {
        Assert.DoesNotContain(Shared.Run(text).Mentions, m => m.Span.In(text).ToString() == word);
    }

    [Fact]
    public void A_bare_compass_word_before_a_known_place_after_in_is_part_of_that_place()
    {
        const string text = "The measles outbreak in West Texas has grown to 159 cases.";

        Assert.Contains(Shared.Run(text).Mentions, m => m.Span.In(text).ToString() == "Texas" && m.Entity.Type == EntityType.Gpe);
    }

    [Theory]
    [InlineData("A train derailed in East Palestine, Ohio, on Friday.", "East Palestine")]
    [InlineData("She studied at the University of North Texas.", "University of North Texas")]
    public void A_compass_word_opening_a_towns_or_an_institutions_name_stays_in_it(string text, string name)
    {
        Assert.Contains(Shared.Run(text).Mentions, m => m.Span.In(text).ToString() == name);
    }

    [Fact]
    public void A_makers_description_by_its_product_resolves_to_the_last_company()
    {
        string text = "Microsoft closed its acquisition of Activision Blizzard on Friday. The Call of Duty maker has about 13,000 employees.";

        var reference = MentionReading(text, "The Call of Duty maker");

        Assert.Equal("Activision Blizzard", reference.Entity.Name);
    }

    [Theory]
    [InlineData("Tesla Inc (NASDAQ: TSLA) delivered 386,810 vehicles.", "TSLA", "Tesla")]
    [InlineData("Shares of Meta (META) fell 2%.", "META", "Meta")]
    public void A_bracketed_ticker_after_a_companys_name_is_that_company(string text, string ticker, string company)
    {
        var found = MentionReading(text, ticker);

        Assert.Equal(company, found.Entity.Name);
    }

    [Theory]
    [InlineData("Manchester City beat Real Madrid 4-0. City, who have now won 13 home matches, face Inter Milan.", "Manchester City")]
    [InlineData("Manchester City beat Real Madrid 4-0, and Haaland has now scored 52 goals for City.", "Manchester City")]
    [InlineData("Manchester City beat Leicester City 2-0, and Haaland has now scored 52 goals for City.", "City")]
    public void A_clubs_last_word_alone_is_the_one_club_the_story_names_by_it(string text, string entity)
    {
        var lone = MentionReading(text, "City");

        Assert.Equal(entity, lone.Entity.Name);
    }

    [Fact]
    public void The_club_resolves_to_the_last_club()
    {
        string text = "Chelsea sold the striker to Napoli. The club said the fee was £40 million.";

        var reference = Assert.Single(Shared.Run(text).Mentions, m => m.Kind == MentionKind.Reference);

        Assert.Equal("Napoli", reference.Entity.Name);
    }

    [Theory]
    [InlineData("The Department of Housing and Urban Development released its count. Black people were overrepresented: they account for 12% of the population.")]
    [InlineData("Ford cut its forecast on Thursday. Analysts said they expect its shares to fall.")]
    public void They_in_a_sentence_opened_by_plural_people_is_those_people(string text)
    {
        Assert.DoesNotContain(Shared.Run(text).Mentions, m => m.Kind == MentionKind.Reference && m.Span.In(text).ToString() == "they");
    }

    [Theory]
    [InlineData("Coinbase reported revenue of $1.2 billion, above estimates, according to LSEG data. The company said it would buy back shares.")]
    [InlineData("Coinbase earned $1.1 billion, more than analysts polled by Reuters expected. The company said it would buy back shares.")]
    public void The_company_is_not_the_data_provider_a_figure_is_quoted_from(string text)
    {
        var reference = Assert.Single(Shared.Run(text).Mentions, m => m.Kind == MentionKind.Reference && m.Span.In(text).ToString() == "The company");

        Assert.Equal("Coinbase", reference.Entity.Name);
    }

    [Theory]
    [InlineData("Skyvane, the region's biggest carrier, cancelled 140 flights.", "Skyvane")]
    [InlineData("Brekko, a Swedish carmaker, recalled 9,000 vans.", "Brekko")]
    public void A_lone_opening_word_an_appositive_calls_a_company_is_that_company(string text, string name)
    {
        var mention = MentionReading(text, name);

        Assert.Equal(EntityType.Org, mention.Entity.Type);
    }

    [Theory]
    [InlineData("Delays were worse than ever. Brisvale alone scrapped 610 flights.", "Brisvale")]
    [InlineData("Three lenders cut rates. Harnwick itself lowered its fixed rate to 4.1%.", "Harnwick")]
    public void A_lone_opening_word_a_focusing_word_singles_out_is_a_name(string text, string name)
    {
        Assert.Contains(Shared.Run(text).Mentions, m => m.Span.In(text).ToString() == name);
    }

    [Theory]
    [InlineData("Velmora recalled its Tarro SUV on Friday.", "Tarro")]
    [InlineData("Shares rose after CEO Maren Holt spoke at 10 a.m. EST on Tuesday.", "Maren Holt")]
    public void A_common_noun_acronym_or_a_time_zone_is_not_part_of_a_name(string text, string name)
    {
        var mentions = Shared.Run(text).Mentions;

        Assert.Contains(mentions, m => m.Span.In(text).ToString() == name);
        Assert.DoesNotContain(mentions, m => m.Span.In(text).ToString() is var s && (s.Contains("SUV", StringComparison.Ordinal) || s.Contains("CEO", StringComparison.Ordinal) || s == "EST"));
    }

    [Fact]
    public void A_lone_opening_word_the_document_also_writes_in_lower_case_is_not_a_name()
    {
        const string text = "Visitors spent more this year. Tourism alone brought 3,000 jobs, and tourism pays well. Exports alone rose 4%. Revenue also rose 2%.";

        Assert.DoesNotContain(Shared.Run(text).Mentions, m => m.Span.In(text).ToString() is "Tourism" or "Exports" or "Revenue");
    }

    [Theory]
    [InlineData("December alone saw 6.4 million travellers pass through.", "December")]
    [InlineData("Saturday alone brought 40,000 visitors.", "Saturday")]
    public void A_lone_opening_month_or_day_singled_out_is_a_time_not_a_name(string text, string time)
    {
        Assert.DoesNotContain(Shared.Run(text).Mentions, m => m.Span.In(text).ToString() == time);
    }

    [Theory]
    [InlineData("\"Dune: Part Two\" dominated theaters, collecting $82.5 million.", "Dune: Part Two", "Part")]
    [InlineData("Last week's champion, “Bob Marley: One Love,” fell to second place with $4.1 million.", "Bob Marley: One Love", "One")]
    [InlineData("The film 'Ocean's Eleven' earned $183 million.", "Ocean's Eleven", "Eleven")]
    public void A_quoted_title_is_one_name_and_its_numbers_are_words(string text, string title, string word)
    {
        var document = Shared.Run(text);

        Assert.Equal(EntityType.Other, Assert.Single(document.Mentions, m => m.Span.In(text).ToString() == title).Entity.Type);
        Assert.DoesNotContain(document.Mentions, m => m.Span.In(text).ToString() == word);
        Assert.DoesNotContain(document.Quantities, q => text[document.Tokens[q.FirstToken].Start..document.Tokens[q.EndToken - 1].End] == word);
    }

    [Theory]
    [InlineData("“With the Democrats’ poll-tested claims in shambles, we won,” she said.", "With the Democrats")]
    [InlineData("‘With the Democrats’ poll-tested claims in shambles, we won,’ she said.", "With the Democrats")]
    [InlineData("\"We are expecting a year of modest growth,\" said Robert Lang.", "We are expecting a year of modest growth")]
    public void A_quoted_remark_or_a_possessive_is_no_title(string text, string words)
    {
        Assert.DoesNotContain(Shared.Run(text).Mentions, m => m.Span.In(text).ToString() == words);
    }

    [Theory]
    [InlineData("OTTAWA — Wildfires have scorched 18.5 million hectares across Canada.", "Wildfires")]
    [InlineData("LONDON, Oct 7 (Reuters) - Shoppers spent £1.2 billion in the sales.", "Shoppers")]
    [InlineData("The carrier has ordered up to 300 Boeing 737 MAX 10 jets.", "MAX")]
    [InlineData("Sony has sold 5 million PlayStation 5 Pro consoles.", "Pro")]
    public void A_word_opening_a_story_after_its_dateline_or_a_model_after_its_number_is_no_name(string text, string word)
    {
        Assert.DoesNotContain(Shared.Run(text).Mentions, m => m.Span.In(text).ToString() == word);
    }

    [Theory]
    [InlineData("Meta Platforms said on Tuesday it would cut 10,000 more jobs.", "Meta Platforms", "Meta")]
    [InlineData("Microsoft Corp reported revenue of $62 billion.", "Microsoft Corp", "Microsoft")]
    [InlineData("Marks & Spencer said sales rose 5%.", "Marks & Spencer", "Marks & Spencer")]
    public void A_company_named_with_its_corporate_word_or_an_ampersand_is_one_mention_of_it(string text, string words, string company)
    {
        var mentions = Shared.Run(text).Mentions;

        Assert.Equal(company, Assert.Single(mentions, m => m.Span.In(text).ToString() == words).Entity.Name);
    }

    [Theory]
    [InlineData("Chocolate sales rose 8% over Easter.", "Easter")]
    [InlineData("Shoppers spent £1.2 billion on Black Friday and Cyber Monday.", "Black Friday")]
    [InlineData("Flights were full over Christmas Eve.", "Christmas Eve")]
    public void A_holiday_is_a_time_not_a_name(string text, string holiday)
    {
        Assert.DoesNotContain(Shared.Run(text).Mentions, m => m.Span.In(text).ToString().Contains(holiday, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Velmora Motors posted record sales in May. The carmaker said demand for vans rose.", "The carmaker")]
    [InlineData("Orvane Brewing Co. raised prices in March. The brewer said barley costs had doubled.", "The brewer")]
    [InlineData("Tessaline Group cut 300 jobs. The manufacturer said orders had slowed.", "The manufacturer")]
    public void A_company_described_by_its_trade_resolves_to_the_last_organization(string text, string description)
    {
        var reference = Assert.Single(Shared.Run(text).Mentions, m => m.Kind == MentionKind.Reference && m.Span.In(text).ToString() == description);

        Assert.Equal(Shared.Run(text).Mentions.First(m => m.Kind == MentionKind.Name).Entity.Name, reference.Entity.Name);
    }

    [Theory]
    [InlineData("Ryanair reported a profit of €1.4 billion. Shares in Ryanair rose 3%. Fuel costs rose 70%, the airline said.", "the airline")]
    [InlineData("Analysts expect a loss at Halvane. Halvane shares fell 5%. The company said demand was weak.", "The company")]
    [InlineData("Shares in Ryanair rose 3%. It has ordered 300 Boeing 737 MAX 10 jets. Fuel costs rose 70%, the airline said.", "the airline")]
    [InlineData("Flumbo layoffs begin. Flumbo chairman Marcelo Claure told TRD staff would go. Flumbo declined to comment. The company had 12,000 employees.", "The company")]
    public void A_name_written_as_a_listed_company_is_what_its_trade_points_at_and_not_the_maker_of_a_model(string text, string description)
    {
        var reference = Assert.Single(Shared.Run(text).Mentions, m => m.Kind == MentionKind.Reference && m.Span.In(text).ToString() == description);

        Assert.Equal(EntityType.Org, reference.Entity.Type);
        Assert.Equal(Shared.Run(text).Mentions.First(m => m.Kind == MentionKind.Name).Entity.Name, reference.Entity.Name);
    }

    [Theory]
    [InlineData("MONTELAGO, Italy, July 7 (CP) - The town council said it spent €2.1 million.", "The town council")]
    [InlineData("MONTELAGO, Italy, July 7 (CP) - The town council said it spent €2.1 million.", "it")]
    [InlineData("Montelago - The festival closed. The Municipality has invested 1,2 million euros.", "The Municipality")]
    [InlineData("Crowds were large. The municipality of Montelago paid for extra buses.", "The municipality of Montelago")]
    [InlineData("MONTELAGO (CP) - City Hall said the festival would return.", "City Hall")]
    [InlineData("MONTELAGO (CP) - The mayor said the council spent €2 million.", "the council")]
    public void A_towns_council_under_any_description_is_that_towns_council(string text, string mention)
    {
        var found = MentionReading(text, mention);

        Assert.Equal("Montelago council", found.Entity.Name);
    }

    [Theory]
    [InlineData("The council approved the budget on Monday.")]
    [InlineData("BRUSSELS (CP) - The Council of Europe said the vote was fair.")]
    [InlineData("MONTELAGO (CP) - The town hall was flooded.")]
    public void A_council_with_no_town_to_anchor_to_or_a_named_council_is_left_alone(string text)
    {
        Assert.DoesNotContain(Shared.Run(text).Mentions, m => m.Entity.Name.EndsWith(" council", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Economists polled by Reuters had expected a 0.2% rise.", "0.2%", "economists polled by Reuters")]
    [InlineData("Analysts surveyed by the Financial Times see growth of 1.1%.", "1.1%", "analysts surveyed by Financial Times")]
    public void A_polls_forecast_belongs_to_the_respondents_not_the_pollster(string text, string quote, string subject)
    {
        var claim = Assert.Single(Shared.Run(text).Claims, c => c.Quote == quote);

        Assert.Equal(subject, claim.Subject?.Name);
    }

    [Theory]
    [InlineData("The fire", "Juniper Ridge Fire")]
    [InlineData("It", "Juniper Ridge Fire")]
    [InlineData("the school", "Cedar Hollow High School")]
    public void The_head_noun_of_a_recent_name_points_back_at_it_and_a_later_it_follows(string mention, string entity)
    {
        const string text = "The Juniper Ridge Fire grew overnight. The fire had scorched 14,200 acres, according to figures read out at " +
            "Cedar Hollow High School. It has destroyed 38 homes, and the school is closed.";

        var found = MentionReading(text, mention);

        Assert.Equal(entity, found.Entity.Name);
    }

    [Theory]
    [InlineData("Shares of Acme Holdings fell.", "Acme Holdings", EntityType.Org)]
    [InlineData("The deal was signed by President Emmanuel Macron in Paris.", "Emmanuel Macron", EntityType.Person)]
    [InlineData("Analysts at Rystad Energy Group disagreed.", "Rystad Energy Group", EntityType.Org)]
    [InlineData("Funds went to the exchange DMM Bitcoin last year.", "DMM Bitcoin", EntityType.Org)]
    [InlineData("British broadband provider TelcoNet said on Wednesday it was hacked.", "TelcoNet", EntityType.Org)]
    [InlineData("Swedish truckmaker Nordvik said it would cut jobs.", "Nordvik", EntityType.Org)]
    [InlineData("Chief Executive Sarah Mitchell apologised to customers.", "Sarah Mitchell", EntityType.Person)]
    [InlineData("Finance Minister Rachel Reeves said the budget would balance.", "Rachel Reeves", EntityType.Person)]
    [InlineData("Manager Mikel Arteta has been given a budget of about £200m.", "Mikel Arteta", EntityType.Person)]
    [InlineData("Goalkeeper Kepa Arrizabalaga joined from Chelsea.", "Kepa Arrizabalaga", EntityType.Person)]
    [InlineData("Frenchman Kylian Mbappe scored 31 goals in the league.", "Kylian Mbappe", EntityType.Person)]
    [InlineData("Under the 2015 Paris Agreement, nearly 200 countries agreed to limit warming.", "Paris Agreement", EntityType.Other)]
    [InlineData("The Kyoto Protocol expired in 2012.", "Kyoto Protocol", EntityType.Other)]
    [InlineData("The China Daily reported the figures.", "China Daily", EntityType.Other)]
    [InlineData("Detective Inspector Ruth Okafor said two men were arrested.", "Ruth Okafor", EntityType.Person)]
    [InlineData("The Information Commissioner's Office said it was investigating.", "Information Commissioner's Office", EntityType.Org)]
    [InlineData("Deputies from the Los Angeles County Sheriff's Department arrived.", "Los Angeles County Sheriff's Department", EntityType.Org)]
    [InlineData("England midfielder Declan Rice joined from West Ham.", "Declan Rice", EntityType.Person)]
    [InlineData("Chief executive Marc Benioff said the company hired too many people.", "Marc Benioff", EntityType.Person)]
    [InlineData("Swati Dhingra, 52, voted for a cut.", "Swati Dhingra", EntityType.Person)]
    [InlineData("Mediline Health, the Ohio-based hospital operator, said hackers stole its data.", "Mediline Health", EntityType.Org)]
    [InlineData("The National Aeronautics and Space Administration is funded at $16.4 billion.", "National Aeronautics and Space Administration", EntityType.Org)]
    [InlineData("Officials at the Drug Enforcement Administration published the data.", "Drug Enforcement Administration", EntityType.Org)]
    [InlineData("The Park Fire, which began near Chico, was 3% contained.", "Park Fire", EntityType.Event)]
    [InlineData("Colorado River shortage to continue\n\nArizona will lose 18 percent of its share of the river.", "Colorado River", EntityType.Loc)]
    [InlineData("Tensions rose in the South China Sea, where the river of trade runs through the sea lanes.", "South China Sea", EntityType.Loc)]
    public void Unknown_capitalized_names_get_a_type_from_simple_cues(string text, string name, EntityType type)
    {
        var found = MentionReading(text, name);

        Assert.Equal(type, found.Entity.Type);
    }

    [Theory]
    [InlineData("Goals came from Luis Diaz and Mohamed Salah. Salah has now scored 28 league goals.", "Salah", "Mohamed Salah")]
    [InlineData("Arne Slot replaced Jurgen Klopp last summer. Slot, 46, won the title.", "Slot", "Arne Slot")]
    [InlineData("Shaq Vann ran for 101 yards and Mike Glass threw twice. Glass was 20-of-24 passing.", "Glass", "Mike Glass")]
    public void A_surname_opening_a_sentence_is_the_person_named_in_full_before(string text, string word, string person)
    {
        var opening = MentionReading(text, word);

        Assert.Equal(person, opening.Entity.Name);
    }

    [Theory]
    [InlineData("Arsenal sign Rice for £105m\n\nEngland midfielder Declan Rice has joined from West Ham.", "Rice", "Declan Rice")]
    [InlineData("Daniel Mercer, 41, pleaded guilty. The judge ordered Mercer to pay $4 million.", "Mercer", "Daniel Mercer")]
    [InlineData("Venus Williams beat Serena Williams in 2001. The crowd cheered for Williams.", "Williams", "Williams")]
    public void A_surname_anywhere_in_the_story_is_the_one_person_of_that_name(string text, string word, string entity)
    {
        var mention = Shared.Run(text).Mentions.First(m => m.Span.In(text).ToString() == word);

        Assert.Equal(entity, mention.Entity.Name);
    }

    [Theory]
    [InlineData("Arsenal have signed Viktor Gyokeres from Sporting. The Swede scored 54 goals last season.", "The Swede", "Viktor Gyokeres")]
    [InlineData("Mohamed Salah scored as Liverpool beat Chelsea. The Egyptian has now scored 14 goals.", "The Egyptian", "Mohamed Salah")]
    [InlineData("Lena Hartmann joined the board in May. The 52-year-old earns $900,000 a year.", "The 52-year-old", "Lena Hartmann")]
    [InlineData("Chelsea signed Joao Pedro in July. The Brazilian, who cost £60 million, scored twice.", "The Brazilian", "Joao Pedro")]
    [InlineData("Sam Bankman-Fried was sentenced on Thursday. Judge Lewis Kaplan also ordered the 32-year-old to forfeit $11 billion.", "the 32-year-old", "Sam Bankman-Fried")]
    [InlineData("Kepa Arrizabalaga signed on Wednesday. Stamford Bridge awaits. The 23-year-old flew to London.", "The 23-year-old", "Kepa Arrizabalaga")]
    [InlineData("Florian Wirtz has joined Liverpool. The Germany international scored 18 goals last season.", "The Germany", "Florian Wirtz")]
    [InlineData("Jannik Sinner beat Alexander Zverev 6-3 on Sunday. The 23-year-old Italian hit 32 winners.", "The 23-year-old", "Jannik Sinner")]
    [InlineData("Jannik Sinner won the title, beating Alexander Zverev in the final. The Italian served 12 aces.", "The Italian", "Jannik Sinner")]
    [InlineData("Alexander Zverev lost again. Jannik Sinner became the first Italian to win three titles. He has won 50 of his last 53 matches.", "He", "Jannik Sinner")]
    public void A_nationality_or_an_age_standing_alone_is_the_person_last_named(string text, string words, string person)
    {
        var reference = MentionReading(text, words);

        Assert.Equal(MentionKind.Reference, reference.Kind);
        Assert.Equal(person, reference.Entity.Name);
    }

    [Theory]
    [InlineData("Mohamed Salah scored twice. The Egyptian government said 40 people died.", "Egyptian")]
    [InlineData("Mohamed Salah scored twice. The Egyptians won 3-0.", "Egyptians")]
    [InlineData("Mohamed Salah scored twice. The 43-year-old man was arrested.", "43-year-old")]
    [InlineData("Frenchman Kylian Mbappe scored 31 goals.", "Frenchman")]
    [InlineData("Florian Wirtz has joined Liverpool. The Germany team scored 18 goals.", "Germany")]
    public void A_nationality_describing_a_thing_a_people_or_a_name_and_an_unnamed_mans_age_are_no_reference(string text, string word)
    {
        var mentions = Shared.Run(text).Mentions;

        Assert.DoesNotContain(mentions, m => m.Kind == MentionKind.Reference && m.Span.In(text).ToString().Contains(word, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Labour won 412 seats in the general election, while the Conservatives took 121.", "Labour", "Labour Party")]
    [InlineData("Democrats won the Senate race as voters turned out in the election.", "Democrats", "Democratic Party")]
    [InlineData("House Democrats voted in the election year as polls closed.", "House Democrats", "House Democrats")]
    public void A_partys_common_word_name_in_a_story_about_politics_is_the_party(string text, string words, string entity)
    {
        var found = MentionReading(text, words);

        Assert.Equal(entity, found.Entity.Name);
    }

    [Fact]
    public void Labour_alone_is_no_party_before_the_noun_it_describes()
    {
        const string text = "Labour costs rose 3% in the quarter.";

        Assert.DoesNotContain(Shared.Run(text).Mentions, m => m.Entity.Type == EntityType.Org);
    }

    [Theory]
    [InlineData("Taroudant province recorded 452 deaths.", "Taroudant", true)]
    [InlineData("Kherson region lost power on Monday.", "Kherson", true)]
    [InlineData("Each province recorded 40 deaths. Every province has a governor.", "Each", false)]
    public void An_opening_word_a_place_noun_follows_is_that_places_name(string text, string word, bool named)
    {
        Assert.Equal(named, Shared.Run(text).Mentions.Any(m => m.Span.In(text).ToString() == word));
    }

    [Fact]
    public void A_longer_names_first_word_opening_a_sentence_is_no_name_when_written_in_lower_case()
    {
        const string text = "The New Jersey Devils won again. New rules on new stadiums came in. Halvorsen Foods cut prices. Halvorsen said so.";

        var mentions = Shared.Run(text).Mentions;

        Assert.DoesNotContain(mentions, m => m.Span.In(text).ToString() == "New");
        Assert.Contains(mentions, m => m.Span.In(text).ToString() == "Halvorsen");
    }

    [Fact]
    public void A_word_of_a_name_is_no_reference_to_an_earlier_one()
    {
        const string text = "Spending will meet a NATO target, officials said. The Bank of Canada has cut its key interest rate nine times.";

        var mentions = Shared.Run(text).Mentions;

        Assert.DoesNotContain(mentions, m => m.Span.In(text).ToString() == "The Bank");
        Assert.Equal("Bank of Canada", Assert.Single(mentions, m => m.Span.In(text).ToString() == "its").Entity.Name);
    }

    [Fact]
    public void Us_the_pronoun_is_not_the_United_States()
    {
        Assert.DoesNotContain(Shared.Run("Let us know, the US embassy said.").Mentions, m => m.Span.In("Let us know, the US embassy said.").ToString() == "us");
    }

    [Theory]
    [InlineData("Harwick Foods Stock Is Falling After Its Results", "Stock Is Falling")]
    [InlineData("Weekly Planner\n\nA weekly planner saves time.", "Weekly Planner")]
    [InlineData("Asparagus and Eggs\n\nBoil two eggs for six minutes.", "Eggs")]
    [InlineData("Why You Shouldn't Panic\n\nMarkets fell.", "Panic")]
    [InlineData("'Wicked' Soars to $114 Million Opening Weekend\n\n\"Wicked\" flew to $114 million in its debut.", "Soars")]
    [InlineData("'Wicked' Soars to $114 Million Opening Weekend\n\n\"Wicked\" flew to $114 million in its debut.", "Opening Weekend")]
    [InlineData("Death Toll From Vanuatu Earthquake Rises to 14\n\nThe death toll from the earthquake has risen to 14.", "Earthquake")]
    public void A_heading_in_title_case_is_not_a_name(string text, string heading)
    {
        var document = Shared.Run(text);

        Assert.DoesNotContain(document.Mentions, m => m.Span.In(text).ToString().Contains(heading, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Red Cross volunteers arrived. A red cross-stitch hung on the wall.", "Red Cross")]
    [InlineData("Nelson's goal lifts Isles. Brock Nelson scored twice.", "Brock Nelson")]
    public void A_name_whose_words_appear_in_lower_case_apart_is_still_a_name(string text, string name)
    {
        var document = Shared.Run(text);

        Assert.Contains(document.Mentions, m => m.Span.In(text).ToString() == name);
    }

    [Theory]
    [InlineData("The laptop's CPU ran at 95 degrees.", "CPU")]
    [InlineData("He had two INTs and a PBU on Sunday.", "PBU")]
    [InlineData("The charger is rated at 87 W in tests.", "W")]
    [InlineData("The storm made landfall as a Category 4 hurricane.", "Category")]
    [InlineData("The Celtics won Game 7 at home.", "Game")]
    [InlineData("Deaths from COVID fell to around 50,000.", "COVID")]
    [InlineData("COVID-19 dropped out of the top 10 causes of death.", "COVID-19")]
    [InlineData("New HIV infections fell 12%.", "HIV")]
    [InlineData("Imports rose 22% to 5.2 million TEUs.", "TEUs")]
    public void A_common_acronym_a_lone_letter_or_a_numbered_step_is_not_a_name(string text, string word)
    {
        var document = Shared.Run(text);

        Assert.DoesNotContain(document.Mentions, m => m.Span.In(text).ToString() == word);
    }

    [Theory]
    [InlineData("Chasing Followers, My Neighbour Became a Bakery\n\nThe bakery sold 300 loaves.", "My Neighbour Became")]
    [InlineData("The Future of Heating Is ... You're Cold\n\nHeaters cost $40.", "You're Cold")]
    [InlineData("Posted: March 3 · Revised: March 4\n\nHeaters cost $40.", "Revised")]
    public void A_title_case_run_a_pronoun_opens_or_a_participle_label_is_not_a_name(string text, string words)
    {
        var document = Shared.Run(text);

        Assert.DoesNotContain(document.Mentions, m => m.Entity.Name == words);
    }

    [Theory]
    [InlineData("The best Cyber Monday deals on heaters start at $40.", "Cyber")]
    [InlineData("Rep. Dana Holt, R-W.Va., toured the plant.", "R-W")]
    [InlineData("It has the same 4.0-liter V8 engine as before.", "V8")]
    public void A_days_name_a_party_and_state_tag_or_an_engines_kind_is_not_a_name(string text, string words)
    {
        var document = Shared.Run(text);

        Assert.DoesNotContain(document.Mentions, m => m.Entity.Name == words);
    }

    [Theory]
    [InlineData("Boeing Wednesday reported 30 deliveries for the month.", "Boeing")]
    [InlineData("Halvorsen Foods Monday said sales rose 4%.", "Halvorsen Foods")]
    public void A_name_before_a_weekday_stays_a_name(string text, string name)
    {
        var document = Shared.Run(text);

        Assert.Contains(document.Mentions, m => m.Entity.Name == name);
    }

    [Fact]
    public void A_name_glued_by_a_hyphen_to_a_capitalized_word_keeps_that_word()
    {
        var document = Shared.Run("A new Half-Life game is coming out after 12 years of waiting.");

        Assert.Contains(document.Mentions, m => m.Entity.Name == "Half-Life");
    }

    [Theory]
    [InlineData("\"Climbing the stairs took 30 minutes,\" the owner said.", "Climbing")]
    [InlineData("Dana R. Holt: Dealing in stolen heaters, held on $5,000 bond.", "Dealing")]
    public void A_lone_capitalized_word_after_an_opening_quote_or_a_colon_opens_the_sentence_and_is_not_a_name(string text, string word)
    {
        var document = Shared.Run(text);

        Assert.DoesNotContain(document.Mentions, m => m.Entity.Name == word);
    }

    [Fact]
    public void A_name_after_a_teams_record_and_a_colon_stays_a_name()
    {
        var document = Shared.Run("Palm Bay (1-0): Tolivert 25 points.");

        Assert.Contains(document.Mentions, m => m.Entity.Name == "Tolivert");
    }

    // the one mention of text that reads exactly words
    private static EntityMention MentionReading(string text, string words) =>
        Assert.Single(Shared.Run(text).Mentions, m => m.Span.In(text).ToString() == words);
}
