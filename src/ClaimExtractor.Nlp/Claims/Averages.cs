using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Quantities;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Claims;

/// <summary>
/// The average of a sum that adds up ("the average remittance increased to $400", "an average of $401 each", "averaged $2
/// million") is a measure of its own: its concept takes the suffix <c>_average</c>, so the checker never sets $400 against
/// the $64.7 billion all remittances came to. A sum that is one item's anyway (a price, a rent, a salary) keeps its concept.
/// </summary>
internal static class Averages
{
    private const string Suffix = "_average";

    /// <summary>The sum's metric, its concept marked as an average where the figure is one.</summary>
    public static MetricResult Of(MetricResult money, AnalyzedDocument doc, QuantityMention q, int cEnd)
    {
        const string Value = ".value";
        const string Change = Value + ".change";
        string c = money.Concept;
        // (a sum per show is an average of its own already: "an average gross of $13.8 million per show")
        if (PerItem.Contains(c) || c.EndsWith(Suffix, StringComparison.Ordinal) || c.Contains("_per_", StringComparison.Ordinal) || !(money.Key == c + Value || money.Key == c + Change) || !Marks(doc, q, money.Phrase, cEnd))
        {
            return money;
        }

        // "The average home cost £316,200 in December": what one item costs on average is its price
        string averaged = c == "cost" && ItemCost(money.Phrase) ? "price" : c + Suffix;
        // ("with an average of $401 each" carries the term of the sum before it: the phrase says it is an average)
        string phrase = averaged == "price" || money.Phrase.Contains("average", StringComparison.OrdinalIgnoreCase) ? money.Phrase : "average " + money.Phrase;
        return money.Key.EndsWith(Change, StringComparison.Ordinal)
            ? money with { Key = averaged + Change, Concept = averaged, Phrase = phrase, ChangeLevelKey = averaged + Value }
            : money with { Key = averaged + Value, Concept = averaged, Phrase = phrase };
    }

    // whether the figure is told as an average: its phrase opens with "average" ("average remittance", "change in average
    // remittance"), "an average of" or "averaged" comes right before it, or "on average" right after
    private static bool Marks(AnalyzedDocument doc, QuantityMention q, string phrase, int cEnd)
    {
        var words = phrase.AsSpan();
        words = words.StartsWith(MetricKeys.ChangePhrase, StringComparison.Ordinal) ? words[MetricKeys.ChangePhrase.Length..] : words;
        int space = words.IndexOf(' ');
        if (space > 0 && AverageWords.Contains(words[..space]))
        {
            return true;
        }

        int before = q.QualifierFirstToken - 1;
        return (doc.Is(before, "of") && doc.IsAny(before - 1, AverageWords) && (doc.Is(before - 2, "an") || doc.Is(before - 2, "the")))
            || doc.IsAny(before, AveragingVerbs)
            || (q.EndToken + 1 < cEnd && doc.Is(q.EndToken, "on") && doc.Is(q.EndToken + 1, "average"));
    }

    // a phrase "average <item> cost" or "costs": the verb after the item it prices
    private static bool ItemCost(string phrase)
    {
        var words = phrase.AsSpan();
        words = words.StartsWith(MetricKeys.ChangePhrase, StringComparison.Ordinal) ? words[MetricKeys.ChangePhrase.Length..] : words;
        int first = words.IndexOf(' ');
        int last = words.LastIndexOf(' ');
        return first > 0 && last > first && words[(first + 1)..last].IndexOf(' ') < 0 && words[(last + 1)..] is "cost" or "costs";
    }

    private static readonly WordSet AverageWords = WordSet.Create(StringComparer.OrdinalIgnoreCase, "average", "mean", "median", "typical");

    private static readonly WordSet AveragingVerbs = WordSet.Create(StringComparer.OrdinalIgnoreCase, "averaged", "averaging", "averages");

    // concepts whose every figure is one item's, an average of them the same measure ("the average price", "an average
    // monthly rent of £1,339", "the average annual value of $51 million")
    private static readonly WordSet PerItem = WordSet.Create(StringComparer.Ordinal,
        "price", "rent", "salary", "fee", "pension", "premium", "share_price", "offer_price", "earnings_per_share", "dividend", "signing_bonus",
        "lump_sum", "jackpot", "prize_money");
}
