using ClaimExtractor.Core.Quantities;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Quantities;

namespace ClaimExtractor.Nlp.Claims;

/// <summary>
/// A percent change of consumer prices or of inflation is the inflation rate or a month's change in prices, never a
/// change of the rate: "In the 12 months through July, the CPI advanced 2.9%" and "Core inflation increased 3.2% on a
/// year-on-year basis" state the annual rate (inflation.rate, as "inflation cooled to 2.9%" does); "the core CPI rose
/// 0.2% in July" states the month's change in prices (price.value.change, as "the consumer price index increased 0.2%"
/// does). A change in points ("rose 0.3 percentage points to 3%") is the rate's own change and stays one.
/// </summary>
internal static class InflationFigures
{
    private const string Inflation = "inflation";
    private const string RateKey = Inflation + ".rate";
    private const string PriceKey = "price.value";

    /// <summary>The metric of <paramref name="change"/>, read as above when it is a percent change of inflation.</summary>
    public static MetricResult Read(AnalyzedDocument doc, SentenceFacts facts, QuantityMention q, MetricResult change)
    {
        if (change.ChangeLevelKey != RateKey || q.Quantity.Unit.Dimension != UnitDimension.Percent)
        {
            return change;
        }

        string phrase = change.Phrase.StartsWith(MetricKeys.ChangePhrase, StringComparison.Ordinal) ? change.Phrase[MetricKeys.ChangePhrase.Length..] : change.Phrase;
        return ChangeReferences.SaysAnnual(doc, facts, q)
            ? new MetricResult(RateKey, phrase, Inflation, change.Fallback)
            : change with { Key = PriceKey + ".change", Concept = "price", ChangeLevelKey = PriceKey };
    }
}
