using System.Globalization;
using ClaimExtractor.Core.Periods;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Periods;

/// <summary>
/// Decades: "the 1990s", "the 1970's", "the '90s", "the seventies", "the nineteen seventies", "the twenty-tens", "the
/// 70s", "70's". A decade word needs "the" before it, as "in their seventies" is an age; two digits need the apostrophe
/// before them, or "the" or an apostrophe "s" after them, and no measure around them: "highs in the 70s", "in his 70's",
/// "approval in the low 60s" and "winds in the 70s" are temperatures, ages, ratings and speeds. Two digits from 30 are the
/// 1900s, below it the 2000s.
/// </summary>
internal static class DecadeReader
{
    private static readonly WordMap<int> Words = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["twenties"] = 1920,
        ["thirties"] = 1930,
        ["forties"] = 1940,
        ["fifties"] = 1950,
        ["sixties"] = 1960,
        ["seventies"] = 1970,
        ["eighties"] = 1980,
        ["nineties"] = 1990,
        ["noughties"] = 2000,
    }.ToWordMap(StringComparer.OrdinalIgnoreCase);

    // words that make "the 70s" a reading on a scale (a temperature, an age, a rating, a score, a speed, a share price),
    // or say whose age it is
    private static readonly WordSet ScaleWords = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "temperature", "temperatures", "degree", "degrees", "high", "highs", "low", "lows", "mid", "upper", "lower", "warm",
        "warmer", "cool", "cooler", "hot", "weather", "forecast", "fahrenheit", "celsius", "mph", "winds", "gusts", "rating",
        "ratings", "approval", "poll", "polls", "score", "scores", "scored", "shot", "age", "aged", "ages", "old", "trading",
        "traded", "shares", "stock", "his", "her", "their", "my", "your", "our", "its");

    /// <summary>Reads a decade starting at token <paramref name="i"/>, or null.</summary>
    public static PeriodExpression? Read(AnalyzedDocument doc, int i, int end)
    {
        int decade, after;
        if (doc.Is(i - 1, "the") && i < end && Words.TryGetValue(doc.TokenText(i), out int named))
        {
            (decade, after) = (named, i + 1);
        }
        else if (doc.Is(i - 1, "the") && Spelled(doc, i, end) is var (spelled, spelledEnd))
        {
            (decade, after) = (spelled, spelledEnd);
        }
        else if (i + 2 < end && RawTokenizer.IsApostrophe(doc.TokenText(i) is [var mark] ? mark : ' ') && Glued(doc, i, i + 1)
            && Digits(doc, i + 1, 2) is { } twoDigits && Plural(doc, i + 2, end) is > 0 and var shortEnd)
        {
            // "the '90s"
            (decade, after) = (twoDigits >= 30 ? 1900 + twoDigits : 2000 + twoDigits, shortEnd);
        }
        else if (i + 1 < end && Digits(doc, i, 4) is { } year && year is >= 1800 and <= 2100 && Plural(doc, i + 1, end) is > 0 and var longEnd)
        {
            (decade, after) = (year, longEnd);
        }
        else if (i + 1 < end && Digits(doc, i, 2) is { } bare && Plural(doc, i + 1, end) is > 0 and var bareEnd
            && (doc.Is(i - 1, "the") || bareEnd == i + 3 || doc.TokenText(i + 1) is not "s") && !OnScale(doc, i, bareEnd, end))
        {
            // "the 70s", "the 70's", "70's"
            (decade, after) = (bare >= 30 ? 1900 + bare : 2000 + bare, bareEnd);
        }
        else
        {
            return null;
        }

        if (decade % 10 != 0)
        {
            return null;
        }

        int first = doc.Is(i - 1, "the") ? i - 1 : i;
        return PeriodResolver.Make(doc, first, after, Period.Between(Period.Year(decade), Period.Year(decade + 9)), PeriodCue.Year);
    }

    // "the nineteen seventies", "the twenty-tens", "the two thousands", "the two thousand and tens": a century in words
    // and then the decade
    private static (int Decade, int End)? Spelled(AnalyzedDocument doc, int i, int end)
    {
        if (doc.Is(i, "two") && doc.Is(i + 1, "thousands"))
        {
            return (2000, i + 2);
        }

        int century = doc.Is(i, "nineteen") ? 1900 : doc.Is(i, "eighteen") ? 1800 : doc.Is(i, "twenty") ? 2000
            : doc.Is(i, "two") && doc.Is(i + 1, "thousand") && doc.Is(i + 2, "and") ? 2000 : 0;
        int at = century == 0 ? -1 : doc.Is(i + 1, "thousand") ? i + 3 : doc.Is(i + 1, "-") ? i + 2 : i + 1;
        if (at < 0 || at >= end)
        {
            return null;
        }

        if (doc.Is(at, "tens"))
        {
            return (century + 10, at + 1);
        }

        return Words.TryGetValue(doc.TokenText(at), out int named) && named % 100 >= 20
            ? (century + (named % 100), at + 1)
            : null;
    }

    // a measure word within a few tokens of two digits and their "s" [i, after): "highs in the 70s", "in his 70's"
    private static bool OnScale(AnalyzedDocument doc, int i, int after, int end) =>
        doc.AnyIn(Math.Max(0, i - 5), i, ScaleWords) || doc.AnyIn(after, Math.Min(end, after + 5), ScaleWords);

    // a number token of exactly `length` digits
    private static int? Digits(AnalyzedDocument doc, int i, int length) =>
        doc.Tokens[i].Kind == TokenKind.Number && doc.Tokens[i].Span.Length == length
        && int.TryParse(doc.TokenText(i), NumberStyles.None, CultureInfo.InvariantCulture, out int value) ? value : null;

    // where a glued "s", "'s" or "'" "s" after the number ends, or -1
    private static int Plural(AnalyzedDocument doc, int i, int end)
    {
        if (i >= end || !Glued(doc, i - 1, i))
        {
            return -1;
        }

        if (doc.Is(i, "s") || (doc.TokenText(i) is [var a, 's' or 'S'] && RawTokenizer.IsApostrophe(a)))
        {
            return i + 1;
        }

        return i + 1 < end && doc.TokenText(i) is [var mark] && RawTokenizer.IsApostrophe(mark) && Glued(doc, i, i + 1) && doc.Is(i + 1, "s") ? i + 2 : -1;
    }

    private static bool Glued(AnalyzedDocument doc, int left, int right) => doc.Tokens[right].Start == doc.Tokens[left].End;
}
