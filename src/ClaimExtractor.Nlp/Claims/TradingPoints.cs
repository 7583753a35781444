using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Quantities;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Claims;

/// <summary>
/// The point of a trading day a price is quoted at other than its close: "The stock opened at $47" (open), "rose as high
/// as $2,740.37" (high), "fell as low as $70" (low). A day's open and its close are different prices of one day, so the
/// point goes into the metric key (<c>open:share_price.value</c>) and the checker never sets the one against the other;
/// a close ("closed at $50.44"), the price a day is quoted by, stays unmarked, as does a price quoted at no named point.
/// A company's value at the price its shares were offered at ("At the IPO price, Reddit was valued at $6.4 billion") is
/// its value "at offer", not its market value after trading.
/// </summary>
internal static class TradingPoints
{
    private static readonly HashSet<string> Concepts = new(StringComparer.Ordinal) { "share_price", "price", "valuation" };

    private static readonly WordSet Opening = WordSet.Create(StringComparer.OrdinalIgnoreCase, "opened", "opening", "opens");

    // a close ends the look back: "closed at $50.44" after "opened at $47" is the close
    private static readonly WordSet Closing = WordSet.Create(StringComparer.OrdinalIgnoreCase, "closed", "closing", "closes", "ended", "finished", "settled");

    /// <summary>"open", "high" or "low" by the words right before the figure; null for a close or none.</summary>
    public static string? Of(AnalyzedDocument doc, SentenceFacts facts, QuantityMention q, MetricResult metric)
    {
        if (!Concepts.Contains(metric.Concept) || metric.ChangeLevelKey is not null || metric.ShareBaseKey is not null)
        {
            return null;
        }

        int before = q.QualifierFirstToken - 1;
        // "At the IPO price, Reddit was valued at $6.4 billion": a value at the price shares were offered at
        if (metric.Concept == "valuation" && AtOfferPrice(doc, facts.Sentence, q))
        {
            return "at offer";
        }

        // "hit a record of $103,900", "a record high of $73,750", "an all-time high of $2,790": a price's highest point
        if (metric.Concept != "valuation" && RecordBefore(doc, before))
        {
            return "high";
        }

        // "opened at $47", "closed up 48% at $50.44", "ended the day at $80.16"
        for (int i = before; i >= Math.Max(0, before - MaxWordsBefore); i--)
        {
            if (doc.IsAny(i, Opening))
            {
                return "open";
            }

            if (doc.IsAny(i, Closing))
            {
                return null;
            }

            if (doc.Is(i, "as") && doc.Is(i + 1, "high") && doc.Is(i + 2, "as"))
            {
                return "high";
            }

            if (doc.Is(i, "as") && doc.Is(i + 1, "low") && doc.Is(i + 2, "as"))
            {
                return "low";
            }

            if (doc.TokenText(i) is "," or ";" or "." || doc.Is(i, "and") || doc.Is(i, "from"))
            {
                return null;
            }
        }

        return null;
    }

    // "a record of", "a record high of", "an all-time high of", "a record" or "a record high" ending at token before
    private static bool RecordBefore(AnalyzedDocument doc, int before)
    {
        int at = doc.Is(before, "of") ? before - 1 : before;
        bool high = doc.Is(at, "high");
        at -= high ? 1 : 0;
        // ("all-time" is one token or three)
        int opening = doc.Is(at, "record") || doc.Is(at, "all-time") ? at
            : high && doc.Is(at, "time") && doc.TokenText(at - 1) is "-" && doc.Is(at - 2, "all") ? at - 2 : -1;
        return opening > 0 && (doc.Is(opening - 1, "a") || doc.Is(opening - 1, "an") || doc.Is(opening - 1, "new"));
    }

    // "at the IPO price", "at the offer price" before the figure in its sentence
    private static bool AtOfferPrice(AnalyzedDocument doc, Sentence sentence, QuantityMention q)
    {
        for (int i = sentence.FirstToken; i + 3 < q.FirstToken; i++)
        {
            if (doc.Is(i, "at") && doc.Is(i + 1, "the") && doc.IsAny(i + 2, OfferWords) && doc.Is(i + 3, "price"))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly WordSet OfferWords = WordSet.Create(StringComparer.OrdinalIgnoreCase, "IPO", "offer", "offering", "listing");

    /// <summary>How far before the figure the verb of the point may stand ("closed up 48% at").</summary>
    private const int MaxWordsBefore = 6;
}
