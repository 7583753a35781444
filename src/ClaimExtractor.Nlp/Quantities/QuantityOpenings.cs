using System.Runtime.InteropServices;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Quantities;

/// <summary>
/// Where a quantity can start. Every reading of the scanner holds digits or opens with a word it names: a number word
/// ("five", "half", "dozen", "tenth"), a vulgar fraction ("½"), "a" or "an" ("a dollar", "a third", "a decade"), a vague
/// magnitude ("tens of thousands"), "percent of", an ordinal place ("first", "second"), or "absolute zero"; a sign
/// ("-5", "minus five") puts that word one token later, and a unit written before the number ("US$", "Rs", "ringgit",
/// "MSEK") puts the digits at most <see cref="Reach"/> tokens after the start. The scanner tries its readers only at
/// tokens where one of those holds: most of a story's words are passed over after a look-up or two each.
/// </summary>
internal sealed class QuantityOpenings(NumberReader numbers, int maxUnitTokens)
{
    // the words other than number words that open a reading: "a"/"an" (one of a unit, a fraction, a decade, "a dozen"),
    // "tens"/"hundreds" of thousands, "half"/"quarter" of a percentage point, "percent of", ordinal places, "absolute zero"
    private static readonly WordSet Words = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "a", "an", "tens", "hundreds", "half", "quarter", "percent", "percents", "per", "first", "second", "absolute");

    /// <summary>
    /// How many tokens after a quantity's first token its first digits may lie: a sign, a unit of up to
    /// <c>maxUnitTokens</c> tokens (two for "US$" and "HK $") and a sign after the unit ("$-99").
    /// </summary>
    public int Reach { get; } = Math.Max(maxUnitTokens, 2) + 2;

    /// <summary>
    /// Sets <paramref name="open"/> to one flag per token of <paramref name="sentence"/>: whether a quantity can start
    /// there.
    /// </summary>
    public void Mark(AnalyzedDocument doc, Sentence sentence, List<bool> open)
    {
        open.Clear();
        CollectionsMarshal.SetCount(open, sentence.EndToken - sentence.FirstToken);
        var flags = CollectionsMarshal.AsSpan(open);
        int nextDigits = int.MaxValue - Reach;
        // whether a reading's word opens at the token after, once asked (near digits, no word is looked up)
        bool? nextOpens = null;
        for (int i = sentence.EndToken - 1; i >= sentence.FirstToken; i--)
        {
            if (doc.Tokens[i].Kind == TokenKind.Number)
            {
                nextDigits = i;
            }

            bool? opens = null;
            flags[i - sentence.FirstToken] = nextDigits - i <= Reach || (opens = Opens(doc, i)).Value || (nextOpens ??= Opens(doc, i + 1));
            nextOpens = opens;
        }
    }

    // a word or character a reading opens with, at token i (false past the document's end)
    private bool Opens(AnalyzedDocument doc, int i) =>
        i < doc.Tokens.Count && (doc.IsAny(i, Words) || numbers.TryWord(doc, i, out _) || DigitNumbers.VulgarFraction(doc.TokenText(i)) is not null);
}
