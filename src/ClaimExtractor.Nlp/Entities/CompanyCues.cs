using ClaimExtractor.Core.Entities;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Entities;

/// <summary>
/// A name of no known type that the story writes as a listed company ("Shares in Ryanair rose", "Ryanair shares",
/// "Ryanair's chief executive") is an organization wherever the story names it, so that "the airline" or "the company"
/// can point at it.
/// </summary>
internal static class CompanyCues
{
    // what only a company has: "Ryanair shares", "Ryanair's profit", "Ryanair's chief executive", "WeWork chairman
    // Marcelo Claure", "Amazon founder Jeff Bezos" (a place has revenue, sales and a workforce too, and a chief minister)
    private static readonly WordSet CompanyWords = WordSet.Create(StringComparer.Ordinal,
        "shares", "stock", "shareholders", "CEO", "CFO", "COO", "CTO", "chairman", "chairwoman", "founder", "cofounder", "co-founder",
        "profit", "profits", "earnings", "subsidiary");

    private static readonly WordSet ChiefOffices = WordSet.Create(StringComparer.Ordinal, "executive", "financial", "operating");

    // what is said of a company's shares before its name: "Shares in Ryanair", "shares of Halden", "stock of Korvat"
    private static readonly WordSet ShareWords = WordSet.Create(StringComparer.OrdinalIgnoreCase, "shares", "stock");

    /// <summary>Retypes as organizations the names of no known type that the story writes as companies.</summary>
    public static void Type(AnalyzedDocument document)
    {
        HashSet<string>? companies = null;
        foreach (var m in document.Mentions)
        {
            if (m.Kind == MentionKind.Name && m.Entity.Type == EntityType.Other && companies?.Contains(m.Entity.Name) != true && WrittenAsCompany(document, m))
            {
                (companies ??= new HashSet<string>(StringComparer.Ordinal)).Add(m.Entity.Name);
            }
        }

        if (companies is null)
        {
            return;
        }

        for (int k = 0; k < document.Mentions.Count; k++)
        {
            var m = document.Mentions[k];
            if (m.Entity.Type == EntityType.Other && companies.Contains(m.Entity.Name))
            {
                document.ReplaceMention(k, m with { Entity = m.Entity with { Type = EntityType.Org } });
            }
        }
    }

    // "Ryanair shares", "Ryanair's chief executive", "Shares in Ryanair", "shares of Ryanair"
    private static bool WrittenAsCompany(AnalyzedDocument document, EntityMention m)
    {
        int first = MentionPlaces.TokenAt(document, m.Span.Start);
        int next = MentionPlaces.TokenAt(document, m.Span.End - 1) + 1;
        if (next < document.Tokens.Count && document.TokenText(next) is "'s" or "’s")
        {
            next++;
        }

        return (next < document.Tokens.Count && (document.IsAny(next, CompanyWords) || (document.TokenText(next) is "chief" && document.IsAny(next + 1, ChiefOffices))))
            || (first >= 2 && document.IsAny(first - 2, ShareWords) && (document.Is(first - 1, "in") || document.Is(first - 1, "of")));
    }
}
