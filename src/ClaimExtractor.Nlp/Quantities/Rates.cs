using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Quantities;

/// <summary>
/// What a price is quoted per: "$85 a barrel", "$15 an hour", "€200 per tonne", "20 cents per share", "$4/gallon". The
/// money keeps its currency and value; the word it is per becomes its noun, so the rate is told apart from a total.
/// "a year earlier" and "a year ago" after an amount date it rather than divide it.
/// </summary>
internal static class Rates
{
    private static readonly WordSet Articles = WordSet.Create(StringComparer.OrdinalIgnoreCase, "a", "an", "per");

    // stretches of time a price or a flow is quoted per, though they never head a counted phrase ("$5m a year")
    private static readonly WordSet Periods = WordSet.Create(StringComparer.OrdinalIgnoreCase, "year", "month", "week", "day");

    private static readonly WordSet TimeComparisons = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "earlier", "ago", "later", "before", "after", "prior", "previously", "since", "back");

    /// <summary>The word the amount ending before <paramref name="end"/> is quoted per, or null.</summary>
    public static string? Per(AnalyzedDocument doc, Sentence sentence, int end)
    {
        int word = end + 1;
        bool slash = doc.TokenText(end) is "/" && end > 0 && doc.Tokens[end].Start == doc.Tokens[end - 1].End
            && word < sentence.EndToken && doc.Tokens[word].Start == doc.Tokens[end].End;
        if (word >= sentence.EndToken || !(slash || doc.IsAny(end, Articles)) || doc.Tokens[word].Kind != TokenKind.Word
            || !char.IsLower(doc.TokenText(word)[0]) || (doc.IsAny(word, Lexicon.FunctionWords) && !doc.IsAny(word, Periods))
            || (doc.IsAny(word + 1, TimeComparisons) && doc.IsAny(word, Stretches)))
        {
            return null;
        }

        // "$12,000 a metric ton", "$2,400 a troy ounce": the unit a word of its system names
        return doc.IsAny(word, UnitSystems) && word + 1 < sentence.EndToken && doc.Tokens[word + 1].Kind == TokenKind.Word
            ? doc.TokenText(word + 1).ToString() : doc.TokenText(word).ToString();
    }

    // the stretches of time "a year earlier", "a decade ago" date an amount by ("$12,565 a tonne before paring gains" is a price)
    private static readonly WordSet Stretches = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "year", "month", "week", "day", "quarter", "decade", "century", "season", "term", "half", "generation", "while");

    private static readonly WordSet UnitSystems = WordSet.Create(StringComparer.OrdinalIgnoreCase, "metric", "troy", "imperial");
}
