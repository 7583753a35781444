using ClaimExtractor.Core.Quantities;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Quantities;

/// <summary>
/// Accounting brackets: "The annual revenue is ($99.99)." is a loss of 99.99. In prose, brackets round an amount set it
/// aside ("€100 ($110)", "the fee ($99.99) is due") and it keeps its sign; only right after a form of "be" can they not
/// be an aside, since the clause would lose its complement without them, so there they mark the amount negative.
/// </summary>
internal static class AccountingNegatives
{
    private static readonly WordSet Be = WordSet.Create(StringComparer.OrdinalIgnoreCase, "is", "was", "were", "are", "be", "been", "stood");

    /// <summary><paramref name="mention"/>, negated when it is an amount in accounting brackets after a form of "be".</summary>
    public static QuantityMention Apply(AnalyzedDocument doc, QuantityMention mention)
    {
        var q = mention.Quantity;
        int open = mention.FirstToken - 1, close = mention.EndToken;
        if (mention.Form != QuantityForm.Money || q.Value <= 0 || q.Qualifier != Qualifier.None || mention.QualifierFirstToken != mention.FirstToken
            || open < 1 || close >= doc.Tokens.Count || doc.TokenText(open) is not "(" || doc.TokenText(close) is not ")"
            || doc.Tokens[open].End != doc.Tokens[mention.FirstToken].Start || doc.Tokens[close].Start != doc.Tokens[close - 1].End || !doc.IsAny(open - 1, Be))
        {
            return mention;
        }

        return mention with { Quantity = q with { Value = -q.Value, Low = -q.High, High = -q.Low } };
    }
}
