using ClaimExtractor.Core.Entities;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Entities;

/// <summary>
/// A company's ticker in brackets right after its name is that company: "Tesla Inc (NASDAQ: TSLA)", "Alphabet
/// (GOOGL.O)", never a second company a later "the carmaker" could point at.
/// </summary>
internal static class Tickers
{
    private static readonly WordSet Exchanges = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "NASDAQ", "NYSE", "LSE", "TSX", "ASX", "AMEX", "OTC", "HKEX", "SGX", "Euronext", "Xetra", "NSE", "BSE", "TSE");

    /// <summary>Gives each bracketed ticker after a company's name that company's entity.</summary>
    public static void Link(AnalyzedDocument document)
    {
        for (int i = 0; i < document.Mentions.Count; i++)
        {
            var ticker = document.Mentions[i];
            int first = MentionPlaces.TokenAt(document, ticker.Span.Start);
            int open = document.TokenText(first - 1) is ":" && document.IsAny(first - 2, Exchanges) ? first - 3 : first - 1;
            if (ticker.Kind != MentionKind.Name || ticker.Entity.Type is EntityType.Person or EntityType.Gpe || open < 1 || !document.Is(open, "(")
                || document.Mentions.LastOrDefault(m => m.Span.End == document.Tokens[open - 1].End) is not { Entity.Type: EntityType.Org or EntityType.Other } company
                || ticker.Entity == company.Entity)
            {
                continue;
            }

            document.ReplaceMention(i, ticker with { Entity = company.Entity });
        }
    }
}
