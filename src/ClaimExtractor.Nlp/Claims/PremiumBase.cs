using ClaimExtractor.Core.Claims;
using ClaimExtractor.Core.Entities;
using ClaimExtractor.Core.Quantities;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Quantities;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Claims;

/// <summary>
/// The price a premium or discount is measured against, when the text names one company's close on one day: "a
/// premium of 27% to Brightwater's closing price on Friday", "a 15% discount to Tuesday's close". The frame lets the
/// checker set the premium against the price offered and that day's close, in this story or another.
/// </summary>
internal static class PremiumBase
{
    // what the premium's base is: a close on a day, not an average, a high or a low ("the 30-day average price")
    private static readonly WordSet CloseWords = WordSet.Create(StringComparer.OrdinalIgnoreCase, "close", "closing", "closed");

    private static readonly WordSet OtherBases = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "average", "weighted", "vwap", "high", "low", "peak", "offer", "bid", "valuation", "ipo", "listing");

    // How many words the base may take before its day: "to Brightwater's closing price on Friday"
    private const int BaseWordsBeforeDay = 7;

    // How far the base's words may run past its day: "on Friday" ends it; "Friday's closing price" runs on.
    private const int BaseWordsAfterDay = 3;

    /// <summary>
    /// The frame of a premium or discount with subject <paramref name="subject"/>, or null when the claim is none or the
    /// text names no single day's close. The price offered is the sentence's earlier price of the same subject, else the
    /// deal's offer price; the base's company is the one named in the base phrase, else the deal's target.
    /// </summary>
    public static PremiumFrame? Of(AnalyzedDocument doc, SentenceFacts facts, QuantityMention premium, EntityRef? subject, string concept,
        IReadOnlyDictionary<QuantityMention, Claim> built, Deal? deal, Func<EntityRef?, EntityRef?> canonical)
    {
        if (concept is not ("premium" or "discount") || subject is null || premium.Quantity.Unit.Dimension != UnitDimension.Percent)
        {
            return null;
        }

        int to = premium.EndToken;
        while (to < premium.EndToken + 3 && !PeriodPicker.IntroducesPremiumBase(doc, to))
        {
            to++;
        }

        var day = doc.Periods.FirstOrDefault(p => p.FirstToken > to && p.FirstToken <= to + BaseWordsBeforeDay && p.EndToken <= facts.Sentence.EndToken
            && PeriodPicker.DatesPremiumBase(doc, p));
        if (day is null || !PeriodPicker.IntroducesPremiumBase(doc, to)
            || PeriodPicker.Resolve(doc, facts, day, premium.FirstToken) is not { Start: { } start, End: { } end } period || start != end)
        {
            return null;
        }

        int baseEnd = Math.Min(facts.Sentence.EndToken, day.EndToken + BaseWordsAfterDay);
        if (!doc.AnyIn(to + 1, baseEnd, CloseWords) || doc.AnyIn(to + 1, baseEnd, OtherBases))
        {
            return null;
        }

        var named = doc.MentionsIn(new Core.Text.TextSpan(doc.Tokens[to + 1].Start, doc.Tokens[baseEnd - 1].End))
            .FirstOrDefault(m => m.Entity.Type is EntityType.Org or EntityType.Other);
        bool ofDeal = deal is not null && subject.Key == deal.Entity.Key;
        var company = canonical(named?.Entity) ?? (ofDeal ? deal!.Target : subject.Type is EntityType.Org or EntityType.Other ? subject : null);
        string? priceKey = built.Where(b => b.Key.EndToken <= premium.FirstToken && b.Value.Subject?.Key == subject.Key
                && b.Value.Quantity.Unit.Dimension == UnitDimension.Currency && b.Value.ChangeOf is null)
            .OrderByDescending(b => b.Key.EndToken).Select(b => b.Value.MetricKey).FirstOrDefault()
            ?? (ofDeal ? MetricKeys.OfferPriceKey : null);
        return company is null || priceKey is null
            ? null
            : new PremiumFrame(priceKey, company, MetricKeys.SharePriceKey, period, concept == "discount");
    }
}
