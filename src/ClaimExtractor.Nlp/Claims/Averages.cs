using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Quantities;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Claims;

/// <summary>
/// The average of a sum or a count that adds up ("the average remittance increased to $400", "an average of $401 each",
/// "averaged $2 million", "The four-week moving average of initial claims fell 1,250 to 213,500") is a measure of its own:
/// its concept takes the suffix <c>_average</c>, so the checker never sets $400 against the $64.7 billion all remittances
/// came to. A sum that is one item's anyway (a price, a rent, a salary) keeps its concept.
/// </summary>
internal static class Averages
{
    private const string Suffix = "_average";

    /// <summary>The sum's or the count's metric, its concept marked as an average where the figure is one.</summary>
    public static MetricResult Of(MetricResult metric, AnalyzedDocument doc, SentenceFacts facts, QuantityMention q)
    {
        string c = metric.Concept;
        string? measure = metric.Key == c + Value || metric.Key == c + Value + Change ? Value
            : metric.Key == c + Count || metric.Key == c + Count + Change ? Count : null;
        // (a sum per show is an average of its own already: "an average gross of $13.8 million per show")
        if (measure is null || PerItem.Contains(c) || c.EndsWith(Suffix, StringComparison.Ordinal) || c.Contains("_per_", StringComparison.Ordinal)
            || !Marks(doc, facts, q, metric.Phrase, countsOnlyNamed: measure == Count))
        {
            return metric;
        }

        // "The average home cost £316,200 in December": what one item costs on average is its price
        string averaged = c == "cost" && ItemCost(metric.Phrase) ? "price" : c + Suffix;
        // ("with an average of $401 each" carries the term of the sum before it: the phrase says it is an average)
        string phrase = averaged == "price" || metric.Phrase.Contains("average", StringComparison.OrdinalIgnoreCase) ? metric.Phrase
            : metric.Phrase.StartsWith(MetricKeys.ChangePhrase, StringComparison.Ordinal) ? MetricKeys.ChangePhrase + "average " + Unchanged(metric.Phrase).ToString()
            : "average " + metric.Phrase;
        return metric.Key.EndsWith(Change, StringComparison.Ordinal)
            ? metric with { Key = averaged + measure + Change, Concept = averaged, Phrase = phrase, ChangeLevelKey = averaged + measure }
            : metric with { Key = averaged + measure, Concept = averaged, Phrase = phrase };
    }

    private const string Value = ".value";
    private const string Count = ".count";
    private const string Change = ".change";

    // whether the figure is told as an average: its phrase opens with "average" ("average remittance", "change in average
    // remittance") or is what "average of" before it in its sentence is of ("The four-week moving average of initial claims
    // fell 1,250 to 213,500"), "an average of" or "averaged" comes right before it, or "on average" right after
    // (a count's average is told apart only as the average "of" what it counts: "drew an average of 123.7 million viewers"
    // and "daily active people averaged 3.35 billion" are the audience and the users, as a count of them is read)
    private static bool Marks(AnalyzedDocument doc, SentenceFacts facts, QuantityMention q, string phrase, bool countsOnlyNamed)
    {
        var words = Unchanged(phrase);
        int space = words.IndexOf(' ');
        var opening = space > 0 ? words[..space] : words;
        if (space > 0 && AverageWords.Contains(opening) && !countsOnlyNamed)
        {
            return true;
        }

        // (in the sentence: "The four-week moving average of initial claims, which irons out volatility, fell 1,250")
        var (_, cEnd) = facts.ClauseOf(q.FirstToken);
        for (int i = facts.Sentence.FirstToken; i + 2 < q.QualifierFirstToken; i++)
        {
            if (doc.IsAny(i, AverageWords) && doc.Is(i + 1, "of") && doc.TokenText(i + 2).Equals(opening, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        int before = q.QualifierFirstToken - 1;
        // ("The country averages about 27 avalanche deaths a season": a count averaged over each stretch of time is one
        // stretch's typical toll, never one season's)
        return (!countsOnlyNamed && ((doc.Is(before, "of") && doc.IsAny(before - 1, AverageWords) && (doc.Is(before - 2, "an") || doc.Is(before - 2, "the")))
            || doc.IsAny(before, AveragingVerbs)
            || (q.EndToken + 1 < cEnd && doc.Is(q.EndToken, "on") && doc.Is(q.EndToken + 1, "average"))))
            || (doc.IsAny(before, AveragingVerbs) && EachStretchAfter(doc, q.EndToken, cEnd));
    }

    // "a season", "per year", "each week" within a few words after a figure's end
    private static bool EachStretchAfter(AnalyzedDocument doc, int from, int end)
    {
        for (int i = from; i + 1 < end && i < from + StretchReach; i++)
        {
            if (doc.IsAny(i, EachWords) && doc.IsAny(i + 1, Stretches))
            {
                return true;
            }
        }

        return false;
    }

    // how many words after a count its "a season" may stand: "27 avalanche deaths a season"
    private const int StretchReach = 4;

    private static readonly WordSet EachWords = WordSet.Create(StringComparer.OrdinalIgnoreCase, "a", "an", "per", "each", "every");

    private static readonly WordSet Stretches = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "day", "week", "month", "year", "season", "quarter", "decade", "winter", "summer");

    // a phrase "average <item> cost" or "costs": the verb after the item it prices
    private static bool ItemCost(string phrase)
    {
        var words = Unchanged(phrase);
        int first = words.IndexOf(' ');
        int last = words.LastIndexOf(' ');
        return first > 0 && last > first && words[(first + 1)..last].IndexOf(' ') < 0 && words[(last + 1)..] is "cost" or "costs";
    }

    // a metric phrase without the "change in " a change's phrase opens with
    private static ReadOnlySpan<char> Unchanged(string phrase) =>
        phrase.StartsWith(MetricKeys.ChangePhrase, StringComparison.Ordinal) ? phrase.AsSpan(MetricKeys.ChangePhrase.Length) : phrase;

    private static readonly WordSet AverageWords = WordSet.Create(StringComparer.OrdinalIgnoreCase, "average", "mean", "median", "typical");

    private static readonly WordSet AveragingVerbs = WordSet.Create(StringComparer.OrdinalIgnoreCase, "averaged", "averaging", "averages");

    // concepts whose every figure is one item's, an average of them the same measure ("the average price", "an average
    // monthly rent of £1,339", "the average annual value of $51 million")
    private static readonly WordSet PerItem = WordSet.Create(StringComparer.Ordinal,
        "price", "rent", "salary", "fee", "pension", "premium", "share_price", "offer_price", "earnings_per_share", "dividend", "signing_bonus",
        "lump_sum", "jackpot", "prize_money");
}
