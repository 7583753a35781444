using ClaimExtractor.Consistency.Rules;
using ClaimExtractor.Core.Claims;
using ClaimExtractor.Core.Consistency;
using ClaimExtractor.Core.Documents;
using ClaimExtractor.Core.Entities;
using ClaimExtractor.Core.Periods;
using ClaimExtractor.Core.Quantities;

namespace ClaimExtractor.Consistency.Tests;

/// <summary>
/// A premium or discount is the ratio of the price offered to one day's close: "$38 per share, a premium of 27% to
/// Brightwater's closing price on Friday" is wrong when Friday's close was $30.50 (that is 24.6%), whichever article
/// states the close and whichever is stored first.
/// </summary>
public sealed class PremiumArithmeticTests
{
    private static readonly EntityRef Deal = new("Halvorsen-Brightwater deal", EntityType.Event);
    private static readonly EntityRef Target = new("Brightwater Snacks", EntityType.Org);
    private static readonly Period Friday = Period.Day(new DateOnly(2026, 6, 19));
    private static readonly DocumentRef Paper = new(new DocumentId(1), "corpus/dev/01-business.txt", "Halvorsen agrees deal", "The Ledger", new DateOnly(2026, 6, 23));
    private static readonly DocumentRef Wire = new(new DocumentId(2), "corpus/dev/02-wire.txt", "Halvorsen to buy Brightwater", "Continental Press", new DateOnly(2026, 6, 22));

    private readonly Claims _claims = new();

    [Fact]
    public void A_premium_the_offer_and_the_close_do_not_bear_out_is_an_arithmetic_flag_on_the_premium_and_the_close()
    {
        var offer = Price(Wire, "$38", 38m, Deal, MetricKeysOf.Offer, null);
        var premium = Premium(Wire, "27%", 27m, Friday);
        var close = Price(Paper, "$30.50", 30.50m, Target, MetricKeysOf.Close, Friday, slack: 0.005m);

        var flag = Assert.Single(Check.Rule(new PremiumArithmeticRule(), offer, premium, close));

        Assert.Equal(ContradictionKind.Arithmetic, flag.Kind);
        Assert.Equal(new[] { premium.Id.Value, close.Id.Value }.Order(), new[] { flag.A.Value, flag.B.Value }.Order());
        Assert.Contains("premium of 24.6%", flag.Explanation, StringComparison.Ordinal);
        Assert.Contains("Brightwater Snacks on 2026-06-19", flag.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_close_stored_after_the_premium_finds_it()
    {
        var offer = Price(Wire, "$38", 38m, Deal, MetricKeysOf.Offer, null);
        var premium = Premium(Wire, "27%", 27m, Friday);
        var close = Price(Paper, "$30.50", 30.50m, Target, MetricKeysOf.Close, Friday, slack: 0.005m);

        // the close's document is the one checked; the premium and offer are what its keys find in the store
        var flags = new ConsistencyChecker([new PremiumArithmeticRule()], ConsistencyOptions.Default).Check([close], [offer, premium, close]);

        Assert.Single(flags);
    }

    [Theory]
    [InlineData("25%", 25, 0.5)] // 24.6% rounded to a whole percent
    [InlineData("24.6%", 24.6, 0.05)]
    public void A_premium_as_rounded_from_the_offer_and_the_close_is_consistent(string quote, double percent, double slack)
    {
        var offer = Price(Wire, "$38", 38m, Deal, MetricKeysOf.Offer, null);
        var premium = Premium(Wire, quote, (decimal)percent, Friday, (decimal)slack);
        var close = Price(Paper, "$30.50", 30.50m, Target, MetricKeysOf.Close, Friday, slack: 0.005m);

        Assert.Empty(Check.Rule(new PremiumArithmeticRule(), offer, premium, close));
    }

    [Fact]
    public void A_close_on_another_day_or_of_another_company_is_not_the_premiums_base()
    {
        var offer = Price(Wire, "$38", 38m, Deal, MetricKeysOf.Offer, null);
        var premium = Premium(Wire, "27%", 27m, Friday);
        var thursday = Price(Paper, "$29.10", 29.10m, Target, MetricKeysOf.Close, Period.Day(new DateOnly(2026, 6, 18)), slack: 0.005m);
        var acquirer = Price(Paper, "$61.20", 61.20m, new EntityRef("Halvorsen Foods", EntityType.Org), MetricKeysOf.Close, Friday, slack: 0.005m);

        Assert.Empty(Check.Rule(new PremiumArithmeticRule(), offer, premium, thursday, acquirer));
    }

    [Theory]
    [InlineData(10, 1)] // $12 against $13.50 is 11.1% below
    [InlineData(11, 0)]
    public void A_discount_is_the_price_below_the_close(double percent, int flags)
    {
        var placing = Price(Wire, "$12", 12m, Target, MetricKeysOf.Close, null);
        var discount = Premium(Wire, $"{percent}%", (decimal)percent, Friday, 0.5m, subject: Target, priceKey: MetricKeysOf.Close, discount: true);
        var close = Price(Paper, "$13.50", 13.50m, Target, MetricKeysOf.Close, Friday, slack: 0.005m);

        Assert.Equal(flags, Check.Rule(new PremiumArithmeticRule(), placing, discount, close).Count);
    }

    private StoredClaim Price(DocumentRef document, string quote, decimal value, EntityRef subject, string metricKey, Period? period, decimal slack = 0.5m)
    {
        var stored = _claims.Level(document, quote, value, new Unit("USD", UnitDimension.Currency), metricKey, null);
        return stored with
        {
            Claim = stored.Claim with
            {
                Subject = subject,
                Period = period,
                Quantity = stored.Claim.Quantity with { Low = value - slack, High = value + slack },
            },
        };
    }

    private StoredClaim Premium(DocumentRef document, string quote, decimal percent, Period basePeriod, decimal slack = 0.5m,
        EntityRef? subject = null, string priceKey = MetricKeysOf.Offer, bool discount = false)
    {
        var stored = _claims.Level(document, quote, percent, Unit.Percent, discount ? "discount.rate" : "premium.rate", null);
        return stored with
        {
            Claim = stored.Claim with
            {
                Subject = subject ?? Deal,
                Period = null,
                Quantity = stored.Claim.Quantity with { Low = percent - slack, High = percent + slack },
                PremiumTo = new PremiumFrame(priceKey, Target, MetricKeysOf.Close, basePeriod, discount),
            },
        };
    }

    private static class MetricKeysOf
    {
        public const string Offer = "offer_price.value";
        public const string Close = "share_price.value";
    }
}
