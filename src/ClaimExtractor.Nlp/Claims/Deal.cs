using ClaimExtractor.Core.Entities;
using ClaimExtractor.Core.Quantities;
using ClaimExtractor.Nlp.Entities;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Quantities;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Claims;

/// <summary>
/// An acquisition a story opens with ("Halvorsen agrees $4.46bn cash deal for Brightwater Snacks", "Halvorsen Foods has
/// agreed to buy Brightwater Snacks"): the acquirer pays, the target is valued, and the price, the offer, the premium
/// and the savings the combination promises are the deal's, so two outlets that name either company frame them alike.
/// </summary>
/// <param name="Entity">The deal itself, named after both parties ("Halvorsen-Brightwater deal").</param>
/// <param name="Acquirer">The buyer.</param>
/// <param name="Target">The company bought.</param>
internal sealed record Deal(EntityRef Entity, EntityRef Acquirer, EntityRef Target)
{
    /// <summary>How many opening sentences (headline and lead) may announce the deal.</summary>
    private const int OpeningSentences = 4;

    // "to buy", "acquires"; a noun then "for" or "of": "deal for", "takeover of", "bid for"
    internal static readonly WordSet BuyVerbs = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "buy", "buys", "buying", "bought", "acquire", "acquires", "acquiring", "acquired", "purchase", "purchases", "purchasing", "purchased");

    private static readonly WordSet DealNouns = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "deal", "takeover", "bid", "offer", "acquisition", "purchase", "buyout");

    // words that tell a figure is the deal's: its price, its offer, what is paid
    private static readonly WordSet DealWords = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "deal", "buy", "buys", "buying", "acquire", "acquires", "acquisition", "takeover", "offer", "pay", "pays", "paying", "paid",
        "merger", "transaction", "bid", "buyout", "purchase");

    // a trade noun that describes the name after it: "Pringles maker Kellanova", "Gucci owner Kering"
    private static readonly WordSet DescribingTrades = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "owner", "parent", "operator", "producer", "brewer", "distributor", "retailer", "developer", "publisher");

    // what the combination is to save: "cost savings of $180mn", "$150 million in annual cost savings"
    private static readonly WordSet SavingsWords = WordSet.Create(StringComparer.OrdinalIgnoreCase, "savings", "synergies");

    // a company's own results and share price stay the company's, whatever the sentence says of the deal
    private static readonly WordSet OwnConcepts = WordSet.Create(StringComparer.Ordinal,
        "revenue", "profit", "sales", "share_price", "income", "earnings", "loss");

    /// <summary>The acquisition the story opens with, or null.</summary>
    public static Deal? Of(AnalyzedDocument doc, IReadOnlyDictionary<string, EntityRef> shortNames)
    {
        for (int s = 0; s < Math.Min(OpeningSentences, doc.Sentences.Count); s++)
        {
            var sentence = doc.Sentences[s];
            var parties = doc.MentionsIn(sentence.Span).Where(m => m.Kind == MentionKind.Name && m.Entity.Type is EntityType.Org or EntityType.Other).ToList();
            for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                if (!doc.IsAny(i, BuyVerbs) && !(doc.IsAny(i, DealNouns) && (doc.Is(i + 1, "for") || doc.Is(i + 1, "of"))))
                {
                    continue;
                }

                int at = doc.Tokens[i].Start;
                var acquirer = parties.LastOrDefault(m => m.Span.End <= at);
                var target = parties.FirstOrDefault(m => m.Span.Start > at && MentionPlaces.TokenAt(doc, m.Span.Start) <= i + 3);
                if (target is not null)
                {
                    target = Described(doc, parties, target);
                }

                if (acquirer is not null && target is not null)
                {
                    var a = Canonical(acquirer.Entity, shortNames);
                    var b = Canonical(target.Entity, shortNames);
                    if (a.Key != b.Key)
                    {
                        return new Deal(new EntityRef($"{Short(doc, a, shortNames)}-{Short(doc, b, shortNames)} deal", EntityType.Event), a, b);
                    }
                }
            }
        }

        return null;
    }

    /// <summary>"to buy Pringles maker Kellanova": the name a trade noun describes is the company bought, not the brand.</summary>
    private static EntityMention Described(AnalyzedDocument doc, List<EntityMention> parties, EntityMention named)
    {
        int trade = MentionPlaces.TokenAt(doc, named.Span.End - 1) + 1;
        if (!doc.IsAny(trade, DescribingTrades) && !doc.TokenText(trade).EndsWith("maker", StringComparison.Ordinal))
        {
            return named;
        }

        return parties.FirstOrDefault(m => m.Span.Start > named.Span.End && MentionPlaces.TokenAt(doc, m.Span.Start) == trade + 1) ?? named;
    }

    /// <summary>
    /// Whether the figure, whose subject is one of the parties, is the deal's: money or a share whose verb phrase tells
    /// the deal ("will pay $38 a share for", "agreed to buy ... for $4.46bn") or that the combination saves.
    /// </summary>
    public bool Frames(AnalyzedDocument doc, SentenceFacts facts, QuantityMention q, EntityRef subject, string concept)
    {
        if (subject.Key != Acquirer.Key && subject.Key != Target.Key || OwnConcepts.Contains(concept)
            || q.Quantity.Unit.Dimension is not (UnitDimension.Currency or UnitDimension.Percent))
        {
            return false;
        }

        var (first, end) = facts.ClauseOf(q.FirstToken);
        end = Narration.VerbPhraseEnd(doc, q.EndToken, end);
        return doc.AnyIn(first, end, DealWords)
            || doc.AnyIn(Math.Max(first, q.QualifierFirstToken - 3), Math.Min(end, q.EndToken + 4), SavingsWords);
    }

    private static EntityRef Canonical(EntityRef entity, IReadOnlyDictionary<string, EntityRef> shortNames) =>
        shortNames.TryGetValue(entity.Name, out var full) ? full : entity;

    // the name the story shortens the party to ("Halvorsen" for "Halvorsen Foods"), else its full name
    private static string Short(AnalyzedDocument doc, EntityRef entity, IReadOnlyDictionary<string, EntityRef> shortNames)
    {
        int space = entity.Name.IndexOf(' ', StringComparison.Ordinal);
        string head = space > 0 ? entity.Name[..space] : entity.Name;
        return shortNames.TryGetValue(head, out var full) && full.Key == entity.Key && doc.Mentions.Any(m => m.Entity.Name == head) ? head : entity.Name;
    }
}
