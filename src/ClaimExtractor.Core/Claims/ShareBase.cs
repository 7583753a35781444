using ClaimExtractor.Core.Quantities;

namespace ClaimExtractor.Core.Claims;

/// <summary>
/// The whole a share is taken of: "61 percent of the $2.2 billion stolen" has base metric
/// <c>crypto_theft_value</c> and total $2.2 billion; "two thirds of the world's hacking incidents" has a base metric
/// and no total.
/// </summary>
/// <param name="MetricKey">The canonical metric of the whole (and so of the part the share implies).</param>
/// <param name="Total">The whole's stated amount, when the text gives it.</param>
public sealed record ShareBase(string MetricKey, Quantity? Total);
