using ClaimExtractor.Core.Quantities;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Quantities;

/// <summary>
/// Gives a bare percentage the move of the percentage before it when it stands in a gapped clause of that move: "rose
/// 0.4% for the month and 4.0% from a year earlier", "In Wales rents rose 8.1%, in Scotland 9.1% and in Northern Ireland
/// 8.8%", "has risen by about 140% so far this year, and by roughly 40% since the election". A comma or "and" (and
/// the move's "by") stands right before the second figure (or before "in" and a place's name), only time phrases,
/// prepositions and names stand between the two, and a time phrase, a comma or the sentence's end follows the second;
/// "rose 5% to 20%", "rose 5% from 10%", "5%, and 60% of buyers" and "5%, and 40% said" keep their levels.
/// </summary>
internal static class GappedMoves
{
    public static QuantityMention Carry(AnalyzedDocument doc, Sentence sentence, QuantityMention previous, QuantityMention mention)
    {
        if (mention.Form != QuantityForm.Percent || previous.Form != QuantityForm.Percent || mention.Quantity.Change != QuantityChange.None
            || previous.Quantity.Change is not (QuantityChange.Increase or QuantityChange.Decrease) || !EndsClause(doc, sentence, mention.EndToken))
        {
            return mention;
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

        if (k < named)
        {
            k -= doc.Is(k, "the") ? 1 : 0;
            if (!doc.Is(k, "in"))
            {
                return mention;
            }

            k--;
        }

        if (!(doc.Is(k, ",") || doc.Is(k, "and")))
        {
            return mention;
        }

        for (int i = previous.EndToken; i < k; i++)
        {
            if (!(doc.Is(i, ",") || doc.Is(i, "and") || doc.IsAny(i, Between) || IsCapitalized(doc, i) || IsYear(doc, i)))
            {
                return mention;
            }
        }

        return mention with { Quantity = mention.Quantity with { Change = previous.Quantity.Change } };
    }

    // the second figure's clause ends with it, a comma, "and", or a time phrase ("4.0% from a year earlier")
    private static bool EndsClause(AnalyzedDocument doc, Sentence sentence, int end) =>
        end >= sentence.EndToken || doc.TokenText(end) is "," or ";" or "." or "and" || doc.IsAny(end, Between) && !doc.Is(end, "of");

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
