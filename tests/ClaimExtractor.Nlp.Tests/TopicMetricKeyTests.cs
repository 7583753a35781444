using ClaimExtractor.Core.Claims;
using ClaimExtractor.Core.Quantities;
using ClaimExtractor.Nlp.Tests.Support;

namespace ClaimExtractor.Nlp.Tests;

/// <summary>The same alignment rules on other news topics.</summary>
public sealed class TopicMetricKeyTests
{
    [Fact]
    public void Two_reports_of_a_wildfires_acres_share_a_key()
    {
        var a = Claim("The Park Fire has burned more than 350,000 acres in California this year, Cal Fire said.", "350,000 acres");
        var b = Claim("California firefighters said the blaze had scorched 390,000 acres this year.", "390,000 acres");

        Assert.Equal("area_burned.measure", a.MetricKey);
        Assert.Equal(a.MetricKey, b.MetricKey);
        Assert.Equal(Unit.Measure("acre"), a.Quantity.Unit);
        Assert.Equal("2024", a.Period?.Label);
        Assert.Equal("Cal Fire", a.Attribution);
    }

    [Theory]
    [InlineData("More than 150,000 homes were left without power.", "150,000", "power_outage.count")]
    [InlineData("Floods kill at least 95 in Spain's Valencia region", "95", "deaths.count")]
    [InlineData("Income at the investment bank rose 11% to 2.9 billion pounds.", "2.9 billion pounds", "profit.value")]
    [InlineData("The bank said it would return 10 billion pounds to shareholders by 2026.", "10 billion pounds", "shareholder_return.value")]
    [InlineData("Germany's inflation rate dropped to 1.8%, while France recorded 1.5% and Italy just 0.8%.", "0.8%", "inflation.rate")]
    [InlineData("Three men, aged 34, 41 and 52, were arrested.", "52", "men:age.measure")]
    [InlineData("Children aged 5, 6 or 7 were tested.", "6", "children:age.measure")]
    [InlineData("Intel said it would cut more than 15% of its workforce, or over 15,000 jobs.", "15,000", "job_cuts.count")]
    [InlineData("Korvat laid off 300 workers last year.", "300", "job_cuts.count")]
    [InlineData("The firm announced 2,000 job cuts.", "2,000", "job_cuts.count")]
    [InlineData("Police seized cocaine with a street value of about 150 million euros.", "150 million euros", "street_value.value")]
    [InlineData("At the closing price, Reddit was worth about $9.5 billion, still below the $10 billion valuation it reached in a 2021 funding round.", "$10 billion", "valuation.value")]
    [InlineData("Of the dead, 213 were in the Valencia region, officials said.", "213", "deaths.count.part")]
    [InlineData("The vast majority of the victims, 207, died in the province of Valencia.", "207", "deaths.count.part")]
    [InlineData("The death toll from the floods rose to 217 on Saturday.", "217", "deaths.count")]
    [InlineData("Bitcoin crossed the $100,000 mark late on Wednesday.", "$100,000", "price.milestone")]
    [InlineData("Spanish police have seized 13 tonnes of cocaine hidden in a shipment of bananas.", "13 tonnes", "drug_seizures.measure")]
    [InlineData("Cocaine seizures in Spain rose 29% last year to 118 tonnes.", "118 tonnes", "drug_seizures.measure")]
    [InlineData("The amount of cocaine seized in the country climbed by 29 percent in 2023 to 118 tonnes.", "29 percent", "drug_seizures.measure.change")]
    [InlineData("Prosecutors seized $5 million from the gang.", "$5 million", "sanctions.value")]
    [InlineData("Nearly 350 people have died in crashes in Nepal, home to eight of the world's 14 highest mountains.", "eight", "mountain.count.part")]
    [InlineData("Baker Mayfield completed 26 of 36 passes for 195 yards.", "26", "pass.count.part")]
    [InlineData("Most of the deaths - 1,293 - were in Al Haouz province.", "1,293", "deaths.count.part")]
    [InlineData("He was sentenced to 25 years in prison on Thursday.", "25 years", "prison_sentence.measure")]
    [InlineData("He has kept his tariffs on $360 billion worth of Chinese goods.", "$360 billion", "tariffed_goods.value.part")]
    [InlineData("Beijing wants relief from the 25% tariffs imposed on an earlier, $250 billion list of goods.", "$250 billion", "tariffed_goods.value.part")]
    [InlineData("Customs collected $79 billion in tariffs last year.", "$79 billion", "tax.value")]
    [InlineData("Three weeks before he died, he had been found in his jail cell.", "Three weeks", "duration.measure")]
    [InlineData("The judge also ordered him to forfeit $11 billion.", "$11 billion", "forfeiture.value")]
    [InlineData("Prosecutors had sought 40 to 50 years.", "40 to 50 years", "expected:duration.measure")]
    [InlineData("Funding reached $4 billion in 2023, less than half of the $8.3 billion the WHO estimates is needed each year.", "$8.3 billion", "expected:total:funding.value")]
    [InlineData("Funding reached $4 billion in 2023, less than half of the $8.3 billion the WHO estimates is needed each year.", "$4 billion", "funding.value")]
    [InlineData("Officials said 300 firefighters were needed.", "300", "expected:firefighter.count")]
    [InlineData("Officials said 300 firefighters were sent.", "300", "firefighter.count")]
    [InlineData("The number of ships using the canal fell to 13,213 last year.", "13,213", "ships.count")]
    [InlineData("The number of tourists visiting the island rose to 2.1 million.", "2.1 million", "tourist_arrivals.count")]
    [InlineData("Apple fitted a new 100Wh battery that is necessary for the faster chips.", "100Wh", "energy.measure")]
    [InlineData("The city has approved the $2 billion needed to finish the rail line.", "$2 billion", "expected:amount.value")]
    [InlineData("The survey of 4,000 adults found that many felt lonely.", "4,000", "participants.count")]
    [InlineData("Loneliness was reported by 14% of those over 65.", "65", "age.measure")]
    [InlineData("About a third of the patients whose records were taken were under 18.", "18", "age.measure")]
    [InlineData("Nearly 60% of voters aged over 65 backed the plan.", "65", "age.measure")]
    [InlineData("One child, who was unvaccinated, has died.", "One", "children:deaths.count")]
    [InlineData("Argentina's monthly inflation rate slowed to 2.7% in October.", "2.7%", "monthly:inflation.rate")]
    [InlineData("Inflation in Argentina was 2.7% on a monthly basis in October.", "2.7%", "monthly:inflation.rate")]
    [InlineData("Annual inflation eased to 193% in October.", "193%", "inflation.rate")]
    [InlineData("The Mets' payroll topped $330 million in 2024, and the team paid about $100 million in luxury tax.", "$330 million", "payroll.value")]
    [InlineData("Nonfarm payrolls rose by 254,000 in September.", "254,000", "jobs.count")]
    [InlineData("Discontinuation rates due to side effects ranged from 5.2% to 8% across doses, versus 1.4% on placebo.", "1.4%", "discontinuation.rate")]
    [InlineData("The graduation rate rose to 85%.", "85%", "graduation.rate")]
    [InlineData("Rescuers had recovered 28 bodies from the river by Thursday morning.", "28", "bodies_recovered.count")]
    [InlineData("Border Patrol apprehensions at the southern border dropped to 53,857 in September.", "53,857", "arrests.count")]
    [InlineData("Border Patrol agents made 53,857 arrests last month, down from 58,000 in August and 218,000 in September 2023.", "218,000", "arrests.count")]
    [InlineData("The recall affects 218,000 vehicles in the US and 31,500 in Canada, according to the company.", "31,500", "vehicles.count")]
    [InlineData("More than 33,000 Boeing machinists will return to work after voting 59% to 41% to ratify a contract.", "59%", "vote_share.rate")]
    [InlineData("The fund is expected to return 8% a year.", "8%", "expected:investment_return.rate")]
    [InlineData("The ECB now sees inflation averaging 2.4% this year, 2.1% in 2025 and 1.9% in 2026.", "1.9%", "expected:inflation.rate")]
    [InlineData("The company sees revenue of $5 billion next year.", "$5 billion", "expected:revenue.value")]
    [InlineData("Inflation was 2.4% in 2023, 2.1% in 2024 and 1.9% in 2025.", "1.9%", "inflation.rate")]
    [InlineData("Brent crude futures settled down $1.43, or 1.9%, at $72.09 a barrel.", "$1.43", "price.value.change")]
    [InlineData("Brent crude futures settled down $1.43, or 1.9%, at $72.09 a barrel.", "1.9%", "price.value.change")]
    [InlineData("Brent crude futures settled down $1.43, or 1.9%, at $72.09 a barrel.", "$72.09", "price.value")]
    [InlineData("The company settled for $2 billion.", "$2 billion", "fine.value")]
    [InlineData("Records exposed in breaches reported to federal regulators rose 64% to 276 million in 2024.", "276 million", "record.count")]
    [InlineData("The regional jet carried 64 people, 60 passengers and four crew members.", "64", "aboard.count")]
    [InlineData("Walmart's same-store sales grew 5.3%, above analysts' 3.6% forecast.", "3.6%", "expected:growth.rate")]
    [InlineData("There were 1.39 million homes on the market, up 23% from a year ago.", "1.39 million", "home.count")]
    [InlineData("There were 1.39 million homes on the market, up 23% from a year ago.", "23%", "home.count.change")]
    [InlineData("The fire has destroyed at least 38 homes and damaged 17 others.", "38", "buildings_destroyed.count")]
    [InlineData("The fire has destroyed at least 38 homes and damaged 17 others.", "17", "buildings_damaged.count")]
    [InlineData("Another 19 buildings were damaged, officials said.", "19", "buildings_damaged.count")]
    [InlineData("The fire has destroyed 87 structures, including 41 homes, Cal Fire said.", "41", "buildings_destroyed.count.part")]
    [InlineData("SoftBank will fund a $3 billion buyout of existing shareholders, including $1 billion for some of Neumann's shares.", "$1 billion", "deal_value.value.part")]
    [InlineData("From 2010 to 2015 there were 3248 cases reported worldwide, including 584 deaths.", "584", "deaths.count")]
    [InlineData("Two firefighters suffered minor injuries.", "Two", "injured.count")]
    [InlineData("More than 2,200 flights were cancelled, and another 8,200 flights were delayed.", "8,200", "flight_delays.count")]
    [InlineData("The company built 362,615 vehicles, meaning inventory rose by about 26,000 cars.", "26,000", "inventory.count")]
    [InlineData("Nonfarm payrolls rose by 254,000 jobs in September.", "254,000", "jobs.count")]
    [InlineData("The council approved the budget by a vote of 7 to 2.", "7", "votes.count")]
    [InlineData("The Senate passed the bill 52-48.", "48", "votes_against.count")]
    [InlineData("The Senate passed the bill 52-48.", "52", "votes.count")]
    [InlineData("The Senate approved it by 79 votes to 18 late on Tuesday.", "18", "votes_against.count")]
    [InlineData("The tour sold 10.1 million tickets, with an average gross of $13.8 million per show.", "$13.8 million", "revenue_per_show.value")]
    [InlineData("The tour grossed $2.08 billion over 149 shows.", "$2.08 billion", "revenue.value")]
    [InlineData("Tenants in London are paying an average of £2,223 a month.", "£2,223", "rent.value")]
    [InlineData("Across the UK, private rents were 8.7% higher in August than a year earlier.", "8.7%", "rent.value.change")]
    [InlineData("In 2018, more than 160 people drowned when a ferry sank in Lake Toba.", "160", "deaths.count")]
    [InlineData("The ferry had 53 passengers and 12 crew on board.", "12", "crew.count")]
    [InlineData("Rescuers searched for 30 people still missing, as the death toll rose to six.", "six", "deaths.count")]
    [InlineData("Karol Nawrocki won 50.89% of the votes cast on Sunday, beating Rafal Trzaskowski, who won 49.11%.", "50.89%", "vote_share.rate")]
    [InlineData("Karol Nawrocki won 50.89% of the votes cast on Sunday, beating Rafal Trzaskowski, who won 49.11%.", "49.11%", "vote_share.rate")]
    [InlineData("In the first round on May 18, Trzaskowski had led with 31.36% to Nawrocki's 29.54%.", "31.36%", "vote_share.rate")]
    [InlineData("The zloty fell 1.2% against the euro and Warsaw's main stock index dropped 2.1% in early trading.", "1.2%", "price.value.change")]
    [InlineData("The zloty weakened 0.4% against the euro by midday.", "0.4%", "price.value.change")]
    [InlineData("Data from the Census Bureau show 5,000 new homes.", "5,000", "home.count")]
    [InlineData("The fire destroyed 38 homes and 12 other buildings.", "12", "buildings_destroyed.count")]
    [InlineData("Juniper Ridge Fire death toll rises to two; 61 homes lost", "61", "buildings_destroyed.count")]
    [InlineData("Sales of previously owned U.S. homes fell 1% in September to a seasonally adjusted annual rate of 3.84 million units.", "3.84 million", "home_sales.count")]
    [InlineData("The blast killed 12 people and 30 bodies were found later.", "12", "deaths.count")]
    [InlineData("The deficit will reach $1.9 trillion in fiscal 2025, or 6.2% of gross domestic product.", "6.2%", "deficit_to_gdp.rate")]
    [InlineData("Debt held by the public rose to 97% of GDP last year.", "97%", "debt_to_gdp.rate")]
    [InlineData("Spending on interest will climb to $952 billion, or 3.2% of GDP.", "$952 billion", "expected:interest:cost.value")]
    [InlineData("Net interest costs are expected to total $952 billion in fiscal 2025.", "$952 billion", "expected:interest:cost.value")]
    [InlineData("The budget office expects the economy to grow 1.9% in calendar 2025, down from 2.3% last year, and unemployment to average 4.3%.", "2.3%", "growth.rate")]
    [InlineData("The budget office expects the economy to grow 1.9% in calendar 2025, down from 2.3% last year, and unemployment to average 4.3%.", "1.9%", "growth.rate.change")]
    [InlineData("Annual inflation eased to 193% in October. It had peaked at nearly 300% in April.", "300%", "inflation.rate")]
    [InlineData("The economy is expected to contract about 3.5% this year.", "3.5%", "expected:share.rate")]
    [InlineData("The company's workforce will shrink 10% next year.", "10%", "jobs.count.change")]
    [InlineData("Vaccination rates fell to 92.7%.", "92.7%", "vaccinations.rate")]
    [InlineData("The central bank raised rates to 5%.", "5%", "interest_rate.rate")]
    [InlineData("Soto's average annual value of $51 million is also a record.", "$51 million", "salary.value")]
    [InlineData("Inflation rose to 3% in October from 2.9% a month earlier.", "3%", "inflation.rate")]
    [InlineData("The film added $144 million overseas for a global opening of $301 million.", "$144 million", "international:revenue.value")]
    [InlineData("Three workers, whose names were not released, were injured in the blast.", "Three", "injured.count")]
    [InlineData("The debut was more than double the $70 million that industry tracking had projected.", "$70 million", "expected:revenue.value")]
    [InlineData("Sales reached the $5 billion which the company predicted.", "$5 billion", "expected:revenue.value")]
    [InlineData("Police said the 2,000 that organizers estimated attended were peaceful.", "2,000", "attendance.count")]
    [InlineData("About a third of the patients whose records were taken were under 18.", "a third", "patient.count.share")]
    [InlineData("In Gaines County, 18% of kindergartners had a vaccine exemption last school year.", "18%", "kindergartner.count.share")]
    [InlineData("Seventy-eight percent of Americans live paycheck to paycheck.", "Seventy-eight percent", "share")]
    [InlineData("The plane was carrying two crew members and 17 technicians.", "two", "crew.count")]
    [InlineData("The survey of 2,437 voters has a margin of error of plus or minus 2.2 percentage points.", "2.2 percentage points", "margin_of_error.rate.change")]
    [InlineData("The company had 124,800 employees at the end of last year.", "124,800", "jobs.count")]
    [InlineData("Intel shares have lost about 40% of their value this year.", "40%", "share_price.value.change")]
    [InlineData("The stock has steadily lost 30% of its value since March.", "30%", "share_price.value.change")]
    [InlineData("The rupee has lost 10% of its value against the dollar.", "10%", "price.value.change")]
    [InlineData("The striker earns £300,000 per week at his club.", "£300,000", "salary.value")]
    [InlineData("Nurses earn £35,000 a year on average.", "£35,000", "salary.value")]
    [InlineData("Apple earns $100 billion a year from the iPhone.", "$100 billion", "profit.value")]
    [InlineData("Apple CEO Tim Cook earned $63 million last year.", "$63 million", "salary.value")]
    [InlineData("Arsenal signed the midfielder for a British record fee of £105 million.", "£105 million", "fee.value")]
    [InlineData("Customers were charged overdraft fees of $35.", "$35", "fee.value")]
    [InlineData("Wildfire forces 30,000 to flee as blaze grows.", "30,000", "displaced.count")]
    [InlineData("He was jailed for six years in 2019.", "six years", "prison_sentence.measure")]
    [InlineData("Inflation, which peaked at 11.1% in October 2022, is now falling.", "11.1%", "inflation.rate")]
    [InlineData("At its peak the platform held about $1.2 billion in customer deposits.", "$1.2 billion", "deposits.value")]
    [InlineData("Wegovy reduced the risk of heart attacks by 20% in a large trial.", "20%", "risk.rate.change")]
    [InlineData("The study followed 17,604 adults aged 45 or older.", "17,604", "adult.count")]
    [InlineData("About 300 people aged over 80 died in the heatwave.", "300", "deaths.count")]
    [InlineData("The Conservatives won 121 seats. The Liberal Democrats secured 72.", "72", "seats.count")]
    [InlineData("Labour won 412 seats, giving the party a majority of 174.", "174", "majority.count")]
    [InlineData("Netflix now has 282.7 million paid memberships worldwide.", "282.7 million", "users.count")]
    [InlineData("Netflix gained 5.1 million subscribers, bringing its total to 282.7 million.", "282.7 million", "total:users.count")]
    [InlineData("Netflix added 5.07 million subscribers in the quarter, beating analysts' expectations of 4.5 million.", "4.5 million", "expected:users.count")]
    [InlineData("Netflix gained 5.1 million subscribers, ahead of the 3.7 million analysts had expected.", "3.7 million", "expected:users.count")]
    [InlineData("The poll of 1,000 adults had a margin of uncertainty of 3%.", "3%", "margin_of_error.rate")]
    [InlineData("Core inflation, which strips out food and energy prices, eased to 3.6% in April.", "3.6%", "core_inflation.rate")]
    [InlineData("The core measure rose 3.7 percent from a year earlier in April.", "3.7 percent", "core_inflation.rate")]
    [InlineData("The core CPI rose 0.3% in April from March.", "0.3%", "core:price.value.change")]
    [InlineData("Microsoft on Friday completed its $75.4 billion purchase of Activision Blizzard.", "$75.4 billion", "deal_value.value")]
    [InlineData("Mbappe will reportedly receive a signing-on fee of about €80 million.", "€80 million", "signing_bonus.value")]
    [InlineData("Economic inactivity, which counts people neither working nor looking for work, stood at 22.3%.", "22.3%", "inactivity.rate")]
    [InlineData("A new poll shows Kamala Harris with 50% support to Donald Trump's 47%, within the margin of error.", "47%", "poll_support.rate")]
    [InlineData("Kamala Harris leads Donald Trump by 49% to 47% among likely voters, according to a Siena College poll.", "49%", "poll_support.rate")]
    [InlineData("A Yeti Airlines plane carrying 72 people crashed near Pokhara on Sunday.", "72", "aboard.count")]
    [InlineData("The flight had 72 people on board when it came down.", "72", "aboard.count")]
    [InlineData("Fifteen of the passengers were foreign nationals.", "Fifteen", "passenger.count.part")]
    [InlineData("Junior doctors will strike on June 27, the union said.", "June 27", "date.strike")]
    [InlineData("Tesla delivered 386,810 cars, a decline of 8.5 percent and far short of the 457,000 analysts had forecast.", "457,000", "expected:vehicles.count")]
    [InlineData("Average private rents in London rose 10.9% to a record £2,220 a month.", "£2,220", "rent.value")]
    [InlineData("Average private rents in London rose 10.9% to a record £2,220 a month.", "10.9%", "rent.value.change")]
    [InlineData("In Wales rents rose 8.1%, in Scotland 9.1% and in Northern Ireland 8.8%.", "9.1%", "rent.value.change")]
    [InlineData("Average hourly earnings rose 0.4% for the month and 4.0% from a year earlier.", "4.0%", "salary.value.change")]
    [InlineData("Health care added 54,000 jobs, leisure and hospitality 53,000, and government 33,000.", "53,000", "jobs.count")]
    [InlineData("Health care added 54,000 jobs, leisure and hospitality 53,000, and government 33,000.", "33,000", "jobs.count")]
    [InlineData("South Carolina has reported 49 deaths, Georgia 33, Tennessee 17 and Virginia 2.", "17", "deaths.count")]
    [InlineData("South Carolina has reported 49 deaths, Georgia 33, Tennessee 17 and Virginia 2.", "2", "deaths.count")]
    [InlineData("Georgia reported 33 deaths and South Carolina 49.", "49", "deaths.count")]
    [InlineData("About 22 of every 10,000 people in the country were homeless.", "22 of every 10,000", "homelessness.rate")]
    [InlineData("The death rate was 12 per 100,000 people.", "12 per 100,000", "deaths.rate")]
    [InlineData("The game drew an average of 123.7 million viewers.", "123.7 million", "viewers.count")]
    [InlineData("The statistics office revised net migration for the year to June 2023 to 906,000, from 740,000.", "906,000", "net_migration.count")]
    [InlineData("The statistics office revised net migration for the year to June 2023 to 906,000, from 740,000.", "740,000", "superseded:net_migration.count")]
    [InlineData("Net migration reached 906,000, the ONS said, revising up its earlier estimate of 740,000.", "740,000", "superseded:net_migration.count")]
    [InlineData("Immigration fell to 1.2 million, while emigration rose to 479,000.", "479,000", "emigration.count")]
    [InlineData("More than 300 Indians were deported by Mexican immigration authorities.", "300", "deported.count")]
    [InlineData("That promises 355 horsepower and 414 lb-ft of torque.", "355 horsepower", "power.measure")]
    [InlineData("Container lines have rerouted, adding roughly 3,500 nautical miles to a trip.", "3,500 nautical miles", "length.measure")]
    [InlineData("Suez Canal Authority chairman Osama Rabie has offered discounts of up to 15% to lure back container ships.", "15%", "discount.rate")]
    [InlineData("Remittances from Egyptians working abroad rose to $29.6 billion in the 12 months to October.", "$29.6 billion", "remittances.value")]
    [InlineData("About 40.3% of US adults had obesity between August 2021 and August 2023.", "40.3%", "obesity.rate")]
    [InlineData("Clearing fell to 6,288 square km in the period, the National Institute for Space Research (INPE) said.", "6,288 square km", "deforestation.measure")]
    [InlineData("Deforestation in Brazil's Amazon rainforest fell 30.6% in the 12 months through July.", "30.6%", "deforestation.measure.change")]
    [InlineData("Inpe's satellites detected 140,328 fire hotspots in the Amazon this year.", "140,328", "fire_hotspots.count")]
    [InlineData("Inpe counted 140,346 hotspots in the Amazon from January to October.", "140,346", "fire_hotspots.count")]
    [InlineData("Harvard's endowment returned 9.6% in the fiscal year, after a return of 2.9% a year earlier.", "9.6%", "investment_return.rate")]
    [InlineData("Harvard's endowment returned 9.6% in the fiscal year, after a return of 2.9% a year earlier.", "2.9%", "investment_return.rate")]
    [InlineData("Ireland's jobless rate fell to 4.3% in October. The CSO revised September's figure down from the 4.6% it had reported, after late survey returns showed fewer people out of work.", "4.6%", "unemployment.rate")]
    [InlineData("In San Francisco, 28.5 percent of office space was vacant.", "28.5 percent", "vacancy.rate")]
    [InlineData("Obesity was most common among adults aged 40 to 59, at 46.4%, compared with 35.5% among those aged 20 to 39.", "35.5%", "aged 20-39:obesity.rate")]
    [InlineData("Obesity was most common among adults aged 40 to 59, at 46.4%, compared with 35.5% among those aged 20 to 39.", "46.4%", "aged 40-59:obesity.rate")]
    [InlineData("Youth unemployment rose to 15.0%. The rate for women was 4.1%, against 4.4% for men.", "4.4%", "men:unemployment.rate")]
    [InlineData("Youth unemployment rose to 15.0%. The rate for women was 4.1%, against 4.4% for men.", "4.1%", "women:unemployment.rate")]
    [InlineData("The minimum rate for 18 to 20-year-olds rose by 16.3% to £10 an hour.", "£10", "aged 18-20:salary.value")]
    [InlineData("The apprentice rate rose 18% to £7.55 an hour.", "£7.55", "apprentices:salary.value")]
    [InlineData("Cocaine-related deaths fell by about a fifth.", "a fifth", "cocaine:deaths.count.change")]
    [InlineData("Pedestrian deaths dropped 5.4 percent to 7,318.", "7,318", "pedestrians:deaths.count")]
    [InlineData("Pedestrian fatalities fell 5.4 percent to 7,314.", "5.4 percent", "pedestrians:deaths.count.change")]
    [InlineData("Some 7,318 pedestrians were killed on the roads.", "7,318", "pedestrians:deaths.count")]
    [InlineData("Deaths of cyclists rose 4.4 percent to 1,166.", "1,166", "cyclists:deaths.count")]
    [InlineData("Bicyclist deaths rose to 1,166, the most since 1975.", "1,166", "cyclists:deaths.count")]
    [InlineData("The bridge carries 40,000 cars and 2,000 cyclists a day.", "2,000", "cyclist.count")]
    [InlineData("An average of 32 vessels a day passed through the canal in October.", "32", "ships.count")]
    [InlineData("Daily transits averaged 32 ships last month compared with 72 a year ago, a fall of 56 percent.", "56 percent", "ships.count.change")]
    [InlineData("Traffic through the Suez Canal has fallen by more than 50 percent.", "50 percent", "traffic.count.change")]
    [InlineData("The fatality rate fell to 1.26 deaths per 100 million vehicle miles traveled.", "1.26 deaths per 100 million", "deaths.rate")]
    [InlineData("The murder rate fell to 5.7 per 100,000 residents.", "5.7 per 100,000", "deaths.rate")]
    [InlineData("The tour sold 10.1 million tickets and brought in $2.077 billion.", "$2.077 billion", "revenue.value")]
    [InlineData("It became the first concert tour to gross more than $2 billion.", "$2 billion", "revenue.value")]
    [InlineData("The Celtics have agreed to be sold to a group led by private equity executive Bill Chisholm for $6.1 billion.", "$6.1 billion", "deal_value.value")]
    [InlineData("Celtics sold for record $6.1 billion to private equity investor", "$6.1 billion", "deal_value.value")]
    [InlineData("The shop sold 300 bikes for $90,000 last year.", "$90,000", "amount.value")]
    [InlineData("Prosecutors said the lender failed to monitor $18.3 trillion in customer transactions.", "$18.3 trillion", "transactions.value")]
    [InlineData("The bank will pay $1.8 billion to the Justice Department and $1.3 billion to the Financial Crimes Enforcement Network.", "$1.3 billion", "financial crimes enforcement network:payment.value")]
    [InlineData("The bank agreed to pay $3 billion in penalties.", "$3 billion", "fine.value")]
    [InlineData("Washington will have the highest state minimum, at $16.66 an hour.", "$16.66", "salary.value")]
    [InlineData("Parking near the stadium costs $4 an hour.", "$4", "cost.value")]
    [InlineData("The United States finished with 40 gold medals, edging China on the final day when its women's basketball team won.", "40", "gold_medals.count")]
    [InlineData("China also won 40 golds.", "40", "gold_medals.count")]
    [InlineData("OpenAI raises $6.6 billion at $157 billion valuation", "$6.6 billion", "funding.value")]
    [InlineData("OpenAI has raised $6.6 billion in a funding round that values the ChatGPT maker at $157 billion.", "$157 billion", "valuation.value")]
    [InlineData("It is on track to lose about $5bn in 2024.", "$5bn", "loss.value")]
    [InlineData("Life expectancy in the United States rose to 78.4 years in 2023, up from 77.5 years in 2022.", "77.5 years", "life_expectancy.measure")]
    [InlineData("Spirit Airlines has filed for Chapter 11 protection, after losing more than $2.5bn since 2020.", "$2.5bn", "loss.value")]
    [InlineData("That's $200 off the regular rate, more than a $147 savings compared to the sale price.", "$200", "discount.value")]
    [InlineData("Subway ridership rose 7.3 percent in January, and express bus ridership jumped 28 percent.", "28 percent", "express bus:ridership.count.change")]
    [InlineData("Farmers are on track to harvest a record corn yield of 183.8 bushels per acre.", "183.8", "bushel_per_acre.rate")]
    [InlineData("Farmers harvested 15.3 billion bushels of corn in 2023.", "15.3 billion", "bushel.count")]
    [InlineData("Chicago corn futures climbed 1.4 per cent to $4.08 a bushel.", "$4.08", "price.value")]
    [InlineData("Had the new prices been in effect last year, Medicare would have saved about $6 billion.", "$6 billion", "savings.value")]
    [InlineData("The unemployment rate for women rose to 4.2%, the highest since 2021.", "4.2%", "women:unemployment.rate")]
    [InlineData("Homelessness among people in families with children jumped 39%.", "39%", "families:homelessness.count.change")]
    [InlineData("Only 28% of fourth graders in high-poverty schools read at a proficient level.", "28%", "share")]
    [InlineData("Unemployment in low-income neighborhoods rose to 9.1%.", "9.1%", "unemployment.rate")]
    [InlineData("Massachusetts, long the top performer, saw its score fall 5 points since 2019.", "5 points", "score.measure.change")]
    [InlineData("The average reading score for eighth graders fell 2 points to 257 on the test's 500-point scale.", "257", "grade 8:reading:score.measure")]
    [InlineData("The average eighth-grade reading score dropped 2 points from 2022 to 257.", "257", "grade 8:reading:score.measure")]
    [InlineData("Math scores for fourth graders rose 3 points to 237.", "3 points", "grade 4:math:score.measure.change")]
    [InlineData("The average math score in the OECD fell 15 points to 472.", "472", "math:score.measure")]
    [InlineData("The Dow fell 102.2 points to 43,000.", "43,000", "points.measure")]
    [InlineData("Employers announced 57,727 job cuts. Retailers announced 6,644 cuts, and healthcare companies 5,899.", "5,899", "health care:job_cuts.count")]
    [InlineData("Employers announced 57,727 job cuts. Retailers announced 6,644 cuts, and healthcare companies 5,899.", "6,644", "retail:job_cuts.count")]
    [InlineData("Automakers announced 12,021 cuts in November. The sector has now cut 49,325 jobs this year.", "49,325", "automotive:job_cuts.count")]
    [InlineData("Technology companies have cut 141,000 jobs this year, the most of any sector.", "141,000", "technology:job_cuts.count")]
    [InlineData("The number of internally displaced people reached 72.1 million, while the refugee population stood at 43.7 million.", "72.1 million", "internally_displaced.count")]
    [InlineData("The number of internally displaced people reached 72.1 million, while the refugee population stood at 43.7 million.", "43.7 million", "displaced.count")]
    [InlineData("Number of people forced from their homes hits record 122.6 million, UN says", "122.6 million", "displaced.count")]
    [InlineData("Forced displacement reached a new high of 122.6 million people in mid-2024. That is an increase of 4.4 million since the end of last year.", "4.4 million", "displaced.count")]
    [InlineData("The count found 771,480 homeless people. Last year's tally was 653,104.", "653,104", "homelessness.count")]
    [InlineData("The waiting list for hospital treatment dropped to 7.57 million. The list, which includes cases, stood at 7.64 million a month earlier.", "7.64 million", "waiting_list.count")]
    [InlineData("Net international migration reached 2.8 million, compared with 2.3 million a year earlier and 1.7 million two years ago.", "1.7 million", "net_migration.count")]
    [InlineData("The natural increase was about 519,000, the bureau said.", "519,000", "natural_increase.count")]
    [InlineData("Monitored populations of wild animals have fallen by an average of 73% over the past half century.", "73%", "population.count.change")]
    [InlineData("Nature in freefall: monitored animal populations down nearly three-quarters since 1970", "three-quarters", "population.count.change")]
    [InlineData("North American populations dropped by 33%.", "33%", "population.count.change")]
    [InlineData("The report tracked 5,495 species of amphibians, birds and fish.", "5,495", "species.count")]
    [InlineData("Credit card balances climbed $24 billion to $1.17 trillion, up 8.1% from a year earlier.", "$1.17 trillion", "credit card:debt.value")]
    [InlineData("Mortgage debt, the largest category, grew $75 billion to $12.59 trillion.", "$12.59 trillion", "mortgage:debt.value")]
    [InlineData("Auto loans rose $11 billion to $1.65 trillion, while student debt was $1.61 trillion.", "$1.61 trillion", "student loan:debt.value")]
    [InlineData("Auto loans rose $11 billion to $1.65 trillion, while student debt was $1.61 trillion.", "$1.65 trillion", "auto loan:debt.value")]
    [InlineData("Total household debt rose $147 billion to $17.94 trillion.", "$17.94 trillion", "debt.value")]
    [InlineData("The female prison population increased to 3,684, and the number held on remand reached 17,350.", "17,350", "population.count")]
    [InlineData("The female prison population increased to 3,684, and the number held on remand reached 17,350.", "3,684", "women:population.count")]
    [InlineData("About 1,700 inmates were freed in September to ease overcrowding.", "1,700", "released.count")]
    [InlineData("Police said 45 protesters were arrested outside parliament.", "45", "arrests.count")]
    [InlineData("Some 3,000 workers were laid off at the plant.", "3,000", "job_cuts.count")]
    [InlineData("Real Madrid became the first club to generate revenue of more than 1 billion euros in a single season.", "1 billion euros", "revenue.value")]
    [InlineData("Manchester City slipped to second place with revenue of 838 million euros, ahead of Paris St Germain on 806 million.", "806 million", "revenue.value")]
    [InlineData("The government wants to help manufacturers increase module efficiency from around 20% now to 24% by 2030.", "24%", "share.rate")]
    [InlineData("A further 17 manufacturers, according to the report, had plants.", "17", "manufacturer.count")]
    [InlineData("California's utilities regulators said the outages left hundreds of thousands without power.", "hundreds of thousands", "power_outage.count")]
    [InlineData("Employers announced 57,727 job cuts in November. So far this year, companies have announced 718,194 cuts.", "718,194", "job_cuts.count")]
    [InlineData("Job cuts announced by employers rose 4% to 57,727 last month.", "4%", "job_cuts.count.change")]
    [InlineData("The Labor Department said initial jobless claims rose 9,000 to 224,000 in the week ended Nov. 30.", "224,000", "jobless_claims.count")]
    [InlineData("Initial claims for unemployment benefits rose by 17,000 to 224,000 last week.", "224,000", "jobless_claims.count")]
    [InlineData("Employers announced 57,727 job cuts in November, up 4% from the 55,597 announced a year earlier.", "55,597", "job_cuts.count")]
    [InlineData("Reading scores for eighth graders fell to their lowest level in three decades.", "three decades", "grade 8:duration.measure")]
    [InlineData("Homelessness among children rose 33% to about 150,000.", "33%", "children:homelessness.count.change")]
    [InlineData("The number of homeless people rose 18% to a record 771,480, HUD said, as high rents pushed more families into shelters.", "771,480", "homelessness.count")]
    [InlineData("Chronic homelessness, which the department defines as people homeless for at least a year, reached 152,585 people.", "152,585", "chronic_homelessness.count")]
    [InlineData("The number of chronically homeless people rose to 152,585.", "152,585", "chronic_homelessness.count")]
    [InlineData("The index stood at $3,200 per 40-foot container last week, down 46 percent from its July peak.", "46 percent", "amount.value.change")]
    [InlineData("JPMorgan earned $12.9 billion, while net interest income rose 3% to $23.5 billion.", "$23.5 billion", "net_interest_income.value")]
    [InlineData("Earnings per share came to $4.37, ahead of forecasts.", "$4.37", "earnings_per_share.value")]
    [InlineData("Of the 16 confirmed deaths, five were in the Palisades fire area and 11 in the Eaton fire area.", "11", "deaths.count.part")]
    [InlineData("The average rate on a 30-year fixed mortgage rose to 7.04% this week.", "7.04%", "30-year:mortgage_rate.rate")]
    [InlineData("Sales of previously owned homes fell 1% in September to an annual rate of 3.84 million.", "3.84 million", "home_sales.count")]
    [InlineData("The Powerball jackpot has climbed to an estimated $1.22 billion.", "$1.22 billion", "jackpot.value")]
    [InlineData("The prize has a cash option of $551.7 million.", "$551.7 million", "lump_sum.value")]
    [InlineData("The euro zone's jobless rate fell to 6.3% in October. In Spain, it fell to 11.2%.", "11.2%", "unemployment.rate")]
    [InlineData("Mars agreed to buy Kellanova for nearly $30 billion, excluding debt.", "$30 billion", "without debt:deal_value.value")]
    [InlineData("Mars agreed to buy Kellanova. Including debt, the deal is worth $35.9 billion.", "$35.9 billion", "with debt:deal_value.value")]
    [InlineData("The Nuggets shot 52% from the field. LeBron James scored 30 points for the Lakers.", "30", "point.count")]
    [InlineData("Nikola Jokic had 35 points, 12 rebounds and 11 assists. Jamal Murray added 21 points for Denver, which shot 54% from the field.", "21", "point.count")]
    [InlineData("Jokic posted a triple-double. Davis scored 24 for the Lakers. James finished with 18 points.", "18", "point.count")]
    [InlineData("Nikola Jokic had 35 points and 12 rebounds. Turnout rose 3 points to 61%.", "3 points", "turnout.rate.change")]
    [InlineData("Reddit stock opened at $47, well above the IPO price of $34, and closed at $50.44.", "$47", "open:share_price.value")]
    [InlineData("Reddit stock opened at $47, well above the IPO price of $34, and closed at $50.44.", "$50.44", "share_price.value")]
    [InlineData("Shares of Reddit closed up 48% at $50.44, valuing the company at nearly $8 billion.", "$8 billion", "valuation.value")]
    [InlineData("Shares of Reddit closed up 48% at $50.44, valuing the company at nearly $8 billion.", "$50.44", "share_price.value")]
    [InlineData("Existing shareholders sold 22 million shares, raising $748 million.", "$748 million", "funding.value")]
    [InlineData("Reddit priced its initial public offering at $34 a share, the top of its marketed range of $31 to $34.", "$34", "offer_price.value")]
    [InlineData("Reddit priced its initial public offering at $34 a share, the top of its marketed range of $31 to $34.", "$31 to $34", "offer_price.value")]
    [InlineData("At the IPO price, Reddit was valued at $6.4 billion.", "$6.4 billion", "at offer:valuation.value")]
    [InlineData("Prices remain highest in California, where drivers pay an average of $4.61.", "$4.61", "price.value")]
    [InlineData("Uber drivers are paid $25 an hour, and drivers earn $20 an hour elsewhere.", "$25", "salary.value")]
    [InlineData("The virus kills up to 10,000 Americans aged 65 and over each year.", "10,000", "deaths.count")]
    [InlineData("The virus kills 10,000 people aged 65 and over each year.", "10,000", "deaths.count")]
    [InlineData("The administration will quadruple tariffs on Chinese electric vehicles to 100% from 25%.", "100%", "vehicles:tax.rate")]
    [InlineData("Tariffs on lithium-ion batteries for electric vehicles will rise to 25% from 7.5%.", "7.5%", "batteries:tax.rate")]
    [InlineData("Tariffs on solar cells will be 40% next year.", "40%", "cells:tax.rate")]
    [InlineData("Tariffs on Chinese goods are now 19%.", "19%", "tax.rate")]
    [InlineData("Shares of Nvidia, which have nearly tripled this year, fell 1.5% in extended trading.", "tripled", "share_price.value.change")]
    [InlineData("Bitcoin hit a record of $103,900 on Thursday morning before easing to around $102,000.", "$103,900", "high:price.value")]
    [InlineData("Bitcoin climbed as high as $103,800 and was last up 4.6% at $102,500.", "4.6%", "price.value.change")]
    [InlineData("Nvidia stock hit a record high of $152.89 on Tuesday.", "$152.89", "high:share_price.value")]
    [InlineData("Gold hit an all-time high of $2,790 an ounce on Thursday.", "$2,790", "high:price.value")]
    [InlineData("Japan welcomed a record 36.87 million foreign visitors in 2024.", "36.87 million", "tourist_arrivals.count")]
    [InlineData("Nearly 37 million foreign tourists visited Japan last year.", "37 million", "tourist_arrivals.count")]
    [InlineData("Analysts had expected $4.01 per share, according to LSEG data.", "$4.01", "expected:earnings_per_share.value")]
    [InlineData("Deaths involving methamphetamine fell to 29,000.", "29,000", "methamphetamine:deaths.count")]
    [InlineData("Drug overdose deaths fell by about 27%.", "27%", "deaths.count.change")]
    [InlineData("The National Living Wage for workers aged 21 and over will rise by 6.7% to £12.21 an hour.", "6.7%", "expected:aged 21+:salary.value.change")]
    [InlineData("The Conservatives had promised in 2019 to bring net migration below 245,000.", "245,000", "expected:net_migration.count")]
    [InlineData("Viewing peaked at 129.3 million in the second half of overtime.", "129.3 million", "peak:viewers.count")]
    [InlineData("About 1.2 million customers were without power on Monday, down from a peak of more than 4.5 million.", "4.5 million", "peak:power_outage.count")]
    [InlineData("Power outages peaked above 4.6 million customers on Saturday.", "4.6 million", "peak:power_outage.count")]
    [InlineData("The blackout hit 2 million homes and businesses.", "2 million", "power_outage.count")]
    [InlineData("About 30,000 evacuees were in shelters, and about 23,000 homes had no electricity.", "23,000", "power_outage.count")]
    [InlineData("Production in the quarter totaled 459,445 vehicles.", "459,445", "production.count")]
    [InlineData("The Powerball prize swells to $1.55 billion.", "$1.55 billion", "jackpot.value")]
    [InlineData("Analysts estimated the storm's property damage and lost economic output at $20 billion to $34 billion.", "$20 billion to $34 billion", "loss.value")]
    [InlineData("The winner takes home prize money of $3.6 million.", "$3.6 million", "prize_money.value")]
    [InlineData("Trump won 312 electoral votes to Harris's 226.", "226", "votes.count")]
    [InlineData("Donald Trump won about 77 million votes, or 49.9%.", "49.9%", "votes.count.share")]
    [InlineData("Trump received about 76.9 million votes nationwide, 50.1% of the total.", "50.1%", "votes.count.share")]
    [InlineData("About 156 million Americans cast ballots, a turnout rate of 63.9% of eligible voters.", "63.9%", "turnout.rate")]
    [InlineData("The plant produced 20,000 cars in December.", "20,000", "production.count")]
    [InlineData("The company built 433,371 vehicles, meaning inventory grew.", "433,371", "production.count")]
    [InlineData("Tesla had needed to deliver about 515,000 cars in the quarter.", "515,000", "expected:vehicles.count")]
    [InlineData("The company delivered 495,570 vehicles, below the 506,764 expected by analysts.", "506,764", "expected:vehicles.count")]
    [InlineData("The number of people killed in the quake that struck the peninsula on New Year's Day rose to 202, with 102 people still unaccounted for.", "202", "deaths.count")]
    [InlineData("About 4 million homes lost power. By Thursday roughly 600,000 remained in the dark.", "600,000", "power_outage.count")]
    [InlineData("Overdose deaths peaked at about 114,000 in 2022.", "114,000", "deaths.count")]
    [InlineData("Inflation peaked at 9.1% in 2022.", "9.1%", "peak:inflation.rate")]
    [InlineData("Nickelodeon's broadcast drew 1.4 million viewers, double last year's number.", "double", "viewers.count.change")]
    [InlineData("The storm killed 227 people in six states. More than half of the deaths were in North Carolina, where officials have confirmed 104.", "104", "deaths.count")]
    [InlineData("\"Wicked\" took in $112.5 million at North American cinemas over its first three days.", "$112.5 million", "revenue.value")]
    [InlineData("Overseas, the musical collected $52 million, for a worldwide opening of $164.5 million.", "$164.5 million", "revenue.value")]
    [InlineData("The United Nations said 116,000 people, the most since 2015.", "116,000", "people.count")]
    [InlineData("Officials said 116,000 people, or more than a third of the population, had been affected.", "116,000", "affected.count")]
    [InlineData("Officials counted 285 measles cases in 2024, more than four times the 59 reported in 2023.", "59", "incident.count")]
    [InlineData("Apple's smartphone shipments in China fell 19.1% in the first quarter to 10 million units, IDC said.", "19.1%", "shipments.count.change")]
    [InlineData("Apple's smartphone shipments in China fell 19.1% in the first quarter to 10 million units, IDC said.", "10 million", "shipments.count")]
    [InlineData("More than 2,200 flights were canceled on Monday and nearly 8,000 were delayed.", "8,000", "flight_delays.count")]
    [InlineData("More than 2,200 flights were canceled on Monday and nearly 8,000 were delayed.", "2,200", "flights.count")]
    [InlineData("Mobile devices accounted for 55% of online sales, up from 51.8% last year.", "51.8%", "revenue.value.share")]
    [InlineData("Kansas City recorded 11 inches of snow, its heaviest in a decade.", "11 inches", "snowfall.measure")]
    [InlineData("Revenue is expected to rise to $5 billion from $4.2 billion.", "$4.2 billion", "revenue.value")]
    [InlineData("Bitcoin has more than doubled this year.", "doubled", "price.value.change")]
    [InlineData("Spot bitcoin funds have drawn net inflows of about $31 billion since their launch.", "$31 billion", "fund_flows.value")]
    [InlineData("Food prices rose 49.2% year-on-year, while consumer prices rose 2.24% on the month.", "49.2%", "food:price.value.change")]
    [InlineData("Food prices rose 49.2% year-on-year, while consumer prices rose 2.24% on the month.", "2.24%", "price.value.change")]
    [InlineData("Single-family homebuilding fell in October, with starts declining 6.9% to a rate of 931,000 units.", "6.9%", "housing_starts.count.change")]
    [InlineData("Building permits fell 0.6% to a rate of 1.416 million units.", "1.416 million", "building_permits.count")]
    [InlineData("Some 10.8 million people were out of work across the bloc, down 68,000 from September.", "68,000", "unemployment.count.change")]
    [InlineData("Youth unemployment in the euro zone rose to 15.0% from 14.7%.", "14.7%", "youth:unemployment.rate")]
    [InlineData("The central bank forecasts inflation to end the year at 44% and to fall to 21% by the end of 2025.", "21%", "expected:inflation.rate")]
    [InlineData("\"Wicked\" took in $112.5 million over its first three days, topping the $100 million mark that tracking had set.", "$100 million", "revenue.milestone")]
    [InlineData("The number of children experiencing homelessness rose by a third, to nearly 150,000.", "a third", "children:homelessness.count.change")]
    [InlineData("The Identity Theft Resource Center counted 3,205 data compromises in 2023, up 78% from the year before.", "78%", "data_compromise.count.change")]
    [InlineData("The goods deficit with China narrowed by $1.4 billion to $24.5 billion.", "$24.5 billion", "china:trade_balance.value")]
    [InlineData("The goods deficit with China narrowed by $1.4 billion to $24.5 billion.", "$1.4 billion", "china:trade_balance.value.change")]
    [InlineData("It ran a deficit of $16.8 billion with Mexico.", "$16.8 billion", "mexico:trade_balance.value")]
    [InlineData("The merchandise trade deficit with China widened to $27.3bn.", "$27.3bn", "china:trade_balance.value")]
    [InlineData("The deficit in goods and services increased to $84.4bn.", "$84.4bn", "trade_balance.value")]
    [InlineData("The US trade gap widened in September. The deficit for the year to date rose to $651.3bn.", "$651.3bn", "trade_balance.value")]
    [InlineData("The US trade gap widened in September. The deficit for the year to date rose to $651.3bn, 14.1 per cent higher than a year earlier.", "14.1 per cent", "trade_balance.value.change")]
    [InlineData("The trade gap widened in September. The budget deficit rose to $1.8 trillion. The deficit was $2.1 trillion a year earlier.", "$2.1 trillion", "deficit.value")]
    [InlineData("Exports to the European Union fell 3% in September.", "3%", "european union:exports.value.change")]
    [InlineData("Exports to the European Union rose 3% last year, while those to Russia fell 4.4%.", "4.4%", "russia:exports.value.change")]
    [InlineData("China's exports rose 5.9%. The surplus with the United States widened to $361 billion.", "$361 billion", "united states:trade_balance.value")]
    [InlineData("The cap will rise by 1.2%, or £21, to £1,738 a year.", "£21", "cap.value.change")]
    [InlineData("Meta, which reported revenue of $40.6 billion in the third quarter, up 19% from a year earlier, could have faced a fine.", "19%", "revenue.value.change")]
    [InlineData("More than 83.9 million people travelled through the airport last year.", "83.9 million", "passenger.count")]
    [InlineData("North America was its largest market, with 19.5 million travellers.", "19.5 million", "passenger.count")]
    [InlineData("More than 83.9 million people travelled through Heathrow, beating its previous record of 80.9 million set in 2019.", "80.9 million", "passenger.count")]
    [InlineData("Mbappe is expected to earn 15m euros a season.", "15m euros", "expected:salary.value")]
    [InlineData("The drug helped patients lose an average of 20.2% of their body weight.", "20.2%", "mass.measure.change")]
    [InlineData("The deal includes a 38% wage increase over four years.", "38%", "salary.value.change")]
    [InlineData("The UK will spend 2.5% of its national income on defence from 2027.", "2.5%", "defence_to_gdp.rate")]
    [InlineData("A crowd of 60,123 watched Liverpool beat Real Madrid.", "60,123", "attendance.count")]
    [InlineData("More than 70,000 homes and businesses lost power across three states.", "70,000", "power_outage.count")]
    [InlineData("More than 70,000 homes lost power on Saturday.", "70,000", "power_outage.count")]
    [InlineData("The company was aware of three crashes and two injuries that may be related to the defect.", "three", "crash.count")]
    [InlineData("Ford said it was aware of 12 crashes and no injuries related to the problem.", "12", "crash.count")]
    [InlineData("Police reported 12 crashes and no deaths on the motorway.", "12", "crash.count")]
    [InlineData("The hurricane knocked out power to about 4.6 million homes and businesses.", "4.6 million", "power_outage.count")]
    [InlineData("The storm cut power to 2 million customers in Florida.", "2 million", "power_outage.count")]
    [InlineData("He won the race in 2 hours, 11 seconds outside the world record.", "11 seconds", "duration.measure")]
    [InlineData("The extra £6bn a year will be paid for by reducing the aid budget.", "£6bn", "funding.value")]
    [InlineData("The verdict included $65 million in compensatory damages and $2 billion in punitive damages.", "$2 billion", "punitive_damages.value")]
    [InlineData("The company has set aside $16 billion to deal with the litigation.", "$16 billion", "provisions.value")]
    [InlineData("The population will reach a peak of around 10.3 billion in the mid-2080s, up from 8.2 billion this year.", "8.2 billion", "population.count")]
    [InlineData("There were 3.59 million births last year.", "3.59 million", "births.count")]
    [InlineData("The number of babies born in the United States fell 2% last year to 3,591,328.", "3,591,328", "births.count")]
    [InlineData("The total fertility rate fell to 1.62, a record low.", "1.62", "total_fertility.rate")]
    [InlineData("The fatality rate fell to 1.26 last year.", "1.26", "deaths.rate")]
    [InlineData("The preterm birth rate was essentially unchanged at 10.41%.", "10.41%", "preterm_births.rate")]
    [InlineData("About 32.4 percent of babies were delivered by cesarean section.", "32.4 percent", "cesarean.count.share")]
    [InlineData("The most-active cocoa contract in New York rose 4.2% to $12,565 a ton.", "$12,565", "price.value")]
    [InlineData("Alphabet spent $13.1 billion on capital expenditures, up 62% from a year ago.", "$13.1 billion", "capex.value")]
    [InlineData("The game drew 2.2 million simultaneous players on Steam at its peak over the weekend.", "2.2 million", "peak:player.count")]
    [InlineData("A painting sold for $34.8 million at Sotheby's, the top lot of an evening sale that brought in $256.8 million.", "$34.8 million", "deal_value.value")]
    [InlineData("The canvas had been estimated to fetch more than $25 million.", "$25 million", "deal_value.value")]
    [InlineData("The waiting list for hospital treatment in England fell to 7.54 million.", "7.54 million", "waiting_list.count")]
    [InlineData("Christie's evening sales of 20th-century art raised $684m.", "$684m", "evening:revenue.value")]
    [InlineData("The company raised $500m in a share sale.", "$500m", "funding.value")]
    [InlineData("The national office vacancy rate reached 20.4 percent in the third quarter.", "20.4 percent", "vacancy.rate")]
    [InlineData("For the average retired worker, monthly benefits will go up by $49 to $1,927.", "$1,927", "benefits.value")]
    [InlineData("Barry Callebaut said its sales volumes fell 5.2% in the six months to February.", "5.2%", "sales_volume.count.change")]
    [InlineData("Tuition fees were frozen at £9,250 in 2017.", "£9,250", "fee.value")]
    [InlineData("The EU has frozen $200 billion of Russian assets.", "$200 billion", "sanctions.value")]
    [InlineData("The yield on the benchmark 10-year Treasury note rose to 4.69% on Friday.", "4.69%", "10-year:interest_rate.rate")]
    [InlineData("The two-year yield climbed 10 basis points to 4.38%.", "4.38%", "2-year:interest_rate.rate")]
    [InlineData("The 2-year note yielded 4.38%.", "4.38%", "2-year:interest_rate.rate")]
    [InlineData("California drivers still pay the most, an average of $4.45 a gallon.", "$4.45", "price.value")]
    [InlineData("Januvia's price will fall to $113 from $527. Eliquis will fall to $231 from $521.", "$231", "expected:price.value")]
    [InlineData("Januvia's price will fall to $113 from $527. Eliquis will fall to $231 from $521.", "$521", "price.value")]
    [InlineData("Overdose deaths dropped to about 97,000 in the 12 months ending in June. The 22.7% decline is the steepest ever recorded.", "22.7%", "deaths.count.change")]
    [InlineData("Fatal drug overdoses declined 22.7% in the year through June.", "22.7%", "deaths.count.change")]
    [InlineData("Nonfatal overdoses rose to 40,000 last year.", "40,000", "overdoses.count")]
    [InlineData("Bitcoin ETFs have attracted about $32 billion of net inflows since January.", "$32 billion", "fund_flows.value")]
    [InlineData("Reported rapes fell 9.4% and aggravated assaults 2.8% last year.", "2.8%", "assault.count.change")]
    [InlineData("Violent crime fell about 3% and property crime 2.4%.", "2.4%", "property_crime.count.change")]
    [InlineData("Murders fell 11.6%, rapes 9.4% and burglaries 8%.", "9.4%", "rape.count.change")]
    [InlineData("Murders fell 11.6%, arsons 9.4% and frauds 2.8%.", "9.4%", "amount.value.change")]
    [InlineData("Police arrested 12 late on Friday.", "12", "arrests.count")]
    [InlineData("A norovirus outbreak has sickened 309 people on board the ship.", "309", "illnesses.count")]
    [InlineData("Of the 2,538 passengers aboard, 266 reported being sick.", "266", "illnesses.count")]
    [InlineData("The earthquakes were the costliest event, with overall losses of $50bn, only $5.5bn of which was insured.", "$5.5bn", "loss.value.part")]
    [InlineData("The Louvre received 8.9 million visitors last year, still below the record 10.2 million it drew in 2018.", "10.2 million", "attendance.count")]
    [InlineData("A fire at a coal mine killed at least 32 miners on Saturday.", "32", "deaths.count")]
    [InlineData("The blast injured 40 workers and killed five soldiers.", "40", "injured.count")]
    [InlineData("The blast injured 40 workers and killed five soldiers.", "five", "deaths.count")]
    [InlineData("The $95bn bill provides $61bn for Ukraine, $26bn for Israel and $8bn for Taiwan.", "$26bn", "israel:cost.value")]
    [InlineData("The $95bn bill provides $61bn for Ukraine, $26bn for Israel and $8bn for Taiwan.", "$95bn", "cost.value")]
    [InlineData("The budget provides $5bn for defence, $3bn for health and $2bn for schools.", "$3bn", "health:budget.value")]
    [InlineData("Freeman and Moss were each awarded $16.17m in damages for defamation and $20m for emotional distress.", "$16.17m", "defamation:damage.value")]
    [InlineData("Their numbers fell by more than 90% after Britain signed a returns deal with Albania.", "90%", "amount.value.change")]
    [InlineData("Five people died on a single night, taking the year's death toll on the crossing to at least 12.", "12", "deaths.count")]
    [InlineData("Motor vehicle thefts, however, rose 12.6% to more than 1 million.", "12.6%", "vehicle_thefts.count.change")]
    [InlineData("Killings across the country dropped by 11.6% in 2023, the FBI said in its annual crime report.", "11.6%", "deaths.count.change")]
    [InlineData("This year's list is led by Poland, which will devote 4.1 percent of GDP to its armed forces.", "4.1 percent", "defence_to_gdp.rate")]
    [InlineData("Poland is set to spend 4.12% of its economic output on its military.", "4.12%", "defence_to_gdp.rate")]
    [InlineData("Germany will spend 2% of GDP on defense this year.", "2%", "defence_to_gdp.rate")]
    [InlineData("Median pay for chief executives of S&P 500 companies rose 12.6% to a record $16.3 million last year.", "$16.3 million", "salary.value")]
    [InlineData("Median S&P 500 CEO pay hit a record $16.3 million in 2023.", "$16.3 million", "salary.value")]
    [InlineData("Roughly 33,000 Boeing machinists will return to work after voting 59% to 41% to approve a four-year contract.", "41%", "vote_share_against.rate")]
    [InlineData("Roughly 33,000 Boeing machinists will return to work after voting 59% to 41% to approve a four-year contract.", "59%", "vote_share.rate")]
    [InlineData("Union members turned down a previous offer with a 35% raise, with 66% voting no.", "66%", "earlier_ballot:vote_share_against.rate")]
    [InlineData("About 7,318 pedestrians were killed, a 5.4 percent decrease.", "5.4 percent", "pedestrians:deaths.count.change")]
    [InlineData("Catalonia declared an emergency after reservoirs that supply 6 million people fell to 16% of capacity.", "6 million", "people.count")]
    [InlineData("Reservoirs were at 40% of capacity a year earlier.", "40%", "capacity.value.share")]
    [InlineData("A year ago, the reservoirs stood at 44% of capacity.", "44%", "capacity.value.share")]
    [InlineData("The H5N1 virus has infected 446 herds in 15 states, including 224 in California.", "224", "herds.count")]
    [InlineData("The agency counted 446 herds this year, including 12 in March.", "12", "herds.count.part")]
    [InlineData("California has reported 242 infected dairy herds.", "242", "herds.count")]
    [InlineData("Walgreens Boots Alliance said on Tuesday it would close about 1,200 stores over the next three years.", "1,200", "store_closures.count")]
    [InlineData("Walgreens will close roughly 1,200 of its 8,700 U.S. stores in the next three years.", "1,200", "store_closures.count")]
    [InlineData("The company operates around 8,500 shops in the United States.", "8,500", "stores.count")]
    [InlineData("The U.S. team won 126 medals in all, 35 more than China's 91.", "35", "total:medals.count.change")]
    [InlineData("Overall new car registrations fell 18.3% to 650,200 units.", "18.3%", "vehicle_sales.count.change")]
    [InlineData("Total car sales in the bloc fell 16.3 percent to 650,200.", "650,200", "vehicle_sales.count")]
    [InlineData("Poland spends 4.1% of GDP on defence, Estonia 3.4% and Latvia 3.2%.", "3.2%", "defence_to_gdp.rate")]
    [InlineData("Poland will devote 4.1 percent of GDP to its armed forces, with Estonia at 3.4 percent.", "3.4 percent", "defence_to_gdp.rate")]
    [InlineData("South Koreans were the largest group, with 763,300 arrivals, while 614,000 came from mainland China.", "614,000", "arrivals.count")]
    [InlineData("The Dow fell 1,033.99 points, or 2.6%, to 38,703.27 on Monday.", "38,703.27", "price.value")]
    [InlineData("The Dow fell 1,033.99 points, or 2.6%, to 38,703.27 on Monday.", "2.6%", "price.value.change")]
    [InlineData("The Dow Jones Industrial Average shed 1,034 points, or 2.6 percent, to close at 38,703.", "2.6 percent", "price.value.change")]
    [InlineData("The Dow fell 1,034 points, or 2.6 percent, on Monday.", "2.6 percent", "price.value.change")]
    [InlineData("The FTSE 100 lost 40 points, or 0.5%, on Monday.", "0.5%", "price.value.change")]
    [InlineData("Shares of Acme shed 5% on Monday after the profit warning.", "5%", "share_price.value.change")]
    [InlineData("The CBOE Volatility index, known as Wall Street's fear gauge, closed at 38.57.", "38.57", "price.value")]
    [InlineData("The state pension rose by 4.1% in April, after earnings growth figures were published.", "4.1%", "pension.value.change")]
    [InlineData("Data centres used 4.4 percent of America's electricity last year.", "4.4 percent", "electricity.rate")]
    [InlineData("The teen birth rate declined 4 percent to 13.1 per 1,000.", "13.1 per 1,000", "youth:births.rate")]
    [InlineData("Births to teenagers fell 4% to 13.1 per 1,000.", "13.1 per 1,000", "youth:births.rate")]
    [InlineData("Only 64.7% of trains in Great Britain arrived on time in the year to March.", "64.7%", "punctuality.rate")]
    [InlineData("The cancellation score rose to 3.8%, the highest since records began.", "3.8%", "cancellation.rate")]
    [InlineData("The club's net debt was £560m. Sir Jim Ratcliffe bought a 27.7% stake for about £1.3bn.", "£1.3bn", "deal_value.value")]
    [InlineData("Microsoft agreed to buy a 4.9% stake in the group for $1.5 billion.", "4.9%", "stake.rate")]
    [InlineData("OpenAI raised $6.6bn at a $157bn valuation. Thrive Capital put in $1.3bn.", "$1.3bn", "cost.value")]
    [InlineData("SoftBank poured $500 million into the startup.", "$500 million", "cost.value")]
    [InlineData("The average rate on a 30-year fixed mortgage rose to 6.54% this week.\n\nThe 15-year fixed rate rose to 5.71% from 5.63%.", "5.71%", "15-year:mortgage_rate.rate")]
    [InlineData("Rates on 30-year home loans averaged 6.54 percent this week.", "6.54 percent", "30-year:mortgage_rate.rate")]
    [InlineData("The 10-year Treasury yield rose to 4.2%, and the two-year yield to 4.1%.", "4.1%", "2-year:interest_rate.rate")]
    [InlineData("In all, the administration has cancelled nearly $175 billion for almost 4.8 million people.", "4.8 million", "people.count")]
    [InlineData("Netflix growth slows but profits soar\n\nSales climbed 15 percent to $9.28 billion while net income jumped 41 percent.", "$9.28 billion", "revenue.value")]
    [InlineData("Acme's profits soar\n\nAcme's revenue rose 8% to $5 billion, while operating profit rose 30%.", "$5 billion", "revenue.value")]
    [InlineData("Remittances rose 2.3% to $64.7 billion, while the average remittance increased to $400 from $385.", "$400", "remittances_average.value")]
    [InlineData("Remittances rose 2.3% to $64.7 billion, while the average remittance increased to $400 from $385.", "$385", "remittances_average.value")]
    [InlineData("Migrants sent home $64.7 billion in remittances, with an average of $401 each.", "$401", "remittances_average.value")]
    [InlineData("Ransom payments averaged $2 million last year.", "$2 million", "payment_average.value")]
    [InlineData("The average home cost £316,200 in December, the lender said.", "£316,200", "price.value")]
    [InlineData("The average price of a home reached £312,400 in September.", "£312,400", "price.value")]
    [InlineData("Money sent home by Mexicans living abroad rose 2.3% to a record $64.7 billion.", "2.3%", "remittances.value.change")]
    [InlineData("Migrants made 161.6 million transfers, 0.9 per cent fewer than the year before.", "0.9 per cent", "transfer.count.change")]
    [InlineData("The count found 32,882 veterans experiencing homelessness, down 7.5 percent, the lowest on record.", "7.5 percent", "veteran.count.change")]
    [InlineData("Initial claims fell 1,250 to 213,500.", "1,250", "jobless_claims.count.change")]
    [InlineData("VAT receipts increased by £5.4 billion to £169.4 billion.", "£169.4 billion", "tax.value")]
    [InlineData("People over the age of 60 suffered the most, losing nearly $4.9 billion.", "$4.9 billion", "aged 60+:loss.value")]
    [InlineData("Lowville recorded 80 inches of snow.\n\nBuffalo's airport measured 17 inches.", "17 inches", "snowfall.measure")]
    [InlineData("The port handled 10.3 million twenty-foot equivalent units (TEUs) in 2024, up 19% from the previous year.", "19%", "unit.count.change")]
    [InlineData("Lowville recorded 80 inches of snow.\n\nThe lake's shore runs for 53 miles.", "53 miles", "length.measure")]
    [InlineData("Americans aged 60 and over lost almost $4.8 billion.", "$4.8 billion", "aged 60+:loss.value")]
    [InlineData("HSBC's pre-tax profits climbed 6.5 per cent last year to $32.3bn.", "$32.3bn", "pretax_profit.value")]
    [InlineData("Gold climbed to a fresh all-time peak of $2,740.37 an ounce, extending a rally that has lifted the metal by about 32 per cent this year.", "32 per cent", "price.value.change")]
    [InlineData("The prison population climbed by 704 to 88,225.", "704", "population.count.change")]
    [InlineData("The four-week moving average of initial claims, which irons out week-to-week volatility, fell 1,250 to 213,500.", "213,500", "jobless_claims_average.count")]
    [InlineData("The four-week moving average of initial claims, which irons out week-to-week volatility, fell 1,250 to 213,500.", "1,250", "jobless_claims_average.count.change")]
    [InlineData("Spending on goods climbed 6 per cent.", "6 per cent", "goods:cost.value.change")]
    [InlineData("Business investment in equipment surged 11.1%.", "11.1%", "equipment:funding.value.change")]
    [InlineData("Residential investment, which includes homebuilding, fell 5.1%.", "5.1%", "residential:funding.value.change")]
    [InlineData("Government spending grew 5 per cent, boosted by defence.", "5 per cent", "government:cost.value.change")]
    [InlineData("Consumer spending rose at a 3.7% rate.", "3.7%", "cost.rate")]
    [InlineData("US life expectancy rebounds\n\nDeaths fell by about 6% to 3.09 million. Overdose deaths declined about 3% to 105,007.", "3%", "overdose:deaths.count.change")]
    [InlineData("Overdose deaths drop sharply\n\nOverdose deaths declined 27% to 80,391.", "27%", "deaths.count.change")]
    [InlineData("Deaths linked to synthetic opioids fell by 37%, to around 48,400.", "37%", "opioids:deaths.count.change")]
    [InlineData("US life expectancy rebounds\n\nLife expectancy rose to 78.4 years. Deaths from COVID fell to around 50,000.", "50,000", "covid:deaths.count")]
    [InlineData("The industry's gross gambling yield - the amount kept by operators after paying out winnings - rose 5.7% from the year before.", "5.7%", "revenue.value.change")]
    [InlineData("The firm's operating profit, the amount left after paying costs, rose 5% last year.", "5%", "operating_profit.value.change")]
    [InlineData("The firm's operating profit — what is left after paying costs — rose 4% last year.", "4%", "operating_profit.value.change")]
    [InlineData("Net sales, a closely watched measure, climbed 7% last year.", "7%", "revenue.value.change")]
    [InlineData("In Britain, France and Spain, sales rose 5% last year.", "5%", "revenue.value.change")]
    [InlineData("Applications fell by 16% last year.", "16%", "application.count.change")]
    [InlineData("Applications from dependants of students fell by 81% last year.", "81%", "dependant:application.count.change")]
    [InlineData("Applications from the dependants were down 89% last year.", "89%", "dependant:application.count.change")]
    [InlineData("Complaints about noise rose 12% last year.", "12%", "noise:complaint.count.change")]
    [InlineData("Officials said complaints rose 12% last year.", "12%", "complaint.count.change")]
    [InlineData("Emerging market stocks rose 0.48%.", "0.48%", "amount.value.change")]
    [InlineData("More than 84% of the world's coral reefs have been hit by bleaching.", "84%", "reef.count.share")]
    [InlineData("About 12% of the nation's adults own a gun.", "12%", "adult.count.share")]
    [InlineData("About 12% of the nation's adults smoke, and 5% of adults vape.", "5%", "vaping.rate")]
    [InlineData("California had the most thefts of any state, 166,000, while Washington, D.C., had the highest rate at 1,170 per 100,000 people.", "1,170 per 100,000", "incident.rate")]
    [InlineData("Overall, 6.9% of middle and high school students reported being bullied in the past month.", "6.9%", "student.count.share")]
    [InlineData("About 10% of revenue came from ads.", "10%", "revenue.value.share")]
    [InlineData("The country averages about 27 avalanche deaths a season.", "27", "deaths_average.count")]
    [InlineData("Daily active people averaged 3.35 billion in the quarter.", "3.35 billion", "users.count")]
    [InlineData("Harry Kane has scored 14 goals this season. He scored 9 goals last season.", "9", "previous season:goal.count")]
    [InlineData("Harry Kane has scored 14 goals this season. He scored 9 goals last season.", "14", "goal.count")]
    [InlineData("Nationally, 20 people have been killed in avalanches this season. Last season's toll was 18.", "18", "previous season:deaths.count")]
    [InlineData("France's output plunged 23% to 36.9 million hectolitres. Chile's output fell 15%.", "15%", "production.measure.change")]
    [InlineData("Japan's output grew 2.1% last year.", "2.1%", "gdp.value.change")]
    [InlineData("The United States recorded 1,796 tornadoes in 2024.", "1,796", "tornado.count")]
    [InlineData("The shop sold 5,000 shoes in 2024.", "5,000", "shoe.count")]
    [InlineData("Preliminary reports show 1,791 tornadoes in 2024. Texas led all states with 146, while Iowa had 122.", "146", "tornado.count")]
    [InlineData("Preliminary reports show 1,791 tornadoes in 2024. Texas led all states with 146, while Iowa had 122.", "122", "tornado.count")]
    [InlineData("The team led the league with 30 goals.", "30", "goal.count")]
    [InlineData("Divorces in England and Wales fell to 80,057 last year.", "80,057", "divorce.count")]
    [InlineData("Marriages across the United States rose to 2 million last year.", "2 million", "marriage.count")]
    [InlineData("Divorces in England and Wales dropped by almost a third in 2023 to 80,057.", "80,057", "divorce.count")]
    [InlineData("The ministry has confirmed 1,937 deaths from the disease this year, and a further 2,345 deaths are under investigation.", "2,345", "added:deaths.count")]
    [InlineData("The disease has killed 1,973 people this year, with another 2,345 deaths still being investigated.", "2,345", "added:deaths.count")]
    [InlineData("The disease has killed 1,973 people this year, with another 2,345 deaths still being investigated.", "1,973", "deaths.count")]
    [InlineData("The storm killed 12 people and injured another 30.", "30", "injured.count")]
    [InlineData("The survey found summer sales of $4 billion.", "$4 billion", "summer:revenue.value")]
    [InlineData("Unprovoked shark bites worldwide dropped to 47 in 2024.", "47", "shark_bite.count")]
    [InlineData("There were 47 unprovoked shark bites worldwide last year.", "47", "shark_bite.count")]
    [InlineData("The region reported 1,012 new cases.", "1,012", "incident.count")]
    [InlineData("More than 500 pubs in England and Wales closed last year.", "500", "pub_closure.count")]
    [InlineData("Some 522 pubs shut their doors for good in 2024.", "522", "pub_closure.count")]
    [InlineData("Nearly 300 school districts closed because of the rally.", "300", "school_district_closure.count")]
    [InlineData("The band announced the 30-date tour while closing out their concert.", "30", "date.count")]
    [InlineData("The company recovered boosters on 129 missions.", "129", "booster:mission.count")]
    [InlineData("SpaceX flew a record 134 missions in 2024.", "134", "mission.count")]
    [InlineData("The contest reached 163 million viewers across 37 markets. The final drew 98 million viewers.", "163 million", "reach:viewers.count")]
    [InlineData("The contest reached 163 million viewers across 37 markets. The final drew 98 million viewers.", "98 million", "viewers.count")]
    [InlineData("The mishandling rate fell to 6.3 bags per 1,000 passengers from 6.9 the year before.", "6.9", "share.rate")]
    [InlineData("Russia launched 479 drones and 20 missiles at Ukraine overnight.", "479", "drone:strikes.count")]
    [InlineData("Russia launched 479 drones and 20 missiles at Ukraine overnight.", "20", "missile:strikes.count")]
    [InlineData("Air defences shot down 277 drones and 19 missiles.", "277", "drone:interceptions.count")]
    [InlineData("Air defences shot down 277 drones and 19 missiles.", "19", "missile:interceptions.count")]
    [InlineData("Some 40 missiles were intercepted.", "40", "missile:interceptions.count")]
    [InlineData("Russia fires 499 drones and missiles in biggest attack yet", "499", "strikes.count")]
    [InlineData("Air defences shot down 277 drones, while another 183 drones were lost from radar.", "183", "lost:drone:strikes.count")]
    [InlineData("Ukrainian air defenses downed 277 drones. A further 183 drones were suppressed by electronic warfare.", "183", "added:suppressed:drone:strikes.count")]
    [InlineData("The fire destroyed 87 structures. Another 19 buildings were damaged.", "19", "buildings_damaged.count")]
    [InlineData("In families with three or more children, the poverty rate was 44%.", "44%", "families:poverty.rate")]
    [InlineData("The poverty rate among children was 31%.", "31%", "children:poverty.rate")]
    [InlineData("June 3 (Reuters) - Airlines mishandled 33.4 million bags last year.", "33.4 million", "airlines:bag.count")]
    [InlineData("Men were more likely to be unemployed than women, with unemployment rates of 5.1% compared with 4.2%.", "5.1%", "men:unemployment.rate")]
    [InlineData("Men were more likely to be unemployed than women, with unemployment rates of 5.1% compared with 4.2%.", "4.2%", "women:unemployment.rate")]
    [InlineData("The unemployment rate for men was 5.1%, against 4.2% for women.", "5.1%", "men:unemployment.rate")]
    [InlineData("Death rates fell to 1.2%.", "1.2%", "deaths.rate")]
    [InlineData("The proportion of adults in England who smoke fell to 11.6% in 2023.", "11.6%", "smoking.rate")]
    [InlineData("Vaping among adults rose to 9.8%.", "9.8%", "vaping.rate")]
    [InlineData("Trips grew 18%.", "18%", "trip.count.change")]
    [InlineData("Applications grew 12% and exports grew 5%.", "12%", "application.count.change")]
    [InlineData("The economy grew 2.1% in the third quarter.", "2.1%", "growth.rate.change")]
    [InlineData("Uber beats profit forecast as trips grow 18%", "18%", "trip.count.change")]
    [InlineData("Trips on the platform increased 18% year over year to 3.04 billion.", "3.04 billion", "platform:trip.count")]
    [InlineData("Shark bites dropped in 2024, report finds\n\nUnprovoked shark bites worldwide dropped to 47.", "47", "shark_bite.count")]
    [InlineData("Audiobook downloads rose 21%, helping digital sales grow 6% to £1.1bn.", "£1.1bn", "digital:revenue.value")]
    public void Everyday_news_figures_take_their_own_measure(string sentence, string quote, string key)
    {
        Assert.Equal(key, Claim(sentence, quote).MetricKey);
    }

    [Fact]
    public void A_rate_per_100000_and_the_level_it_came_from_keep_their_digits()
    {
        const string Text = "The murder rate fell to 5.2 per 100,000 residents from 6.1 in 2022.";

        Assert.Equal(0.0052m, Claim(Text, "5.2 per 100,000").Quantity.Value);
        Assert.Equal(0.0061m, Claim(Text, "6.1").Quantity.Value);
    }

    [Fact]
    public void A_reading_set_aside_by_a_revision_is_the_same_figure_of_the_same_month()
    {
        var earlier = Claim("Data for September was revised lower to show 223,000 jobs added instead of 254,000 as previously reported.", "254,000");

        Assert.Equal("jobs.count", earlier.MetricKey);
        Assert.Equal("2024-09", earlier.Period?.Label);
    }

    [Fact]
    public void A_word_of_a_quoted_title_is_no_metric_term()
    {
        var fall = Claim("Last weekend's top film, \"A Working Man,\" fell to third place with $7.4 million, down 51%.", "51%");

        Assert.DoesNotContain("Working", fall.Metric, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("A Working Man", fall.Subject?.Name);
    }

    [Fact]
    public void A_share_of_the_economy_whose_measure_the_clause_does_not_name_is_compared_with_nothing()
    {
        var share = Claim("Germany says 2.1% of GDP is enough.", "2.1%");

        Assert.Equal("gdp.value.share", share.MetricKey);
        Assert.Equal(MetricKeys.UnnamedWhole, share.ShareOf?.MetricKey);
    }

    [Fact]
    public void A_share_of_a_group_the_lexicon_does_not_count_is_named_by_the_group_but_of_no_comparable_whole()
    {
        var share = Claim("In Gaines County, 18% of kindergartners had a vaccine exemption last school year.", "18%");

        Assert.Equal("share of kindergartners", share.Metric);
        Assert.Equal(MetricKeys.UnnamedWhole, share.ShareOf?.MetricKey);
    }

    [Fact]
    public void Rates_ranked_in_a_story_of_one_rate_are_that_rate()
    {
        const string text = "Office vacancies hit record\n\nThe US office vacancy rate rose to a record 20.4% in the third quarter. "
            + "San Francisco had one of the highest rates among major cities, at 28.5%.";

        Assert.Equal("vacancy.rate", Shared.ClaimIn(text, "28.5%", new DateOnly(2024, 10, 8)).MetricKey);
    }

    [Theory]
    [InlineData("Data center sales, which include its AI processors, rose 112% to $30.8 billion.", "$30.8 billion", "data center:revenue.value")]
    [InlineData("Data center sales, which include its AI processors, rose 112% to $30.8 billion.", "112%", "data center:revenue.value.change")]
    [InlineData("Gaming revenue grew 15% to $3.3 billion.", "$3.3 billion", "gaming:revenue.value")]
    [InlineData("Christie's said its two evening sales totaled $684 million.", "$684 million", "evening:revenue.value")]
    [InlineData("Truck and SUV sales are down 2.6 percent.", "2.6 percent", "truck and suv:revenue.value.change")]
    [InlineData("Comparable sales rose 3.6 percent in the quarter.", "3.6 percent", "comparable:revenue.value.change")]
    [InlineData("The company reported $4.1 billion in cloud revenue.", "$4.1 billion", "cloud:revenue.value")]
    [InlineData("Sales in the data center unit rose to $30.77 billion.", "$30.77 billion", "data center:revenue.value")]
    [InlineData("Sales from its data centre business reached $30.8bn.", "$30.8bn", "data center:revenue.value")]
    [InlineData("Revenue at its cloud computing business rose to $4.1 billion.", "$4.1 billion", "cloud computing:revenue.value")]
    [InlineData("Nvidia's third-quarter revenue rose 94% to $35.1 billion.", "$35.1 billion", "revenue.value")]
    [InlineData("Quarterly revenue rose 5% to $2 billion.", "$2 billion", "revenue.value")]
    [InlineData("Nvidia revenue rose to $35.1 billion.", "$35.1 billion", "revenue.value")]
    [InlineData("It was the highest sales total in years, at $3 billion.", "$3 billion", "revenue.value")]
    [InlineData("Nvidia Chief Executive Jensen Huang said revenue rose 94% to $35.1 billion.", "$35.1 billion", "revenue.value")]
    [InlineData("The company reported sales of $5 billion.", "$5 billion", "revenue.value")]
    public void A_segments_sales_are_keyed_apart_from_the_whole_companys(string sentence, string quote, string key)
    {
        Assert.Equal(key, Claim(sentence, quote).MetricKey);
    }

    [Theory]
    [InlineData("Analysts had expected earnings of 75 cents per share on revenue of $33.2 billion.", "$33.2 billion")]
    [InlineData("Wall Street analysts were expecting $2.52 a share on revenue of $27.53 billion.", "$27.53 billion")]
    [InlineData("Economists had expected 140,000 new jobs and an unemployment rate of 4.2%.", "4.2%")]
    public void The_second_figure_of_an_expectation_is_expected_too(string sentence, string quote)
    {
        Assert.StartsWith("expected:", Claim(sentence, quote).MetricKey, StringComparison.Ordinal);
    }

    [Fact]
    public void A_result_after_a_comma_and_is_no_expectation()
    {
        Assert.Equal("revenue.value", Claim("Analysts expected earnings of $1.10 a share, and the company reported revenue of $6 billion.", "$6 billion").MetricKey);
    }

    [Theory]
    [InlineData("The central bank raised rates to 4.5% as inflation stayed high.", "4.5%", "interest_rate.rate")]
    [InlineData("The retailer earned $2.8 billion, or $2.53 per diluted share, as revenue rose 3.5 percent to $27.2 billion.", "$2.53", "earnings_per_share.value")]
    [InlineData("The effective CPM is 30% lower on mobile because advertisers still pay more for desktop ads.", "30%", "share.rate")]
    [InlineData("We forecast that the incubator leads to a new charity that is 1-2x as cost-effective as the grant.", "1-2x", "cost.value.change")]
    public void A_metric_word_in_a_subordinate_clause_after_the_figure_is_that_clauses(string sentence, string quote, string key)
    {
        Assert.Equal(key, Claim(sentence, quote).MetricKey);
    }

    [Theory]
    [InlineData("With 99% of votes counted, the AD had 29.5% of the vote and 79 seats in the 230-seat assembly.", "29.5%", "vote_share.rate")]
    [InlineData("With 99% of votes counted, the AD had 29.5% of the vote and 79 seats in the 230-seat assembly.", "79", "seats.count")]
    [InlineData("Chega won 18.1% and 48 seats, up from 12 in the 2022 election.", "18.1%", "share.rate")]
    [InlineData("Labour took 33.7% of the popular tally and 411 seats.", "33.7%", "share")]
    [InlineData("Average hourly earnings gained 0.2% in October.", "0.2%", "salary.value.change")]
    [InlineData("Health care added 58,000 jobs, while government employment rose by 51,000.", "51,000", "jobs.count")]
    [InlineData("Two doses of the MMR vaccine are about 97% effective at preventing infection.", "97%", "efficacy.rate")]
    [InlineData("The company's effective tax rate was 21% in the quarter.", "21%", "tax.rate")]
    public void A_rate_takes_its_own_of_phrase_and_never_the_noun_another_figure_counts(string sentence, string quote, string key)
    {
        Assert.Equal(key, Claim(sentence, quote).MetricKey);
    }

    [Theory]
    [InlineData("Core inflation, which excludes energy and food, rose to 6.1% in February.", "6.1%", "core_inflation.rate")]
    [InlineData("The jobless rate, which the agency revised on Monday, fell to 3.9%.", "3.9%", "unemployment.rate")]
    public void A_figure_after_a_relative_aside_takes_the_metric_of_the_clause_the_aside_interrupts(string sentence, string quote, string key)
    {
        Assert.Equal(key, Claim(sentence, quote).MetricKey);
    }

    [Theory]
    [InlineData("The storm left more than 200,000 homes without electricity on Saturday.", "200,000")]
    [InlineData("About 212,000 customers had lost power at the peak of the storm.", "212,000")]
    [InlineData("By Sunday morning 140,000 were still cut off.", "140,000")]
    public void Homes_and_customers_without_power_are_one_outage_count(string sentence, string quote)
    {
        Assert.Equal("power_outage.count", Claim(sentence, quote).MetricKey);
    }

    [Fact]
    public void A_single_gust_is_a_wind_speed()
    {
        Assert.Equal("wind_speed.measure", Claim("Aberdaron recorded the strongest gust, 92mph, on Saturday.", "92mph").MetricKey);
    }

    [Theory]
    [InlineData("Revenue was $14.2 billion, above analysts' average estimate of $13.9 billion.", "$13.9 billion")]
    [InlineData("The company earned $1.55 per share, beating estimates of $1.48.", "$1.48")]
    [InlineData("Veltrix forecast revenue of between $15.0 billion and $15.4 billion for the fourth quarter.", "$15.0 billion and $15.4 billion")]
    [InlineData("Meta forecast first-quarter revenue of between $39.5 billion and $41.8 billion.", "$39.5 billion and $41.8 billion")]
    [InlineData("Inflation was 5.2% in February, well above the bank's 2% target.", "2%")]
    [InlineData("Wall Street analysts surveyed by Refinitiv were expecting $2.52 a share.", "$2.52")]
    [InlineData("Revenue was $35.1 billion, ahead of the $33.2 billion analysts had expected.", "$33.2 billion")]
    [InlineData("The rate beat the 4.3% economists expected.", "4.3%")]
    public void An_estimate_forecast_or_target_is_an_expected_figure_never_set_against_the_result(string sentence, string quote)
    {
        var claim = Claim(sentence, quote);

        Assert.StartsWith("expected:", claim.MetricKey, StringComparison.Ordinal);
        Assert.True(claim.Hedged);
    }

    [Theory]
    [InlineData("Home Depot sees comparable sales growth of 3.5 percent, down from previous guidance of up 4 percent.", "4 percent", "expected:growth.rate.change")]
    [InlineData("Comparable-store sales growth will be 3.5%, compared with prior guidance of 4.0%.", "4.0%", "expected:comparable-store:revenue.value.change")]
    [InlineData("Comparable-store sales growth will be 3.5%, compared with prior guidance of 4.0%.", "3.5%", "comparable-store:revenue.value.change")]
    [InlineData("The United States' emissions are expected to fall 0.6%.", "0.6%", "emissions.measure.change")]
    public void A_change_is_expected_when_it_is_the_guidance_or_estimates_own_figure(string sentence, string quote, string key)
    {
        var claim = Claim(sentence, quote);

        Assert.Equal(key, claim.MetricKey);
        Assert.Equal(key.StartsWith("expected:", StringComparison.Ordinal), claim.ChangeOf is null);
    }

    [Theory]
    [InlineData("Adjusted profit was $5.17 per share, beating estimates of $5.09.", "$5.09", "expected:earnings_per_share.value")]
    [InlineData("Inflation was 2.5% in December, but the bank said it expected it to rise to 3.7% in the third quarter, above its 2% target.", "2%", "expected:inflation.rate")]
    [InlineData("Halvorsen, with annual revenue of $9.8 billion, said it expected to achieve $150 million in annual cost savings by 2029.", "$150 million", "expected:savings.value")]
    public void An_estimate_set_against_a_result_expects_what_the_result_measures(string sentence, string quote, string key)
    {
        Assert.Equal(key, Claim(sentence, quote).MetricKey);
    }

    [Fact]
    public void An_estimate_in_a_participle_clause_neither_hedges_nor_sources_the_result_before_it()
    {
        const string sentence = "The company's revenue fell 4% to $16.1 billion in the quarter, missing analysts' average estimate of $16.3 billion, according to LSEG data.";
        var result = Claim(sentence, "$16.1 billion");
        var estimate = Claim(sentence, "$16.3 billion");

        Assert.False(result.Hedged);
        Assert.Null(result.Attribution);
        Assert.True(estimate.Hedged);
        Assert.Equal("LSEG", estimate.Attribution);
        Assert.Equal("Toyota", Claim("It will get the equivalent of 90 miles per gallon of gasoline, according to Toyota.", "90 miles per gallon").Attribution);
    }

    [Theory]
    [InlineData("The restructuring will cost 900 million Swedish crowns ($95 million) and save 1.5 billion crowns a year.", "$95 million", "cost.value")]
    [InlineData("The restructuring will cost 900 million Swedish crowns ($95 million) and save 1.5 billion crowns a year.", "1.5 billion crowns", "savings.value")]
    [InlineData("Nordvik said it would cut about 1,200 jobs, or roughly 8% of its workforce, as slowing demand for electric trucks squeezed margins.", "8%", "jobs.count.share")]
    [InlineData("By taking off just the top half of bread, you're saving nearly 100 calories.", "half", "share")]
    [InlineData("Nordvik said 8% of its labour pool would go as demand for electric trucks slowed.", "8%", "share")]
    public void A_converted_sum_a_saving_and_a_share_of_a_workforce_measure_what_they_say(string sentence, string quote, string key)
    {
        Assert.Equal(key, Claim(sentence, quote).MetricKey);
    }

    [Theory]
    [InlineData("The Bank of England cut interest rates by a quarter point to 4.5% on Thursday and halved its growth forecast for 2025.", "4.5%", "interest_rate.rate")]
    [InlineData("The Bank of England cut interest rates by a quarter point to 4.5% on Thursday and halved its growth forecast for 2025.", "halved", "growth.rate.change")]
    [InlineData("The Bank of England reduced Bank Rate to 4.5% from 4.75% on Thursday.", "4.75%", "interest_rate.rate")]
    [InlineData("Inflation eased to 1.8%. The bank's deposit rate stands at 3.5%.", "3.5%", "interest_rate.rate")]
    [InlineData("The Reserve Bank of Australia held its cash rate at 4.35% on Tuesday.", "4.35%", "interest_rate.rate")]
    public void A_figure_before_the_next_verb_phrase_measures_its_own_and_a_multiplying_verb_its_object(string sentence, string quote, string key)
    {
        Assert.Equal(key, Claim(sentence, quote).MetricKey);
    }

    [Theory]
    [InlineData("The sequel collected $82.5 million in ticket sales. The film, which cost about $190 million to produce, added $97 million from 71 markets.", "$97 million", "revenue.value")]
    [InlineData("The film, which cost about $190 million to produce, added $97 million from 71 markets.", "$190 million", "cost.value")]
    [InlineData("The biopic has grossed $89.9 million domestically in three weeks.", "$89.9 million", "revenue.value")]
    [InlineData("The first film opened to $41 million in October 2021.", "$41 million", "revenue.value")]
    [InlineData("The film took $12 million at the box office.", "$12 million", "revenue.value")]
    public void A_films_takings_are_revenue_and_a_relative_aside_lends_no_metric_to_the_figure_after_it(string text, string quote, string key)
    {
        Assert.Equal(key, Claim(text, quote).MetricKey);
    }

    [Theory]
    [InlineData("Mars said it would buy Kellanova for $35.9 billion including debt.", "$35.9 billion", "debt.value")]
    [InlineData("The airline reported $4 billion excluding fuel costs.", "$4 billion", "cost.value")]
    public void What_a_sum_counts_in_or_leaves_out_is_not_what_it_measures(string text, string quote, string notKey)
    {
        Assert.NotEqual(notKey, Claim(text, quote).MetricKey);
    }

    [Theory]
    [InlineData("Revenue rose to 3.5 billion pounds, while adjusted earnings before interest, tax, depreciation and amortisation came in at 2 billion pounds.", "2 billion pounds", "ebitda.value")]
    [InlineData("Earnings before interest and taxes were $400 million.", "$400 million", "operating_profit.value")]
    [InlineData("Adjusted EBITDA was $1.2 billion.", "$1.2 billion", "ebitda.value")]
    [InlineData("Operating income was 477 million euros in the quarter.", "477 million euros", "operating_profit.value")]
    [InlineData("Pre-tax profit rose to £2.1 billion.", "£2.1 billion", "pretax_profit.value")]
    [InlineData("Net income for 2024 came to €1.14 billion.", "€1.14 billion", "profit.value")]
    public void Each_measure_of_profit_is_its_own_and_earnings_before_interest_and_tax_are_no_tax(string text, string quote, string key)
    {
        Assert.Equal(key, Claim(text, quote).MetricKey);
    }

    [Theory]
    [InlineData("A magnitude 7.1 earthquake struck eastern Turkey early on Monday.", "magnitude 7.1", "quake_magnitude.measure")]
    [InlineData("A quake of magnitude 7.8 killed more than 50,000 people in February 2023.", "magnitude 7.8", "quake_magnitude.measure")]
    [InlineData("It was followed by more than 120 aftershocks, the strongest of magnitude 5.6.", "magnitude 5.6", "aftershock_magnitude.measure")]
    public void An_earthquakes_magnitude_is_a_measure_of_its_own(string sentence, string quote, string key)
    {
        Assert.Equal(key, Claim(sentence, quote).MetricKey);
    }

    [Theory]
    [InlineData("Sales to users in North America dropped 10%.", "10%", "revenue.value.change")]
    [InlineData("The three deaths of detained children are nine times higher than the expected rate.", "nine times", "children:deaths.count.change")]
    [InlineData("The company's operating margin was 19.5%, down from 21.4% a year earlier.", "19.5%", "margin.rate")]
    public void A_change_measures_the_head_of_its_subject_not_a_noun_in_its_prepositional_phrase(string sentence, string quote, string key)
    {
        Assert.Equal(key, Claim(sentence, quote).MetricKey);
    }

    [Theory]
    [InlineData("Revenue was $14.2 billion, above analysts' average estimate of $13.9 billion.", "$14.2 billion")]
    [InlineData("Economists had expected the hike; 14 of 18 forecast a move to 4.5%.", "18")]
    [InlineData("The storm caused an estimated £1.5bn of insured losses.", "£1.5bn")]
    [InlineData("Sales rose 12% to $14.2 billion, more than analysts had forecast.", "$14.2 billion")]
    [InlineData("North Korean hackers carried out attacks targeting 47 exchanges last year.", "47")]
    public void A_result_reported_beside_an_expectation_stays_a_result(string sentence, string quote)
    {
        Assert.DoesNotContain("expected:", Claim(sentence, quote).MetricKey, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Net income rose to $3.1 billion, or $1.42 per share, from $2.6 billion, or $1.18 per share, a year ago.", "$1.42", "earnings_per_share.value")]
    [InlineData("Net income rose to $3.1 billion, or $1.42 per share, from $2.6 billion, or $1.18 per share, a year ago.", "$1.18", "earnings_per_share.value")]
    [InlineData("Net income rose to $3.1 billion, or $1.42 per share, from $2.6 billion, or $1.18 per share, a year ago.", "$2.6 billion", "profit.value")]
    [InlineData("Excluding items, the company earned $1.55 per diluted share.", "$1.55", "earnings_per_share.value")]
    [InlineData("Net income rose 109% to $19.3 billion, or 78 cents a share.", "$19.3 billion", "profit.value")]
    [InlineData("Net income rose 109% to $19.3 billion, or 78 cents a share.", "109%", "profit.value.change")]
    [InlineData("Net income rose 109% to $19.3 billion, or 78 cents a share.", "78 cents", "earnings_per_share.value")]
    [InlineData("Shares of Meridian fell 6.3% to $48.15 a share.", "$48.15", "share_price.value")]
    public void A_result_per_share_is_earnings_per_share_not_a_share_price(string sentence, string quote, string key)
    {
        Assert.Equal(key, Claim(sentence, quote).MetricKey);
    }

    [Fact]
    public void Injured_and_working_people_are_different_counts()
    {
        var injured = Claim("At least 100 people were injured when the roof collapsed.", "100");
        var working = Claim("About 100 people were working in the building at the time.", "100");

        Assert.Equal("injured.count", injured.MetricKey);
        Assert.Equal("working.count", working.MetricKey);
        Assert.Equal(Qualifier.AtLeast, injured.Quantity.Qualifier);
    }

    [Fact]
    public void What_happened_to_a_group_outranks_who_they_are()
    {
        var injured = Claim("Three firefighters were injured, officials said.", "Three");

        Assert.Equal("injured.count", injured.MetricKey);
    }

    [Fact]
    public void A_month_without_an_event_makes_no_date_claim()
    {
        var claims = Shared.Run("Unemployment fell to 4.1% in October, the Labor Department said.", new DateOnly(2024, 11, 8)).Claims;

        Assert.DoesNotContain(claims, c => c.Quantity.Unit == Unit.Date);
        Assert.Equal("unemployment.rate", Assert.Single(claims).MetricKey);
    }

    [Fact]
    public void Killed_is_a_death_count()
    {
        var deaths = Claim("The earthquake killed 2,300 people in Turkey and Syria, officials said.", "2,300");

        Assert.Equal("deaths.count", deaths.MetricKey);
        Assert.Equal("Turkey", deaths.Subject?.Name);
    }

    [Fact]
    public void A_companys_revenue_and_its_growth_are_level_and_change()
    {
        var claims = Shared.Run("Nvidia said its revenue rose 94% to $35.1 billion in the third quarter.", new DateOnly(2024, 11, 21)).Claims;
        var level = Assert.Single(claims, c => c.Quote == "$35.1 billion");
        var growth = Assert.Single(claims, c => c.Quote == "94%");

        Assert.Equal("revenue.value", level.MetricKey);
        Assert.Equal("Nvidia", level.Subject?.Name);
        Assert.Equal("2024-Q3", level.Period?.Label);
        Assert.Equal("revenue.value", growth.ChangeOf?.LevelMetricKey);
        Assert.Equal(QuantityChange.Increase, growth.Quantity.Change);
    }

    [Fact]
    public void Theft_from_an_exchange_makes_the_exchange_the_victim()
    {
        var claim = Claim("Hackers stole $305 million from Japanese cryptocurrency exchange DMM Bitcoin in May.", "$305 million");

        Assert.Equal("DMM Bitcoin", claim.Subject?.Name);
        Assert.Equal(SubjectRole.Victim, claim.Role);
        Assert.Equal("theft.value", claim.MetricKey);
    }

    [Fact]
    public void A_price_belongs_to_its_asset_as_topic()
    {
        var claim = Claim("Bitcoin has soared to more than $100,000 this year.", "$100,000");

        Assert.Equal("Bitcoin", claim.Subject?.Name);
        Assert.Equal(SubjectRole.Topic, claim.Role);
        Assert.Equal("price.value", claim.MetricKey);
    }

    [Theory]
    [InlineData("Boeing agreed to pay $1.2 billion to settle the lawsuit.", "$1.2 billion", "payment.value")]
    [InlineData("Britain paid France £476 million under a 2023 deal.", "£476 million", "payment.value")]
    [InlineData("The state has paid the agency nearly $449,000 so far this year.", "$449,000", "payment.value")]
    [InlineData("Chief executive Dave Calhoun was paid $32.8 million last year.", "$32.8 million", "salary.value")]
    [InlineData("Nurses are paid £18 an hour on average.", "£18", "salary.value")]
    [InlineData("The company will pay a dividend of 45 cents a share.", "45 cents", "dividend.value")]
    [InlineData("Halvorsen will pay $38 a share for Brightwater.", "$38", "offer_price.value")]
    public void A_sum_paid_out_is_a_payment_and_a_sum_someone_is_paid_their_earnings(string sentence, string quote, string key)
    {
        Assert.Equal(key, Claim(sentence, quote).MetricKey);
    }

    [Theory]
    [InlineData("More than 20,000 migrants crossed the English Channel in small boats in the first six months of 2025.", "20,000", "arrivals.count")]
    [InlineData("Some 19,982 people arrived between January and June, Home Office figures showed.", "19,982", "arrivals.count")]
    [InlineData("More than 100 protesters killed in Iran unrest.", "100", "deaths.count")]
    [InlineData("About 3,000 migrants are held in the camp.", "3,000", "displaced.count")]
    public void What_happened_to_a_counted_group_outranks_who_they_are(string sentence, string quote, string key)
    {
        Assert.Equal(key, Claim(sentence, quote).MetricKey);
    }

    [Theory]
    [InlineData("October")]
    [InlineData("September")]
    public void The_time_of_a_figure_dates_no_event_the_sentence_goes_on_to_name(string month)
    {
        var claims = Shared.Run("Boeing delivered 14 commercial airplanes in October, down from 33 in September, as a machinists' strike halted production.",
            new DateOnly(2024, 11, 12)).Claims;

        Assert.DoesNotContain(claims, c => c.Quote == month);
    }

    [Fact]
    public void An_attribution_source_is_never_the_subject()
    {
        var claim = Claim("Exports from Germany fell 2.1% in May, Eurostat said.", "2.1%");

        Assert.Equal("Eurostat", claim.Attribution);
        Assert.Equal("Germany", claim.Subject?.Name);
        Assert.Equal(QuantityChange.Decrease, claim.Quantity.Change);
    }

    [Theory]
    [InlineData("Hospitality added 78,000 jobs, the largest gain of any sector.", "78,000")]
    [InlineData("The Nasdaq added about 2% on Friday.", "2%")]
    public void A_figure_added_is_no_remark_added(string sentence, string quote)
    {
        Assert.Null(Claim(sentence, quote).Attribution);
    }

    [Fact]
    public void Hedged_and_negated_claims_say_so()
    {
        var hedged = Claim("The storm may have caused $3 billion in damage.", "$3 billion");
        var negated = Claim("Turnout did not reach 50 percent in the capital.", "50 percent");

        Assert.True(hedged.Hedged);
        Assert.False(hedged.Negated);
        Assert.True(negated.Negated);
    }

    [Theory]
    [InlineData("The data showed 20,422 people made the journey between January and June, up 48% from 13,489 a year earlier.", "20,422", "arrivals.count")]
    [InlineData("The data showed 20,422 people made the journey between January and June, up 48% from 13,489 a year earlier.", "48%", "arrivals.count.change")]
    [InlineData("The number of people crossing the Channel in small boats rose by half in the first six months of the year.", "half", "arrivals.count.change")]
    [InlineData("The drugmaker said 307 adults took part in the trial.", "307", "participants.count")]
    [InlineData("The 13.6% figure counts all 307 participants, including those who stopped taking the drug.", "307", "participants.count")]
    [InlineData("Meridian employed roughly 20,000 people at the end of June.", "20,000", "jobs.count")]
    [InlineData("Meridian last year eliminated 1,100 roles.", "1,100", "job_cuts.count")]
    [InlineData("The company said it expected to record restructuring charges of $250 million to $300 million.", "$250 million to $300 million", "expected:cost.value")]
    public void Light_verbs_take_their_object_a_bare_change_takes_the_level_before_it_and_a_workforce_is_jobs(string sentence, string quote, string key)
    {
        Assert.Equal(key, Claim(sentence, quote).MetricKey);
    }

    [Theory]
    [InlineData("India's emissions rose 4.6% last year.", "4.6%", "emissions.measure.change")]
    [InlineData("Its emissions grew 0.2% last year.", "0.2%", "emissions.measure.change")]
    [InlineData("The population grew 1.1% last year.", "1.1%", "population.count.change")]
    [InlineData("Sales grew 5% in the quarter.", "5%", "revenue.value.change")]
    [InlineData("Sales rose 5% in the quarter.", "5%", "revenue.value.change")]
    [InlineData("The economy grew 0.3% in the third quarter.", "0.3%", "growth.rate.change")]
    [InlineData("Annual house price growth accelerated to 4.2%, from 3.0% in January.", "4.2%", "price.value.change")]
    [InlineData("Annual house price growth accelerated to 4.2%, from 3.0% in January.", "3.0%", "price.value.change")]
    [InlineData("Wage growth slowed to 5.9% in the three months to October.", "5.9%", "salary.value.change")]
    [InlineData("Annual growth in regular pay, which excludes bonuses, slowed to 5.2% from 5.5%.", "5.2%", "salary.value.change")]
    [InlineData("Annual growth in regular pay, which excludes bonuses, slowed to 5.2% from 5.5%.", "5.5%", "salary.value.change")]
    [InlineData("The growth in average earnings was 4.1%.", "4.1%", "salary.value.change")]
    [InlineData("Growth in exports was 3%.", "3%", "exports.value.change")]
    [InlineData("GDP growth was 0.3% in the quarter.", "0.3%", "growth.rate")]
    [InlineData("Passenger numbers rose 6% in 2024.", "6%", "passenger.count.change")]
    [InlineData("Heathrow passenger numbers hit a record 83.9 million.", "83.9 million", "passenger.count")]
    [InlineData("The number of passengers rose 5% in March.", "5%", "passenger.count.change")]
    [InlineData("Visitor numbers fell 3% last year.", "3%", "attendance.count.change")]
    [InlineData("Mortgage approvals climbed to 66,200 in January.", "66,200", "mortgage_approval.count")]
    [InlineData("Single-core scores increased from 1061 to 1128.", "1061", "score.count")]
    [InlineData("The number of people crossing the Channel rose by half.", "half", "arrivals.count.change")]
    public void A_change_is_of_what_grew_or_rose_a_measure_too_not_of_growth_itself(string sentence, string quote, string key)
    {
        Assert.Equal(key, Claim(sentence, quote).MetricKey);
    }

    [Theory]
    [InlineData("Police in England recorded 50,510 knife offences in the year to March.", "50,510", "knife_offence.count")]
    [InlineData("Shoplifting offences jumped 20% to 469,788 last year.", "469,788", "shoplifting_offence.count")]
    [InlineData("Shoplifting offences jumped 20% to 469,788 last year.", "20%", "shoplifting_offence.count.change")]
    [InlineData("Burglaries fell by 3% to 76,000.", "76,000", "burglary.count")]
    [InlineData("Globally, measles cases jumped 20% to 10.3 million in 2023.", "10.3 million", "incident.count")]
    [InlineData("The number of homicides fell to 570 from 591.", "570", "deaths.count")]
    [InlineData("The death toll from the quake that struck on Friday has risen to 3,085, the military said on Thursday, with 4,715 people injured.", "3,085", "deaths.count")]
    [InlineData("The number of visitors hits 2.1 million.", "2.1 million", "attendance.count")]
    [InlineData("The district has 300 school districts.", "300", "school_district.count")]
    [InlineData("Officials confirmed 1,012 new infections.", "1,012", "infections.count")]
    [InlineData("The force recorded 18 criminal charges.", "18", "charge.count")]
    [InlineData("Investigators found 20 phone records.", "20", "phone_record.count")]
    [InlineData("Engineers sealed 12 remaining tunnels.", "12", "tunnel.count")]
    public void A_count_of_one_kind_of_a_thing_is_keyed_apart_from_the_others_and_a_level_after_a_change_takes_its_subject(string sentence, string quote, string key)
    {
        Assert.Equal(key, Claim(sentence, quote).MetricKey);
    }

    [Theory]
    [InlineData("In the 12 months through July, the CPI advanced 2.9%, after a 3.0% increase in June.", "2.9%", "inflation.rate")]
    [InlineData("In the 12 months through July, the CPI advanced 2.9%, after a 3.0% increase in June.", "3.0%", "inflation.rate")]
    [InlineData("Core inflation increased 3.2% on a year-on-year basis.", "3.2%", "core_inflation.rate")]
    [InlineData("Consumer prices rose 2.9% from a year earlier.", "2.9%", "inflation.rate")]
    [InlineData("Excluding food and energy, the core CPI rose 0.2% in July.", "0.2%", "core:price.value.change")]
    [InlineData("The consumer price index increased 0.2% last month.", "0.2%", "price.value.change")]
    [InlineData("Inflation rose 0.3 percentage points to 3% in June.", "0.3 percentage points", "inflation.rate.change")]
    public void A_percent_change_of_consumer_prices_is_the_inflation_rate_or_a_months_price_change(string sentence, string quote, string key)
    {
        var claim = Claim(sentence, quote);

        Assert.Equal(key, claim.MetricKey);
        Assert.Null(claim.Subject);
    }

    [Fact]
    public void A_change_with_no_metric_word_after_another_change_is_of_the_same_measure()
    {
        const string text = "The United States' emissions are expected to fall 0.6%, while India's will rise 4.6%.";

        var first = Claim(text, "0.6%");
        var second = Claim(text, "4.6%");

        Assert.Equal("emissions.measure.change", first.MetricKey);
        Assert.Equal(first.MetricKey, second.MetricKey);
        Assert.Equal("change in emissions", second.Metric);
        Assert.Equal("India", second.Subject?.Name);
    }

    [Theory]
    [InlineData("Emissions in the European Union fell 3.8%, while the United States cut its emissions by 0.6%.", "0.6%", "emissions.measure.change")]
    [InlineData("France accounted for 12%, the United States for 9%.", "9%", "share.rate")]
    [InlineData("The United States was up 3% last year.", "3%", "amount.value.change")]
    public void A_word_inside_a_places_name_is_no_metric_word(string sentence, string quote, string key)
    {
        Assert.Equal(key, Claim(sentence, quote).MetricKey);
    }

    [Fact]
    public void A_change_with_no_metric_word_changes_the_level_told_before_it()
    {
        var level = Claim("Brent was last at $60.73, down 2.74% on the day.", "$60.73");
        var change = Claim("Brent was last at $60.73, down 2.74% on the day.", "2.74%");

        Assert.Equal(level.MetricKey + ".change", change.MetricKey);
    }

    [Fact]
    public void A_metric_phrase_never_reaches_into_the_headline_before_it()
    {
        var claim = Claim("Trade news\n\nExports totalled $12.1 billion in May.", "$12.1 billion");

        Assert.Equal("Exports", claim.Metric);
    }

    [Theory]
    [InlineData("Compared with the 1850-1900 average, the planet was about 1.6C warmer.", "1.6C", "temperature.measure.change")]
    [InlineData("The global average temperature was 15.1C last year.", "15.1C", "temperature.measure")]
    [InlineData("The river rose by 2 metres to 6.1 metres on Friday.", "2 metres", "length.measure.change")]
    public void A_measure_above_or_warmer_than_another_is_a_change_of_the_measure(string sentence, string quote, string key)
    {
        Assert.Equal(key, Claim(sentence, quote).MetricKey);
    }

    [Theory]
    [InlineData("The company said daily active people averaged 3.35 billion in December.", "3.35 billion", "users.count")]
    [InlineData("Monthly active users rose to 2.1 billion.", "2.1 billion", "users.count")]
    [InlineData("It expects capital expenditures of $60 billion to $65 billion in 2025.", "$60 billion to $65 billion", "expected:capex.value")]
    [InlineData("Capital spending was $39.23 billion in 2024.", "$39.23 billion", "capex.value")]
    [InlineData("Uptake of the first dose of the MMR vaccine fell to 92.5% last year.", "92.5%", "vaccinations.rate")]
    [InlineData("The vaccination rate for measles fell to 83.9%.", "83.9%", "vaccinations.rate")]
    public void Active_users_are_users_capital_spending_is_capex_not_costs_and_uptake_is_the_vaccination_rate(string sentence, string quote, string key)
    {
        Assert.Equal(key, Claim(sentence, quote).MetricKey);
    }

    [Theory]
    [InlineData("Net profit rose by $2 billion to $10 billion in 2024.", "$2 billion", "profit.value.change")]
    [InlineData("Net profit rose by $2 billion to $10 billion in 2024.", "$10 billion", "profit.value")]
    [InlineData("The price cap for a household paying by direct debit will increase by £111 to £1,849 a year.", "£111", "cap.value.change")]
    [InlineData("The price cap for a household paying by direct debit will increase by £111 to £1,849 a year.", "£1,849", "expected:cap.value")]
    [InlineData("The cap currently stands at £1,738.", "£1,738", "cap.value")]
    [InlineData("Analysts say the cap is set to fall to £1,821 in July.", "£1,821", "expected:cap.value")]
    [InlineData("The cap rose by £111 to £1,849 in January.", "£1,849", "cap.value")]
    public void A_sum_moved_by_is_a_change_and_a_level_a_move_still_to_come_will_bring_is_expected(string sentence, string quote, string key)
    {
        Assert.Equal(key, Claim(sentence, quote).MetricKey);
    }

    [Theory]
    [InlineData("The United States imposed tariffs of 25% on imports from Canada.", "25%", "tax.rate")]
    [InlineData("McClatchy reported a loss of $304.7 million on revenue of $167.4 million.", "$304.7 million", "loss.value")]
    [InlineData("McClatchy reported a loss of $304.7 million on revenue of $167.4 million.", "$167.4 million", "revenue.value")]
    public void A_figure_after_of_belongs_to_the_term_before_it(string sentence, string quote, string key)
    {
        Assert.Equal(key, Claim(sentence, quote).MetricKey);
    }

    [Theory]
    [InlineData("Rescuers were still searching for 72 people believed trapped under the rubble.", "72", "trapped.count")]
    [InlineData("At least 12 people are feared dead.", "12", "deaths.count")]
    [InlineData("Another 40 people are thought to be missing.", "40", "missing.count")]
    public void What_is_believed_of_a_counted_group_says_what_it_counts_and_hedges_it(string sentence, string quote, string key)
    {
        var claim = Claim(sentence, quote);

        Assert.Equal(key, claim.MetricKey);
        Assert.True(claim.Hedged);
    }

    [Theory]
    [InlineData("The S&P 500 fell 1.2% on Tuesday.", "1.2%", "price.value.change")]
    [InlineData("Its trade deficit with China was $295.4 billion in 2024.", "$295.4 billion", "china:trade_balance.value")]
    [InlineData("Exports rose to $412.7 billion in 2024, while imports reached $505.9 billion.", "$412.7 billion", "exports.value")]
    [InlineData("Exports rose to $412.7 billion in 2024, while imports reached $505.9 billion.", "$505.9 billion", "imports.value")]
    [InlineData("The US bought $412.7 billion of goods from Canada last year.", "$412.7 billion", "trade.value")]
    [InlineData("Hospital admissions for measles more than doubled compared with 2023, to 1,012.", "1,012", "admissions.count")]
    [InlineData("Household energy bills in Great Britain will rise by 6.4% from April.", "6.4%", "cost.value.change")]
    public void An_index_moves_by_its_price_and_trade_balance_admissions_and_bills_are_measures_of_their_own(string sentence, string quote, string key)
    {
        Assert.Equal(key, Claim(sentence, quote).MetricKey);
    }

    [Fact]
    public void A_level_a_capability_would_bring_is_no_forecast()
    {
        Assert.DoesNotContain("expected:", Claim("The boost is enough to cut the sprint time to 5.7 seconds.", "5.7 seconds").MetricKey, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Arsenal agreed a £51m deal for the midfielder.", "£51m", "deal")]
    [InlineData("The company said daily active people averaged 3.35 billion in December.", "3.35 billion", "daily active people")]
    public void A_metric_phrase_never_takes_the_scale_glued_to_the_figure_or_a_verb_of_saying(string sentence, string quote, string phrase)
    {
        Assert.Equal(phrase, Claim(sentence, quote).Metric);
    }

    private static Claim Claim(string text, string quote) =>
        Assert.Single(Shared.Run(text, new DateOnly(2024, 12, 19)).Claims, c => c.Quote == quote);
}
