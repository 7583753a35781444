using System.Collections.Frozen;
using ClaimExtractor.Core.Entities;
using ClaimExtractor.Core.Quantities;
using ClaimExtractor.Nlp.Pipeline;

namespace ClaimExtractor.Nlp.Quantities;

/// <summary>
/// Which dollar a story's bare "$" is: a Canadian paper writes "Canada's deficit will balloon to $78.3 billion" in
/// Canadian dollars, where a wire writes "C$78.3 billion". When the story's opening (headline, byline, lede) names a
/// country with a dollar of its own, the story mentions no other such country and never the United States, and it
/// writes no dollar with its country's mark ("C$", "A$", "Canadian dollars", "US$"), its bare dollars are that
/// country's; otherwise they stay US dollars (a wire's "C$42.2 billion ($30.1 billion)", a US retailer's story that
/// calls Canada "a net headwind" deep down).
/// </summary>
internal static class DollarCurrency
{
    // the story's opening sentences: headline, byline, lede
    private const int StoryOpening = 4;

    // a dollar country's name in the entity lists and its currency
    private static readonly FrozenDictionary<string, string> ByCountry = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Canada"] = "CAD",
        ["Australia"] = "AUD",
        ["New Zealand"] = "NZD",
        ["Hong Kong"] = "HKD",
        ["Singapore"] = "SGD",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // dollars written with their country: a story that marks them means its bare "$" as US dollars
    private static readonly string[] Marked =
    [
        "C$", "CA$", "CAD", "A$", "AU$", "AUD", "NZ$", "NZD", "HK$", "HKD", "S$", "SGD", "US$", "USD", "U.S. dollar", "US dollar",
        "Canadian dollar", "Australian dollar", "New Zealand dollar", "Hong Kong dollar", "Singapore dollar",
    ];

    /// <summary>The currency code of the document's bare dollars when they are not US dollars; null otherwise.</summary>
    public static string? Of(AnalyzedDocument doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        if (doc.Text.IndexOf('$') < 0 && doc.Text.IndexOf("dollar", StringComparison.OrdinalIgnoreCase) < 0)
        {
            return null;
        }

        foreach (string marked in Marked)
        {
            if (doc.Text.Contains(marked, StringComparison.Ordinal))
            {
                return null;
            }
        }

        string? code = null;
        bool opens = false;
        int opening = doc.Sentences.Count == 0 ? 0 : doc.Sentences[Math.Min(doc.Sentences.Count, StoryOpening) - 1].Span.End;
        foreach (var m in doc.Mentions)
        {
            if (m.Entity.Type != EntityType.Gpe)
            {
                continue;
            }

            if (m.Entity.Name == "United States")
            {
                return null;
            }

            if (ByCountry.TryGetValue(m.Entity.Name, out var found))
            {
                if (code is not null && code != found)
                {
                    return null;
                }

                code = found;
                opens |= m.Span.Start < opening;
            }
        }

        return opens ? code : null;
    }

    /// <summary><paramref name="mention"/> in <paramref name="code"/> when it is a bare US dollar figure; else as it was.</summary>
    public static QuantityMention Read(QuantityMention mention, string? code)
    {
        ArgumentNullException.ThrowIfNull(mention);
        return code is null || mention.Quantity.Unit != Unit.Usd ? mention
            : mention with { Quantity = mention.Quantity with { Unit = Unit.Currency(code) } };
    }
}
