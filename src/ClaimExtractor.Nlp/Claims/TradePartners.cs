using ClaimExtractor.Core.Entities;
using ClaimExtractor.Nlp.Entities;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Quantities;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Claims;

/// <summary>
/// The country on the other side of a trade figure ("The goods deficit with China narrowed to $24.5 billion",
/// "exports to the European Union fell 3%", "a surplus of $30 billion with the United States"): a balance with one
/// partner is not the balance with the world, nor with another partner, so the partner goes into the metric key
/// (<c>china:trade_balance.value</c>) and the checker never sets the one against the other.
/// </summary>
internal static class TradePartners
{
    private static readonly WordSet TradeNouns = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "deficit", "deficits", "surplus", "surpluses", "gap", "balance", "exports", "imports", "trade", "shipments", "those");

    private static readonly WordSet PartnerLinks = WordSet.Create(StringComparer.OrdinalIgnoreCase, "with", "to", "from");

    private static readonly HashSet<string> TradeConcepts = new(StringComparer.Ordinal) { "deficit", "surplus", "trade_balance", "exports", "imports" };

    private static readonly WordSet BalanceNouns = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "deficit", "deficits", "surplus", "surpluses", "gap", "balance");

    private static readonly WordSet TradeWords = WordSet.Create(StringComparer.OrdinalIgnoreCase, "trade", "goods", "merchandise");

    private static readonly WordSet BudgetWords = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "budget", "fiscal", "federal", "government", "primary", "pension", "funding", "structural", "cash");

    /// <summary>
    /// Whether the last balance the text names before token <paramref name="before"/> is a trade balance ("The US trade gap
    /// widened in September. The deficit for the year to date rose"), not a budget's ("The budget deficit rose ... The
    /// deficit was"): a balance named by its noun alone is the one the story is about.
    /// </summary>
    public static bool LastBalanceIsTrade(AnalyzedDocument doc, int before)
    {
        for (int i = before - 1; i > 0; i--)
        {
            if (!doc.IsAny(i, BalanceNouns))
            {
                continue;
            }

            if (doc.IsAny(i - 1, TradeWords) || (doc.Is(i + 1, "in") && doc.IsAny(i + 2, TradeWords)))
            {
                return true;
            }

            if (doc.IsAny(i - 1, BudgetWords))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The trade partner's name, lower-cased ("china"); null for trade with the world.</summary>
    public static string? Of(AnalyzedDocument doc, SentenceFacts facts, QuantityMention q, MetricResult metric) =>
        Find(doc, facts, q, metric, out _)?.Name.ToLowerInvariant();

    /// <summary>
    /// The name of the country on the other side of the trade, lower-cased, where the link says it is not the trader:
    /// exports "to" it, imports "from" it, a balance "with" it ("Exports from Germany" are Germany's own); else null.
    /// </summary>
    public static string? Counterpart(AnalyzedDocument doc, SentenceFacts facts, QuantityMention q, MetricResult metric) =>
        Find(doc, facts, q, metric, out int link) is { } partner && !(doc.Is(link, "from") && metric.Concept == "exports") && !(doc.Is(link, "to") && metric.Concept == "imports")
            ? partner.Name.ToLowerInvariant() : null;

    private static EntityRef? Find(AnalyzedDocument doc, SentenceFacts facts, QuantityMention q, MetricResult metric, out int link)
    {
        link = -1;
        if (!TradeConcepts.Contains(metric.Concept) || metric.ShareBaseKey is not null)
        {
            return null;
        }

        var (first, _) = facts.ClauseOf(q.FirstToken);
        // the nearest trade noun before the figure ("Exports to the European Union rose 3%, while those to Russia fell 4.4%")
        for (int i = q.FirstToken - 1; i >= first; i--)
        {
            // right after the trade noun ("the deficit with China") or after the figure the noun heads ("a deficit of $24.5
            // billion with China")
            link = doc.Is(i + 1, "of") ? q.EndToken : i + 1;
            if (doc.IsAny(i, TradeNouns) && PartnerAt(doc, facts, link) is { } partner)
            {
                return partner;
            }
        }

        return null;
    }

    // the country a "with", "to" or "from" at token link names
    private static EntityRef? PartnerAt(AnalyzedDocument doc, SentenceFacts facts, int link)
    {
        if (!doc.IsAny(link, PartnerLinks))
        {
            return null;
        }

        return MentionPlaces.OpeningAfter(doc, facts.Mentions, link, m => m.Kind == MentionKind.Name) is { Entity.Type: EntityType.Gpe or EntityType.Org } m ? m.Entity : null;
    }
}
