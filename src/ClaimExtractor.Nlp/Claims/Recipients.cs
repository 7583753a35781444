using ClaimExtractor.Core.Entities;
using ClaimExtractor.Nlp.Entities;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Quantities;

namespace ClaimExtractor.Nlp.Claims;

/// <summary>
/// The body a payment or a fine goes to when the figure names it ("will pay $1.8 billion to the Justice Department and
/// $1.3 billion to the Financial Crimes Enforcement Network"), or what a bill or a budget sets aside for one ("$61bn for
/// Ukraine, $26bn for Israel"): what one recipient gets is a part of all that is paid or provided, so
/// the recipient goes into the metric key (<c>financial crimes enforcement network:payment.value</c>) and the checker
/// never sets the part against the whole.
/// </summary>
internal static class Recipients
{
    private static readonly HashSet<string> PaidConcepts = new(StringComparer.Ordinal) { "payment", "fine" };

    // what a bill, a budget or an aid package sets aside "for" a country or a body ("provides $61bn for Ukraine, $26bn for
    // Israel and $8bn for Taiwan")
    private static readonly HashSet<string> AllottedConcepts = new(StringComparer.Ordinal) { "funding", "cost", "budget" };

    /// <summary>The recipient's name, lower-cased; null for a sum with no recipient named right after it.</summary>
    public static string? Of(AnalyzedDocument doc, SentenceFacts facts, QuantityMention q, MetricResult metric)
    {
        bool named = (PaidConcepts.Contains(metric.Concept) && doc.Is(q.EndToken, "to")) || (AllottedConcepts.Contains(metric.Concept) && doc.Is(q.EndToken, "for"));
        if (!named || metric.ShareBaseKey is not null || metric.Key.Contains(':', StringComparison.Ordinal))
        {
            return null;
        }

        var recipient = MentionPlaces.OpeningAfter(doc, facts.Mentions, q.EndToken, IsBody);
        // "to the Treasury's Financial Crimes Enforcement Network": the body the owner's name describes
        while (recipient is not null && MentionPlaces.TokenAt(doc, recipient.Span.End - 1) + 1 is int after && doc.TokenText(after) is "'s" or "’s")
        {
            recipient = MentionPlaces.OpeningAfter(doc, facts.Mentions, after, IsBody);
        }

        return recipient?.Entity.Name.ToLowerInvariant();
    }

    private static bool IsBody(EntityMention m) => m.Kind == MentionKind.Name && m.Entity.Type is EntityType.Org or EntityType.Gpe;
}
