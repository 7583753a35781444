using ClaimExtractor.Consistency.Rules;
using ClaimExtractor.Core.Claims;
using ClaimExtractor.Core.Consistency;
using ClaimExtractor.Core.Periods;
using ClaimExtractor.Core.Quantities;

namespace ClaimExtractor.Consistency.Tests;

/// <summary>
/// Two statements of one change (one measure, one period, one baseline) disagree when their values do not overlap:
/// "prices were 6.8% higher than a year earlier" vs "annual growth peaked at 6.0 per cent in November".
/// </summary>
public sealed class StatedChangeTests
{
    private const string Level = "price.value";
    private readonly Claims _claims = new();

    [Fact]
    public void Two_articles_giving_one_months_annual_rise_as_different_values_contradict()
    {
        var wire = Rise(Claims.Early2025, "6.8%", 6.8m, Period.Month(2024, 11));
        var paper = Rise(Claims.Ft, "6.0 per cent", 6.0m, Period.Month(2024, 11));

        var flag = Assert.Single(Check.Rule(new ValueMismatchRule(), wire, paper));

        Assert.Equal(ContradictionKind.ValueMismatch, flag.Kind);
        Assert.Contains("6.8%", flag.Explanation, StringComparison.Ordinal);
        Assert.Contains("6.0 per cent", flag.Explanation, StringComparison.Ordinal);
        Assert.Contains($"{Period.Month(2024, 11).Label} against {Period.Month(2023, 11).Label}", flag.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Rises_from_different_baselines_or_of_one_value_are_not_compared()
    {
        // a month's rise on the month before (0.5%) and on a year before (6.8%) are different figures
        var monthly = Rise(Claims.Early2025, "0.5%", 0.5m, Period.Month(2024, 11), reference: false);
        var annual = Rise(Claims.Ft, "6.8%", 6.8m, Period.Month(2024, 11));
        var same = Rise(Claims.Ft, "6.8 per cent", 6.8m, Period.Month(2024, 11));

        Assert.Empty(Check.Rule(new ValueMismatchRule(), monthly, annual));
        Assert.Empty(Check.Rule(new ValueMismatchRule(), annual, same));
    }

    [Fact]
    public void A_fall_and_a_rise_of_the_same_size_contradict()
    {
        var up = Rise(Claims.Early2025, "2%", 2m, Period.Month(2024, 11));
        var down = Rise(Claims.Ft, "2%", 2m, Period.Month(2024, 11), change: QuantityChange.Decrease);

        Assert.Single(Check.Rule(new ValueMismatchRule(), up, down));
    }

    [Theory]
    [InlineData(QuantityChange.Decrease)]
    [InlineData(QuantityChange.Increase)]
    public void Two_articles_falls_or_rises_read_into_the_storys_year_contradict_when_within_a_factor_of_two(QuantityChange change)
    {
        // "Deaths in Ohio fell 43%" and "with deaths down 34%", each dated 2024 by its story
        var wire = Inferred(Rise(Claims.Early2025, "43%", 43m, Period.Year(2024), change, reference: false));
        var paper = Inferred(Rise(Claims.Ft, "34%", 34m, Period.Year(2024), change, reference: false));
        var far = Inferred(Rise(Claims.Ft, "4%", 4m, Period.Year(2024), change, reference: false));

        Assert.Single(Check.Rule(new ValueMismatchRule(), wire, paper));
        Assert.Empty(Check.Rule(new ValueMismatchRule(), wire, far));
    }

    private static StoredClaim Inferred(StoredClaim claim) => claim with { Claim = claim.Claim with { PeriodInferred = true } };

    private StoredClaim Rise(Core.Documents.DocumentRef document, string quote, decimal percent, Period period,
        QuantityChange change = QuantityChange.Increase, bool reference = true)
    {
        var stored = _claims.Level(document, quote, percent, Unit.Percent, Level + ".change", null);
        return stored with
        {
            Claim = stored.Claim with
            {
                Quantity = stored.Claim.Quantity with { Change = change },
                Period = period,
                ChangeOf = new ChangeFrame(Level, reference ? period.YearBefore() : null),
            },
        };
    }
}
