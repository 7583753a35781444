using ClaimExtractor.Core.Quantities;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Quantities;

/// <summary>
/// The hundredths of money: a sub-unit after a number ("50 cents", "12 pence", "10p") and the cents after an amount ("thirteen
/// dollars and forty-five cents", "$20 and 43c", "15 dollars 50." at a clause end).
/// </summary>
internal sealed class Cents(NumberReader numbers)
{
    /// <summary>The currency of the sub-unit or coin at <paramref name="at"/> and its share of the main unit ("cents": USD, 0.01), or null.</summary>
    public static (Unit Unit, decimal Share)? SubUnit(AnalyzedDocument doc, int at) =>
        QuantityWords.SubUnits.TryGetValue(doc.TokenText(at), out var coin) ? (Unit.Currency(coin.Code), coin.Share)
        : IsPence(doc, at) ? (Unit.Currency("GBP"), 0.01m)
        : null;

    // "10p", "shares fell 12p to 345p": a lower-case p glued to the digits where pounds are in view: the document writes
    // "£", "pence" or the British "per cent", or the sentence quotes shares (elsewhere a "720p" is a video resolution)
    private static bool IsPence(AnalyzedDocument doc, int at) =>
        at > 0 && doc.TokenText(at) is "p" && doc.Tokens[at].Start == doc.Tokens[at - 1].End && doc.Tokens[at - 1].Kind == TokenKind.Number
        && (doc.Text.Contains('£', StringComparison.Ordinal) || doc.Text.Contains("pence", StringComparison.Ordinal)
            || doc.Text.Contains("per cent", StringComparison.Ordinal) || QuotesShares(doc, doc.Sentences[doc.Tokens[at].Sentence]));

    private static bool QuotesShares(AnalyzedDocument doc, Sentence sentence)
    {
        for (int k = sentence.FirstToken; k < sentence.EndToken; k++)
        {
            if (doc.Is(k, "shares") || doc.Is(k, "share") || doc.Is(k, "stock"))
            {
                return true;
            }
        }

        return false;
    }

    // "and forty-five cents", "50 cents", "43c", "43 sen" after an amount of money; a bare "and 43" or "43" only where
    // the sentence or clause ends after it ("$20 and 43", "15 dollars 50."), so "$500 and 20 people" keeps its count
    public bool TryRead(AnalyzedDocument doc, int at, int end, NumberConvention convention, bool bareAllowed, out decimal cents, out int after)
    {
        cents = 0;
        after = at;
        int k = doc.Is(at, "and") ? at + 1 : at;
        if (k >= end || doc.Tokens[k].Kind is not (TokenKind.Number or TokenKind.Word) || !numbers.TryRead(doc, k, end, convention, out var number)
            || number.IsFraction || number.IsMultiplier || number.Decimals > 0 || number.Value is < 1 or >= 100)
        {
            return false;
        }

        int unitAt = number.End;
        if (unitAt < end && (SubUnit(doc, unitAt) is not null || doc.IsAny(unitAt, QuantityWords.MinorUnits)
            || (doc.Is(unitAt, "c") && doc.Tokens[unitAt].Start == doc.Tokens[unitAt - 1].End)))
        {
            cents = number.Value * (SubUnit(doc, unitAt)?.Share ?? 0.01m);
            after = unitAt + 1;
            return true;
        }

        bool clauseEnds = unitAt >= end || doc.TokenText(unitAt) is "." or "," or ";" or "!" or "?";
        if (!bareAllowed || !clauseEnds || (!number.IsWord && doc.TokenText(k).Length != 2))
        {
            return false;
        }

        cents = number.Value / 100m;
        after = unitAt;
        return true;
    }
}
