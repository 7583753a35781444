using System.Collections.Frozen;
using ClaimExtractor.Core.Entities;
using ClaimExtractor.Core.Quantities;
using ClaimExtractor.Core.Text;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Quantities;

/// <summary>
/// Which crown a story's bare "crowns" are: wires write "5 billion Swedish crowns" once and "900 million crowns" after,
/// or name only the country ("Swedish truckmaker ..."). The crown the story names with its country wins; else the one
/// country with a crown the story mentions; else none, and "crowns" stay a counted noun (a story about two of those
/// countries, or none, does not say which).
/// </summary>
internal static class CrownCurrency
{
    // a crown country's name in the entity lists and its currency
    private static readonly FrozenDictionary<string, string> ByCountry = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Sweden"] = "SEK",
        ["Norway"] = "NOK",
        ["Denmark"] = "DKK",
        ["Czech Republic"] = "CZK",
        ["Iceland"] = "ISK",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // the crown written with its country, as the units list reads it
    private static readonly (string Words, string Code)[] Named =
    [
        ("Swedish crown", "SEK"), ("Swedish kronor", "SEK"), ("Norwegian crown", "NOK"), ("Norwegian kroner", "NOK"),
        ("Danish crown", "DKK"), ("Danish kroner", "DKK"), ("Czech crown", "CZK"), ("Czech koruna", "CZK"), ("Icelandic crown", "ISK"),
    ];

    // the bare names of a crown after a number
    private static readonly WordSet CrownWords = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "crown", "crowns", "kronor", "krona", "kroner", "krone", "koruna", "korunas");

    /// <summary>The currency code of the document's bare "crowns", or null when the story does not settle it.</summary>
    public static string? Of(AnalyzedDocument doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        if (doc.Text.IndexOf("crown", StringComparison.OrdinalIgnoreCase) < 0 && doc.Text.IndexOf("kron", StringComparison.OrdinalIgnoreCase) < 0
            && doc.Text.IndexOf("korun", StringComparison.OrdinalIgnoreCase) < 0)
        {
            return null;
        }

        var named = Named.Where(n => doc.Text.Contains(n.Words, StringComparison.OrdinalIgnoreCase)).Select(n => n.Code).Distinct().ToList();
        if (named.Count > 0)
        {
            return named.Count == 1 ? named[0] : null;
        }

        var countries = doc.Mentions.Where(m => m.Entity.Type == EntityType.Gpe && ByCountry.ContainsKey(m.Entity.Name))
            .Select(m => ByCountry[m.Entity.Name]).Distinct().ToList();
        return countries.Count == 1 ? countries[0] : null;
    }

    /// <summary>
    /// <paramref name="mention"/> read as money in <paramref name="code"/> when it counts bare crowns ("900 million
    /// crowns"), its span taking in the word; else the mention as it was.
    /// </summary>
    public static QuantityMention Read(AnalyzedDocument doc, QuantityMention mention, string? code)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(mention);
        var q = mention.Quantity;
        if (code is null || mention.Form != QuantityForm.Count || q.Noun is null || !CrownWords.Contains(q.Noun)
            || mention.EndToken >= doc.Tokens.Count || !doc.IsAny(mention.EndToken, CrownWords))
        {
            return mention;
        }

        var span = new TextSpan(q.Span.Start, doc.Tokens[mention.EndToken].End);
        return mention with
        {
            Quantity = q with { Span = span, Unit = Unit.Currency(code), Noun = null },
            EndToken = mention.EndToken + 1,
            Form = QuantityForm.Money,
        };
    }
}
