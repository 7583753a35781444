using System.Text.RegularExpressions;
using ClaimExtractor.Core.Claims;
using ClaimExtractor.Core.Entities;

namespace ClaimExtractor.Consistency.Rules;

/// <summary>
/// Prices of what trades all day (shares, and the assets whose figures are prices or levels: oil, gold, an index)
/// move from one moment to the next: "fell 6.2% to 184 pence in London trading" and "closed down 8% at 181p" are two
/// moments of one day, not two values for one figure. Two outlets' quotes are one figure only when both are closing
/// (or settlement) prices; one writer giving two values without saying when is still a slip.
/// </summary>
internal static class MarketQuotes
{
    /// <summary>Whether <paramref name="a"/> and <paramref name="b"/> are two documents' quotes of a traded price at moments that may differ.</summary>
    public static bool DifferentMoments(StoredClaim a, StoredClaim b) =>
        a.Document.Id != b.Document.Id && IsTraded(a) && IsTraded(b) && !(IsClosing(a) && IsClosing(b));

    // a share price, or a price or level of a thing priced rather than acting (role Topic, a subject that is no place:
    // Brent crude, the S&P 500, a product at a retailer; not a town's house prices nor a population)
    private static bool IsTraded(StoredClaim claim) =>
        MetricKeys.Concept(claim.Claim.MetricKey) is var concept
        && (concept == "share_price" || (claim.Claim.Role == SubjectRole.Topic && claim.Claim.Subject?.Type == EntityType.Other && concept != "population"));

    private static bool IsClosing(StoredClaim claim) => Closing.IsMatch(claim.SentenceText);

    private static readonly Regex Closing = new(@"\b(closed|closing|close|ended|finished|settled|settlement)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
}
