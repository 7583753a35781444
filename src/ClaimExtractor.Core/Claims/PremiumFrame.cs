using ClaimExtractor.Core.Entities;
using ClaimExtractor.Core.Periods;

namespace ClaimExtractor.Core.Claims;

/// <summary>
/// What a premium or discount compares: the price the claim's subject offers or is priced at (its level of
/// <paramref name="PriceMetricKey"/>) against another subject's price on one day ("a premium of 27% to Brightwater's
/// closing price on Friday": the deal's offer price against Brightwater's share price on that Friday).
/// </summary>
/// <param name="PriceMetricKey">The canonical metric of the price offered (<c>offer_price.value</c>).</param>
/// <param name="BaseSubject">Whose price the premium is measured against.</param>
/// <param name="BaseMetricKey">The canonical metric of that price (<c>share_price.value</c>).</param>
/// <param name="BasePeriod">The day of that price.</param>
/// <param name="IsDiscount">True for a discount: the price offered is below the base by the claim's percentage.</param>
public sealed record PremiumFrame(string PriceMetricKey, EntityRef BaseSubject, string BaseMetricKey, Period BasePeriod, bool IsDiscount);
