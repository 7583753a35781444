using ClaimExtractor.Core.Entities;
using ClaimExtractor.Nlp.Entities;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Quantities;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Claims;

/// <summary>
/// The body a payment or a fine goes to when the figure names it ("will pay $1.8 billion to the Justice Department and
/// $1.3 billion to the Financial Crimes Enforcement Network"), or the country, body or purpose a bill, a budget or a jury
/// sets a sum aside for ("$61bn for Ukraine, $26bn for Israel", "$3bn for health", "$20m for emotional distress"): what
/// one recipient gets is a part of all that is paid or provided, so the recipient goes into the metric key
/// (<c>financial crimes enforcement network:payment.value</c>, <c>health:budget.value</c>) and the checker never sets the
/// part against the whole.
/// </summary>
internal static class Recipients
{
    private static readonly HashSet<string> PaidConcepts = new(StringComparer.Ordinal) { "payment", "fine" };

    // what a bill, a budget, an aid package or a jury sets aside "for" a country, a body or a purpose ("provides $61bn for
    // Ukraine, $26bn for Israel and $8bn for Taiwan", "$3bn for health", "were each awarded $16.17m for defamation and $20m
    // for emotional distress")
    private static readonly HashSet<string> AllottedConcepts = new(StringComparer.Ordinal) { "funding", "cost", "budget", "damage", "punitive_damages" };

    /// <summary>The most lower-case words a purpose after "for" may run to ("emotional distress", "mental health services").</summary>
    private const int MaxPurposeWords = 3;

    /// <summary>The recipient's name, or the purpose, lower-cased; null for a sum with no recipient named right after it.</summary>
    public static string? Of(AnalyzedDocument doc, SentenceFacts facts, QuantityMention q, MetricResult metric)
    {
        // ("$20 million each for emotional distress", "$16.17m in damages for defamation": a share of each, or what the sum
        // is in, stands before the purpose)
        int link = doc.Is(q.EndToken, "each") ? q.EndToken + 1 : doc.Is(q.EndToken, "in") && doc.Is(q.EndToken + 2, "for") ? q.EndToken + 2 : q.EndToken;
        bool allotted = AllottedConcepts.Contains(metric.Concept) && doc.Is(link, "for");
        bool named = (PaidConcepts.Contains(metric.Concept) && doc.Is(q.EndToken, "to")) || allotted;
        if (!named || metric.ShareBaseKey is not null || metric.Key.Contains(':', StringComparison.Ordinal))
        {
            return null;
        }

        var recipient = MentionPlaces.OpeningAfter(doc, facts.Mentions, link, IsBody);
        // "to the Treasury's Financial Crimes Enforcement Network": the body the owner's name describes
        while (recipient is not null && MentionPlaces.TokenAt(doc, recipient.Span.End - 1) + 1 is int after && doc.TokenText(after) is "'s" or "’s")
        {
            recipient = MentionPlaces.OpeningAfter(doc, facts.Mentions, after, IsBody);
        }

        return recipient?.Entity.Name.ToLowerInvariant() ?? (allotted ? Purpose(doc, link + 1) : null);
    }

    // the lower-case words after "for" up to the end of their phrase ("defamation", "emotional distress"), or null when
    // they run on into more of the clause
    private static string? Purpose(AnalyzedDocument doc, int first)
    {
        int end = first;
        while (end < doc.Tokens.Count && end - first < MaxPurposeWords && doc.Tokens[end].Kind == TokenKind.Word && char.IsLower(doc.TokenText(end)[0])
            && !doc.IsAny(end, Lexicon.FunctionWords))
        {
            end++;
        }

        bool closed = end >= doc.Tokens.Count || doc.Tokens[end].Kind == TokenKind.Punct || doc.Is(end, "and") || doc.Is(end, "plus") || doc.Is(end, "or");
        return end > first && closed ? doc.Text[doc.Tokens[first].Start..doc.Tokens[end - 1].End].ToLowerInvariant() : null;
    }

    private static bool IsBody(EntityMention m) => m.Kind == MentionKind.Name && m.Entity.Type is EntityType.Org or EntityType.Gpe;
}
