using ClaimExtractor.Nlp.Models;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Quantities;

/// <summary>
/// A range of places in an order, right after a verb of ranking: "ranks between the tenth and the fifteenth", "finished
/// between 5th and 8th", "ranks higher than the tenth but lower than the fifteenth". Elsewhere an ordinal is no quantity
/// (a name's or a day's: "the tenth floor", "between the 10th and 15th centuries", "the 15th of May"), so the second
/// place must close the clause.
/// </summary>
internal static class RankRanges
{
    private static readonly WordSet RankVerbs = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "rank", "ranks", "ranked", "ranking", "placed", "finished");

    private static readonly WordSet Above = WordSet.Create(StringComparer.OrdinalIgnoreCase, "higher", "better");

    private static readonly WordSet Below = WordSet.Create(StringComparer.OrdinalIgnoreCase, "lower", "worse");

    private static readonly WordSet OrdinalSuffixes = WordSet.Create(StringComparer.OrdinalIgnoreCase, "st", "nd", "rd", "th");

    /// <summary>
    /// True when the ordinal at <paramref name="k"/> opens a range of ranks; <paramref name="low"/> and
    /// <paramref name="high"/> are its places and <paramref name="after"/> the token after the second.
    /// </summary>
    public static bool TryRead(AnalyzedDocument doc, Sentence sentence, NumberReader numbers, int k, out decimal low, out decimal high, out int after)
    {
        high = 0;
        after = k;
        if (!Ordinal(doc, numbers, k, out low, out int afterFirst))
        {
            return false;
        }

        int before = doc.Is(k - 1, "the") ? k - 2 : k - 1;
        int second;
        if (doc.Is(before, "between") && doc.IsAny(before - 1, RankVerbs) && doc.Is(afterFirst, "and"))
        {
            // "ranks between the tenth and the fifteenth"
            second = afterFirst + 1;
        }
        else if (doc.Is(before, "than") && doc.IsAny(before - 1, Above) && doc.IsAny(before - 2, RankVerbs)
            && doc.Is(afterFirst, "but") && doc.IsAny(afterFirst + 1, Below) && doc.Is(afterFirst + 2, "than"))
        {
            // "ranks higher than the tenth but lower than the fifteenth"
            second = afterFirst + 3;
        }
        else
        {
            return false;
        }

        second = doc.Is(second, "the") ? second + 1 : second;
        return second < sentence.EndToken && Ordinal(doc, numbers, second, out high, out after) && high > low
            && (after >= sentence.EndToken || doc.TokenText(after) is "." or "," or ";" or "!" or "?");
    }

    // "tenth", "first", "10th": the place an ordinal names, and the token after it
    private static bool Ordinal(AnalyzedDocument doc, NumberReader numbers, int at, out decimal place, out int after)
    {
        after = at + 1;
        place = doc.Is(at, "first") ? 1 : doc.Is(at, "second") ? 2 : 0;
        if (place == 0 && numbers.TryWord(doc, at, out var word) && word.Kind == NumberWordKind.Denominator && word.Value >= 3
            && !doc.Is(at, "quarter") && doc.TokenText(at)[^1] is not ('s' or 'S'))
        {
            place = word.Value;
        }
        else if (place == 0 && at + 1 < doc.Tokens.Count && doc.Tokens[at].Kind == TokenKind.Number && doc.IsAny(at + 1, OrdinalSuffixes)
            && doc.Tokens[at + 1].Start == doc.Tokens[at].End && DigitNumbers.TryParseDigits(doc.TokenText(at), out decimal digits, out int decimals) && decimals == 0)
        {
            place = digits;
            after = at + 2;
        }

        return place > 0;
    }
}
