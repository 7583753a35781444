using ClaimExtractor.Core.Quantities;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Quantities;

/// <summary>
/// Gives a bare percentage the move of the percentage before it when it stands in a gapped clause of that move: "rose
/// 0.4% for the month and 4.0% from a year earlier", "In Wales rents rose 8.1%, in Scotland 9.1% and in Northern Ireland
/// 8.8%", "has risen by about 140% so far this year, and by roughly 40% since the election", "Reported rapes fell 9.4%
/// and aggravated assaults 2.8%". A comma or "and" (and the move's "by") stands right before the second figure (or
/// before "in" and a place's name, or a few lower-case words naming what the gapped clause is about), only time phrases,
/// prepositions and names stand between the two, and a time phrase, a comma or the sentence's end follows the second;
/// "rose 5% to 20%", "rose 5% from 10%", "5%, and 60% of buyers" and "5%, and 40% said" keep their levels.
/// </summary>
internal static class GappedMoves
{
    public static QuantityMention Carry(AnalyzedDocument doc, Sentence sentence, QuantityMention previous, QuantityMention mention) =>
        mention.Quantity.Change == QuantityChange.None && IsGapped(doc, sentence.EndToken, previous, mention, out _)
            ? mention with { Quantity = mention.Quantity with { Change = previous.Quantity.Change } }
            : mention;

    /// <summary>
    /// True when <paramref name="mention"/> stands in a gapped clause of the move <paramref name="previous"/> states, in a
    /// clause ending by <paramref name="end"/>; <paramref name="nounsFirst"/> is the first of the lower-case words that name
    /// what the gapped clause is about ("aggravated assaults" in "rapes fell 9.4% and aggravated assaults 2.8%"), or -1.
    /// </summary>
    public static bool IsGapped(AnalyzedDocument doc, int end, QuantityMention previous, QuantityMention mention, out int nounsFirst)
    {
        nounsFirst = -1;
        if (mention.Form != QuantityForm.Percent || previous.Form != QuantityForm.Percent || mention.Quantity.Change is not QuantityChange.None && mention.Quantity.Change != previous.Quantity.Change
            || previous.Quantity.Change is not (QuantityChange.Increase or QuantityChange.Decrease) || !EndsClause(doc, end, mention.EndToken))
        {
            return false;
        }

        int k = mention.QualifierFirstToken - 1;
        // "has risen by about 140% so far this year, and by roughly 40% since the election": the move's "by" kept
        k -= doc.Is(k, "by") ? 1 : 0;
        // "in Northern Ireland 8.8%": the place the gapped clause is about
        int named = k;
        while (k > previous.EndToken && IsCapitalized(doc, k))
        {
            k--;
        }

        if (k == named && IsGapNoun(doc, k, last: true))
        {
            // "Reported rapes fell 9.4% and aggravated assaults 2.8%": what the gapped clause is about, a few words of it
            int least = Math.Max(previous.EndToken, k - MaxGapNouns);
            k--;
            while (k > least && IsGapNoun(doc, k, last: false))
            {
                k--;
            }

            nounsFirst = k + 1;
        }
        else if (k < named)
        {
            k -= doc.Is(k, "the") ? 1 : 0;
            if (!doc.Is(k, "in"))
            {
                return false;
            }

            k--;
        }

        if (!(doc.Is(k, ",") || doc.Is(k, "and")))
        {
            return false;
        }

        for (int i = previous.EndToken; i < k; i++)
        {
            if (!(doc.Is(i, ",") || doc.Is(i, "and") || doc.IsAny(i, Between) || IsCapitalized(doc, i) || IsYear(doc, i)))
            {
                return false;
            }
        }

        return true;
    }

    // the second figure's clause ends with it, a comma, "and", or a time phrase ("4.0% from a year earlier")
    private static bool EndsClause(AnalyzedDocument doc, int clauseEnd, int end) =>
        end >= clauseEnd || doc.TokenText(end) is "," or ";" or "." or "and" || doc.IsAny(end, Between) && !doc.Is(end, "of");

    // how many words may name what a gapped clause is about ("aggravated assaults", "the property crime rate")
    private const int MaxGapNouns = 4;

    // a lower-case word that may name what a gapped clause is about; the last one before the figure no verb's form
    // ("and analysts expected 3%", "and prices reaching 20%")
    private static bool IsGapNoun(AnalyzedDocument doc, int i, bool last)
    {
        if (doc.Tokens[i].Kind != TokenKind.Word || !char.IsLower(doc.TokenText(i)[0]) || doc.IsAny(i, NotGapNouns) || doc.IsAny(i, Between) && !doc.Is(i, "the"))
        {
            return false;
        }

        var text = doc.TokenText(i);
        return !last || !(text.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || text.EndsWith("ing", StringComparison.OrdinalIgnoreCase) || text.EndsWith("ly", StringComparison.OrdinalIgnoreCase));
    }

    // words that no gapped clause's subject is made of: verbs of saying and expecting, pronouns, hedges and other function words
    private static readonly WordSet NotGapNouns = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "to", "at", "by", "as", "than", "is", "was", "are", "were", "be", "been", "has", "have", "had", "will", "would", "could", "can", "may", "might",
        "should", "must", "do", "does", "did", "said", "says", "say", "expect", "expects", "see", "sees", "forecast", "forecasts", "predict",
        "predicts", "estimate", "estimates", "reach", "reaches", "hit", "hits", "put", "puts", "set", "sets", "only", "just", "about", "nearly",
        "almost", "some", "around", "roughly", "up", "down", "more", "less", "then", "another", "other", "it", "they", "we", "he", "she", "you", "who",
        "which", "that", "those", "these", "there", "what", "not", "no", "and", "or", "but", "also", "still", "even", "all", "both", "each", "every");

    private static bool IsCapitalized(AnalyzedDocument doc, int i) =>
        doc.Tokens[i].Kind == TokenKind.Word && char.IsUpper(doc.TokenText(i)[0]);

    private static bool IsYear(AnalyzedDocument doc, int i) =>
        doc.Tokens[i].Kind == TokenKind.Number && doc.TokenText(i).Length == 4;

    // time phrases and the prepositions that open them
    private static readonly WordSet Between = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "in", "for", "on", "from", "over", "during", "against", "compared", "with", "the", "a", "an", "its", "their", "this", "last", "previous",
        "prior", "same", "year", "years", "month", "months", "quarter", "week", "weeks", "earlier", "ago", "before", "of", "period", "annual",
        "annually", "basis", "year-on-year", "year-over-year", "alone", "since", "so", "far");
}
