using System.Globalization;
using ClaimExtractor.Consistency.Explaining;
using ClaimExtractor.Consistency.Values;
using ClaimExtractor.Core.Claims;
using ClaimExtractor.Core.Consistency;
using ClaimExtractor.Core.Quantities;

namespace ClaimExtractor.Consistency.Rules;

/// <summary>
/// A premium or discount is the ratio of two prices: "$38 per share, a premium of 27% to Friday's close" must match the
/// close stated for that Friday, in this document or another. When $38 against a $30.50 close is 24.6%, the premium and
/// the close are flagged as <c>arithmetic</c> (the price offered is named in the explanation).
/// </summary>
public sealed class PremiumArithmeticRule : IConsistencyRule
{
    /// <inheritdoc />
    public string Name => "premium-arithmetic";

    /// <inheritdoc />
    public IEnumerable<Contradiction> Check(StoredClaim claim, ClaimContext context)
    {
        if (IsPremium(claim))
        {
            return CheckPremium(claim, context);
        }

        // A new price or close may complete a premium stored earlier: check every premium that names its key.
        return Levels.IsComparable(claim)
            ? context.LinkedTo(claim.Claim.Key).Where(IsPremium).SelectMany(p => CheckPremium(p, context))
            : [];
    }

    private static bool IsPremium(StoredClaim claim) =>
        claim.Claim.PremiumTo is not null && Levels.IsPlainLevel(claim.Claim) && claim.Claim.Quantity.Unit.Dimension == UnitDimension.Percent;

    private static IEnumerable<Contradiction> CheckPremium(StoredClaim premium, ClaimContext context)
    {
        var frame = premium.Claim.PremiumTo!; // IsPremium admits only claims with a frame
        var stated = Interval.Of(premium.Claim.Quantity).Scale(frame.IsDiscount ? -0.01 : 0.01).Shift(1);
        stated = new Interval(Math.Min(stated.Low, stated.High), Math.Max(stated.Low, stated.High));
        var keys = premium.Claim.LinkKeys;
        foreach (var price in context.WithKey(keys[0]).Where(c => Levels.IsComparable(c) && c.Claim.Quantity.Unit.Dimension == UnitDimension.Currency))
        {
            // A price set in an offer is exact: "$38 a share" is $38.00, not anything from $37.50 to $38.50.
            double offered = (double)price.Claim.Quantity.Value;
            foreach (var close in context.WithKey(keys[1]).Where(c => Levels.IsComparable(c) && Levels.StatesPeriod(c) && Levels.SameUnit(c, price)))
            {
                var implied = new Interval(offered, offered).DividedBy(Interval.Of(close.Claim.Quantity));
                if (ChangeCheck.Misstated(premium, stated, implied, close, context.Options) is not var (a, b, severity, score, _))
                {
                    continue;
                }

                string word = frame.IsDiscount ? "discount" : "premium";
                double impliedPercent = Math.Abs(((implied.Low + implied.High) / 2) - 1) * 100;
                string explanation =
                    $"{ClaimPhrases.Document(premium)} says {ClaimPhrases.Value(price)} is a {word} of \"{ClaimPhrases.Value(premium)}\" to the " +
                    $"{ClaimPhrases.Metric(frame.BaseMetricKey)} of {frame.BaseSubject.Name} on {frame.BasePeriod.Label}, but " +
                    $"{ClaimPhrases.Value(price)} ({ClaimPhrases.Document(price)}) against {ClaimPhrases.Value(close)} ({ClaimPhrases.Document(close)}) " +
                    $"is a {(implied.Low >= 1 ? "premium" : "discount")} of {impliedPercent.ToString("0.0", CultureInfo.InvariantCulture)}%.";
                yield return new Contradiction(a.Id, b.Id, ContradictionKind.Arithmetic, severity, score, explanation, close.Claim.Key);
            }
        }
    }
}
