using ClaimExtractor.Core.Quantities;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Quantities;

namespace ClaimExtractor.Nlp.Claims;

/// <summary>
/// A percent change of consumer prices or of inflation is the inflation rate or a month's change in prices, never a
/// change of the rate: "In the 12 months through July, the CPI advanced 2.9%" and "Core inflation increased 3.2% on a
/// year-on-year basis" state the annual rate (inflation.rate, as "inflation cooled to 2.9%" does); "the core CPI rose
/// 0.2% in July" states the month's change in prices (price.value.change, as "the consumer price index increased 0.2%"
/// does). Core inflation alike, as a measure of its own ("The core measure rose 3.7 percent" from a year earlier:
/// core_inflation.rate; in a month: core:price.value.change). A change in points ("rose 0.3 percentage points to 3%") is
/// the rate's own change and stays one.
/// </summary>
internal static class InflationFigures
{
    private const string Inflation = "inflation";
    private const string CoreInflation = "core_inflation";
    private const string PriceKey = "price.value";

    /// <summary>The metric of <paramref name="change"/>, read as above when it is a percent change of inflation.</summary>
    public static MetricResult Read(AnalyzedDocument doc, SentenceFacts facts, QuantityMention q, MetricResult change)
    {
        string? concept = change.ChangeLevelKey switch
        {
            Inflation + ".rate" => Inflation,
            CoreInflation + ".rate" => CoreInflation,
            _ => null,
        };
        if (concept is null || q.Quantity.Unit.Dimension != UnitDimension.Percent)
        {
            return change;
        }

        // the core measure's month is the core prices' change ("the core CPI rose 0.3%"), never the headline's
        string priceKey = concept == CoreInflation ? "core:" + PriceKey : PriceKey;
        string phrase = change.Phrase.StartsWith(MetricKeys.ChangePhrase, StringComparison.Ordinal) ? change.Phrase[MetricKeys.ChangePhrase.Length..] : change.Phrase;
        return ChangeReferences.SaysAnnual(doc, facts, q)
            ? new MetricResult(concept + ".rate", phrase, concept, change.Fallback)
            : change with { Key = priceKey + ".change", Concept = "price", ChangeLevelKey = priceKey };
    }
}
