using ClaimExtractor.Core.Entities;
using ClaimExtractor.Nlp.Entities;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Quantities;

namespace ClaimExtractor.Nlp.Claims;

/// <summary>
/// The body a payment or a fine goes to when the figure names it ("will pay $1.8 billion to the Justice Department and
/// $1.3 billion to the Financial Crimes Enforcement Network"): what one recipient gets is a part of all that is paid, so
/// the recipient goes into the metric key (<c>financial crimes enforcement network:payment.value</c>) and the checker
/// never sets the part against the whole.
/// </summary>
internal static class Recipients
{
    private static readonly HashSet<string> PaidConcepts = new(StringComparer.Ordinal) { "payment", "fine" };

    /// <summary>The recipient's name, lower-cased; null for a sum with no recipient named right after it.</summary>
    public static string? Of(AnalyzedDocument doc, SentenceFacts facts, QuantityMention q, MetricResult metric)
    {
        if (!PaidConcepts.Contains(metric.Concept) || metric.ShareBaseKey is not null || metric.Key.Contains(':', StringComparison.Ordinal) || !doc.Is(q.EndToken, "to"))
        {
            return null;
        }

        int name = doc.Is(q.EndToken + 1, "the") ? q.EndToken + 2 : q.EndToken + 1;
        var recipient = MentionAt(doc, facts, name);
        // "to the Treasury's Financial Crimes Enforcement Network": the body the owner's name describes
        while (recipient is not null && MentionPlaces.TokenAt(doc, recipient.Span.End - 1) + 1 is int after && doc.TokenText(after) is "'s" or "’s")
        {
            recipient = MentionAt(doc, facts, after + 1);
        }

        return recipient?.Entity.Name.ToLowerInvariant();
    }

    private static EntityMention? MentionAt(AnalyzedDocument doc, SentenceFacts facts, int token) =>
        token < doc.Tokens.Count ? facts.Mentions.Find(m => m.Span.Start == doc.Tokens[token].Start && m.Kind == MentionKind.Name && m.Entity.Type is EntityType.Org or EntityType.Gpe) : null;
}
