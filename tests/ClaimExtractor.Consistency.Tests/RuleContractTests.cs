using ClaimExtractor.Consistency.Rules;
using ClaimExtractor.Core.Claims;
using ClaimExtractor.Core.Quantities;
using FsCheck;
using FsCheck.Fluent;

namespace ClaimExtractor.Consistency.Tests;

// What every rule promises: a pair's verdict does not depend on which claim is checked first or on the order of
// the claims, and no claim is flagged against itself.
public sealed class RuleContractTests
{
    public static TheoryData<string> RuleNames() =>
        [.. ConsistencyChecker.CreateDefault().Rules.Select(r => r.Name)];

    [Theory]
    [MemberData(nameof(RuleNames))]
    public void Verdicts_do_not_depend_on_claim_order_and_never_pair_a_claim_with_itself(string ruleName)
    {
        var rule = ConsistencyChecker.CreateDefault().Rules.Single(r => r.Name == ruleName);
        var claims = Scenario();

        var forward = Check.Rule(rule, claims).Select(Check.Pair).ToHashSet();
        var backward = Check.Rule(rule, [.. claims.AsEnumerable().Reverse()]).Select(Check.Pair).ToHashSet();

        Assert.Equal(forward, backward);
        Assert.All(forward, pair => Assert.NotEqual(pair.Item1, pair.Item2));
    }

    [Fact]
    public void A_document_dated_at_the_calendars_first_day_is_checked_without_error()
    {
        // a page whose metadata carries a content system's empty date, "0001-01-01T00:00:00Z"
        var builder = new Claims();
        var undated = builder.Level(Claims.Early2025 with { Published = DateOnly.MinValue }, "$1.6 billion", 1.6e9m, Unit.Usd, "theft.value", null);
        var other = builder.Level(Claims.Ft, "$1.34 billion", 1.34e9m, Unit.Usd, "theft.value", 2024);

        var keys = Levels.KeysAcrossPeriodLine(undated);

        Assert.Empty(keys);
        Assert.Empty(ConsistencyChecker.CreateDefault().Check([undated], [undated, other]));
    }

    [Fact]
    public void Value_mismatch_is_symmetric_for_any_two_values()
    {
        var rule = new ValueMismatchRule();
        Prop.ForAll(ArbMap.Default.ArbFor<PositiveInt>(), ArbMap.Default.ArbFor<PositiveInt>(), (x, y) =>
        {
            var builder = new Claims();
            var a = builder.Level(Claims.Early2025, "a", x.Get, Unit.Usd, "theft.value", 2024);
            var b = builder.Level(Claims.Ft, "b", y.Get, Unit.Usd, "theft.value", 2024);
            var context = new ClaimContext([a, b], ConsistencyOptions.Default);
            var fromA = rule.Check(a, context).Select(Check.Pair).ToHashSet();
            var fromB = rule.Check(b, context).Select(Check.Pair).ToHashSet();
            return fromA.SetEquals(fromB);
        }).QuickCheckThrowOnFailure();
    }

    // Every kind of claim the rules read, with conflicts of each kind among them.
    private static StoredClaim[] Scenario()
    {
        var c = new Claims();
        return
        [
            c.Level(Claims.Early2025, "$1.6 billion", 1.6e9m, Unit.Usd, "theft.value", 2024, Qualifier.MoreThan),
            c.Level(Claims.Early2025, "$660.5 million", 660.5e6m, Unit.Usd, "theft.value", 2023),
            c.Share(Claims.Early2025, "61 percent", 61, "theft.value", Claims.Quantity(2.2e9m, Unit.Usd, Qualifier.None), 2024),
            c.Level(Claims.Early2025, "47", 47, Unit.Count, "incident.count", 2023),
            c.Change(Claims.Early2025, "double", 2, Qualifier.None, "incident.count", 2023, 2023),
            c.Level(Claims.Ft, "$1.34 billion", 1.34e9m, Unit.Usd, "theft.value", 2024),
            c.Change(Claims.Ft, "halved", 0.5m, Qualifier.None, "theft.value", 2024, 2023),
            c.Level(Claims.Ft, "$2.2 billion", 2.2e9m, Unit.Usd, "theft.value", 2024, total: true),
        ];
    }
}
