using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Periods;

/// <summary>
/// Years written in words: "nineteen seventy-eight", "nineteen oh one", "nineteen hundred", "twenty twelve", "two
/// thousand and eighteen", "two thousand". A century word alone ("nineteen", "twenty") or "twenty one" is a count, so
/// "twenty" takes only a second part from ten ("twenty twelve", "twenty oh five"); and "two thousand ..." is a year only
/// where a date or "the year" expects one (<c>standalone</c> false): standing alone, "two thousand and eighteen" is a count.
/// </summary>
internal static class SpelledYears
{
    /// <summary>A year in words starting at token <paramref name="i"/>: the year and the token after it.</summary>
    public static bool TryRead(AnalyzedDocument doc, int i, int end, bool standalone, out int year, out int after)
    {
        year = 0;
        after = i;
        // standing alone only the 1800s to 2000s after a preposition of time ("in nineteen twenty eight", "since twenty
        // twelve"): "twenty twelve-year-olds" and "thirteen fifteen-year-olds" are counts
        if (standalone && !((doc.Is(i, "eighteen") || doc.Is(i, "nineteen") || doc.Is(i, "twenty"))
            && (doc.Is(i - 1, "in") || doc.Is(i - 1, "since") || doc.Is(i - 1, "from") || doc.Is(i - 1, "until") || doc.Is(i - 1, "by") || doc.Is(i - 1, "of"))))
        {
            return false;
        }

        int century = Number(doc, i, end);
        if (century is >= 11 and <= 20 && TwoDigits(doc, i + 1, end, out int rest, out after)
            && (century < 20 || rest > 0))
        {
            // "twenty" takes "twelve" or "oh five", never "hundred" or a lone unit ("twenty one" is 21)
            year = (century * 100) + rest;
            return !standalone || !doc.Is(after, "-");
        }

        if (standalone || century != 2 || !doc.Is(i + 1, "thousand"))
        {
            return false;
        }

        // "two thousand", "two thousand and eighteen", "two thousand twenty-seven"
        int at = doc.Is(i + 2, "and") ? i + 3 : i + 2;
        if (Below100(doc, at, end, out int units, out int unitsEnd) && units > 0)
        {
            (year, after) = (2000 + units, unitsEnd);
            return true;
        }

        // a bare "two thousand" closes the date ("the tenth of September, two thousand"): "May two thousand people" is a count
        (year, after) = (2000, i + 2);
        return after >= end || doc.Tokens[after].Kind == TokenKind.Punct;
    }

    // the second half of a year: "seventy-eight", "twelve", "oh one", "zero one", "hundred" (00)
    private static bool TwoDigits(AnalyzedDocument doc, int i, int end, out int value, out int after)
    {
        if (doc.Is(i, "hundred") && i < end)
        {
            (value, after) = (0, i + 1);
            return true;
        }

        if ((doc.Is(i, "oh") || doc.Is(i, "zero") || doc.Is(i, "o")) && Number(doc, i + 1, end) is >= 1 and <= 9 and var unit)
        {
            (value, after) = (unit, i + 2);
            return true;
        }

        return Below100(doc, i, end, out value, out after) && value >= 10;
    }

    // 1 to 99 in words: "seven", "twelve", "seventy", "seventy-eight", "seventy eight"
    private static bool Below100(AnalyzedDocument doc, int i, int end, out int value, out int after)
    {
        value = Number(doc, i, end);
        after = i + 1;
        if (value is >= 20 && value % 10 == 0)
        {
            int unitAt = doc.Is(i + 1, "-") ? i + 2 : i + 1;
            if (Number(doc, unitAt, end) is >= 1 and <= 9 and var unit)
            {
                (value, after) = (value + unit, unitAt + 1);
            }
        }

        return value > 0;
    }

    private static int Number(AnalyzedDocument doc, int i, int end) =>
        i >= 0 && i < end && NumberNames.Values.TryGetValue(doc.TokenText(i), out int n) ? n : 0;
}
