using ClaimExtractor.Nlp.Models;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Quantities;

/// <summary>
/// Reads the smaller groups after a number and its scale word: "4 thousand 3 hundred and 21" is 4,321, "6 crore and
/// two hundred" 60,000,200, "5 million 300 thousand" 5,300,000. A group is taken when a smaller scale word follows it,
/// or after "and" ending a hundred ("3 hundred and one"); "2 million and 40 of them" stays 2 million.
/// </summary>
internal static class ScaleTails
{
    /// <summary>
    /// Reads the groups from token <paramref name="at"/> after a scale of <paramref name="scale"/>; returns what they
    /// add, the smallest scale written (the precision) and the token after them.
    /// </summary>
    public static bool TryRead(AnalyzedDocument doc, NumberReader numbers, int at, int end, decimal scale, out decimal added, out decimal smallest, out int after)
    {
        added = 0;
        smallest = scale;
        after = at;
        while (after < end)
        {
            bool and = doc.Is(after, "and");
            int n = and ? after + 1 : after;
            if (!TryGroup(doc, numbers, n, end, out decimal value, out decimal groupScale, out int afterGroup) || value <= 0)
            {
                break;
            }

            if (groupScale > 1 && groupScale < smallest && value * groupScale < smallest)
            {
                // "3 hundred", "two hundred": a group of a smaller scale
                added += value * groupScale;
                smallest = groupScale;
                after = afterGroup;
                continue;
            }

            if (and && groupScale == 1 && smallest == 100 && value < 100)
            {
                // "3 hundred and 21": the units after a hundred
                added += value;
                smallest = 1;
                after = afterGroup;
            }

            break;
        }

        return added > 0;
    }

    // a whole number under a thousand, in digits or words, and the scale word after it (1 when none)
    private static bool TryGroup(AnalyzedDocument doc, NumberReader numbers, int at, int end, out decimal value, out decimal scale, out int after)
    {
        value = 0;
        scale = 1;
        after = at;
        if (at >= end)
        {
            return false;
        }

        if (doc.Tokens[at].Kind == TokenKind.Number)
        {
            if (!DigitNumbers.TryParseDigits(doc.TokenText(at), out value, out int decimals) || decimals > 0 || value >= 1000)
            {
                return false;
            }

            after = at + 1;
        }
        else if (numbers.TryWord(doc, at, out var word) && word.Kind == NumberWordKind.Cardinal)
        {
            after = numbers.Compounds.ReadCompound(doc, at, end, word.Value, out value);
            if (value >= 100 && numbers.TryWord(doc, after - 1, out var hundred) && hundred.Kind == NumberWordKind.Scale)
            {
                // "two hundred" was read whole
                value /= hundred.Value;
                scale = hundred.Value;
                return value < 1000 && value == decimal.Truncate(value);
            }
        }
        else
        {
            return false;
        }

        if (after < end && numbers.TryWord(doc, after, out var scaleWord) && scaleWord.Kind == NumberWordKind.Scale && scaleWord.Value >= 100)
        {
            scale = scaleWord.Value;
            after++;
        }

        return value < 1000;
    }
}
