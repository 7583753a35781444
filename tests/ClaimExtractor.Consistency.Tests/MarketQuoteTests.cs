using ClaimExtractor.Core.Consistency;
using ClaimExtractor.Core.Quantities;

namespace ClaimExtractor.Consistency.Tests;

// Two outlets quoting a share price on the same day quote two moments of it unless both give the close.
public sealed class MarketQuoteTests
{
    private const string SharePrice = "share_price.value";

    private static readonly Unit Gbp = Unit.Currency("GBP");

    private readonly Claims _claims = new();

    [Theory]
    [InlineData("Shares fell 6.2% to 184 pence in London trading.", "Shares closed down 8% at 181p.", 0)]
    [InlineData("Shares closed down 6.2% at 184 pence.", "Shares closed down 8% at 181p.", 1)]
    public void Two_quotes_of_a_share_price_conflict_only_when_both_are_closing_prices(string first, string second, int flags)
    {
        var a = _claims.Level(Claims.Early2025, "184 pence", 1.84m, Gbp, SharePrice, 2024, sentence: first);
        var b = _claims.Level(Claims.Ft, "181p", 1.81m, Gbp, SharePrice, 2024, sentence: second);

        Assert.Equal(flags, Check.All(a, b).Count(f => f.Kind == ContradictionKind.ValueMismatch));
    }
}
