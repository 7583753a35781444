using ClaimExtractor.Core.Periods;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Periods;

/// <summary>
/// Quarters and halves: "Q3", "q3 2019", "Q1-2019", "Q1 of 2019", "2019 Q3", "2019-H2", "2018Q4", "H1", "the third quarter",
/// "third-quarter revenue",
/// "3rd qtr", "the final quarter of 2024", "the second half of last year", "the first half of next year", "the third quarter
/// of this year" (the publication year's, whatever the clause's tense), "the September
/// quarter", "the July-September quarter" (<see cref="ByLastMonth"/>). Without a year,
/// the latest one begun by publication (the first not yet over where the clause looks ahead, <see cref="Tense"/>), except in a
/// sentence about a game ("scored in the second half"), where it is none.
/// </summary>
internal static class QuarterReader
{
    private static readonly WordMap<int> Ordinals = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["first"] = 1,
        ["second"] = 2,
        ["third"] = 3,
        ["fourth"] = 4,
        ["final"] = 4,
        ["last"] = 4,
    }.ToWordMap(StringComparer.OrdinalIgnoreCase);

    // a game's halves and quarters: "scoring 24 points in the third quarter", "scored the winner in the first half"
    private static readonly WordSet GameWords = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "halftime", "half-time", "scored", "scoring", "touchdown", "touchdowns", "foul", "fouled", "inning", "innings",
        "rebounds", "assists", "quarterback", "dunk", "dunked", "equaliser", "equalizer", "shutout", "interception", "touchback");

    /// <summary>Reads a quarter or half starting at token <paramref name="i"/> in <paramref name="sentence"/>, or null.</summary>
    public static PeriodExpression? Read(AnalyzedDocument doc, Sentence sentence, int i)
    {
        int end = sentence.EndToken;
        if (Code(doc, i) is var (quarter, part))
        {
            if (GluedYear(doc, i) is { } glued)
            {
                // "2018Q4", "18q4": the year written against the code
                return Make(doc, sentence, i - 1, i + 1, quarter, part, glued);
            }

            int after = i + 1;
            int? year = YearAfter(doc, ref after, end);
            return Make(doc, sentence, i, after, quarter, part, year);
        }

        int unit = i + 1;
        int ordinal;
        if (Ordinals.TryGetValue(doc.TokenText(i), out int word))
        {
            ordinal = doc.Is(i, "last") ? 0 : word;
        }
        else if (NumericDates.TryDay(doc, i, end, out int digits, out int suffixEnd) && suffixEnd == i + 2 && digits <= 4)
        {
            // "3rd quarter", "4th qtr"
            ordinal = digits;
            unit = suffixEnd;
        }
        else
        {
            return null;
        }

        if (doc.Is(unit, "-") && Glued(doc, unit - 1, unit) && Glued(doc, unit, unit + 1))
        {
            // "third-quarter revenue", "first-half profit"
            unit++;
        }

        bool isQuarter = doc.Is(unit, "quarter") || doc.Is(unit, "qtr");
        if (!isQuarter && !doc.Is(unit, "half"))
        {
            return null;
        }

        ordinal = ordinal == 0 ? (isQuarter ? 4 : 2) : ordinal;
        if (!isQuarter && ordinal > 2)
        {
            return null;
        }

        int next = unit + 1;
        int? y = YearAfter(doc, ref next, end);
        if (y is null && doc.Is(next, "of") && doc.Is(next + 1, "the") && doc.Is(next + 2, "year"))
        {
            next += 3;
        }
        else if (y is null && doc.Is(next, "of") && (doc.Is(next + 1, "last") || doc.Is(next + 1, "next") || doc.Is(next + 1, "this")) && doc.Is(next + 2, "year"))
        {
            // "the third quarter of this year" in a story of February 2025 is 2025's, whatever the clause's tense
            y = doc.Published?.Year + (doc.Is(next + 1, "next") ? 1 : doc.Is(next + 1, "last") ? -1 : 0);
            next += 3;
        }
        else if (y is null && (doc.AnyIn(sentence.FirstToken, end, GameWords) || OfSomethingElse(doc, next)))
        {
            // a half or quarter of a game, a season or a decade, not of the year
            return null;
        }

        int first = doc.Is(i - 1, "the") ? i - 1 : i;
        return Make(doc, sentence, first, next, isQuarter, ordinal, y);
    }

    /// <summary>Whether <paramref name="sentence"/> tells of a game ("scoring 24 points in the third quarter").</summary>
    public static bool AboutGame(AnalyzedDocument doc, Sentence sentence) => doc.AnyIn(sentence.FirstToken, sentence.EndToken, GameWords);

    // "of the season", "of the game", "of its fiscal year", "of overtime" (but "of fiscal 2025" and "of the year" are read
    // as years)
    private static bool OfSomethingElse(AnalyzedDocument doc, int i)
    {
        if (!doc.Is(i, "of") || i + 1 >= doc.Tokens.Count || doc.Tokens[i + 1].Kind != TokenKind.Word || doc.Is(i + 1, "fiscal") || doc.Is(i + 1, "calendar"))
        {
            return false;
        }

        bool determiner = doc.Is(i + 1, "the") || doc.Is(i + 1, "a") || doc.Is(i + 1, "its") || doc.Is(i + 1, "their") || doc.Is(i + 1, "his") || doc.Is(i + 1, "her");
        return !determiner || !(doc.Is(i + 2, "year") || doc.Is(i + 2, "calendar"));
    }

    /// <summary>A quarter or half written after its year at token <paramref name="yearToken"/>, "2019 Q3", "2019-H2", or null.</summary>
    public static PeriodExpression? AfterYear(AnalyzedDocument doc, int yearToken, int year)
    {
        int i = yearToken + 1;
        if (doc.Is(i, "-") && Glued(doc, i - 1, i) && Glued(doc, i, i + 1))
        {
            i++;
        }

        return Code(doc, i) is var (quarter, part) ? Make(doc, null, yearToken, i + 1, quarter, part, year) : null;
    }

    // "Q3", "q3", "H1": (is a quarter, which one)
    private static (bool Quarter, int Part)? Code(AnalyzedDocument doc, int i)
    {
        if (i < 0 || i >= doc.Tokens.Count)
        {
            return null;
        }

        var word = doc.TokenText(i);
        bool quarter = word.Length == 2 && word[0] is 'Q' or 'q';
        bool half = word.Length == 2 && word[0] is 'H' or 'h';
        return (quarter && word[1] is >= '1' and <= '4') || (half && word[1] is '1' or '2') ? (quarter, word[1] - '0') : null;
    }

    // a year after a quarter: "Q3 2019", "Q1-2019", "Q1 of 2019", "the third quarter of 2024"
    private static int? YearAfter(AnalyzedDocument doc, ref int after, int end)
    {
        int at = doc.Is(after, "of") || (doc.Is(after, "-") && Glued(doc, after - 1, after) && Glued(doc, after, after + 1)) ? after + 1 : after;
        if (PeriodResolver.TryYear(doc, at, end, out int year, out int yearEnd))
        {
            after = yearEnd;
            return year;
        }

        return null;
    }

    /// <summary>
    /// A quarter or half named by its last month, at the month word at token <paramref name="i"/>: "the September quarter",
    /// "the June 2019 quarter", "the December half" (Australian and New Zealand reporting), or by its first and last
    /// months: "the July-September quarter", "the April-to-June quarter" (Japanese and wire reporting); else null.
    /// </summary>
    public static PeriodExpression? ByLastMonth(AnalyzedDocument doc, Sentence sentence, int i, int month)
    {
        if (!doc.Is(i - 1, "the"))
        {
            return null;
        }

        int last = FirstToLastMonth(doc, i, month, out int lastMonth) ?? i;
        int unit = PeriodResolver.TryYear(doc, last + 1, sentence.EndToken, out int year) ? last + 2 : last + 1;
        bool quarter = doc.Is(unit, "quarter");
        if (lastMonth % 3 != 0 || !(quarter || (doc.Is(unit, "half") && lastMonth % 6 == 0 && last == i)))
        {
            return null;
        }

        // "the April-to-June quarter of 2024"
        int after = unit + 1;
        int? named = unit == last + 2 ? year : last > i && doc.Is(after, "of") ? YearAfter(doc, ref after, sentence.EndToken) : null;
        return Make(doc, sentence, i - 1, after, quarter, quarter ? lastMonth / 3 : lastMonth / 6, named);
    }

    // "July-September", "July-to-September": the token of the last month when it closes the three months opened by
    // <paramref name="month"/> at token i, else null with the month itself as the last
    private static int? FirstToLastMonth(AnalyzedDocument doc, int i, int month, out int lastMonth)
    {
        lastMonth = month;
        int at = doc.Is(i + 1, "-") && doc.Is(i + 2, "to") && doc.Is(i + 3, "-") ? i + 4 : doc.Is(i + 1, "-") || doc.Is(i + 1, "–") ? i + 2 : -1;
        if (at < 0 || at >= doc.Tokens.Count || PeriodWords.Month(doc.TokenText(at)) is not { } closing || closing != month + 2)
        {
            return null;
        }

        lastMonth = closing;
        return at;
    }

    // a year of four or two digits glued before the code at i ("2018Q4", "18q4"), or null
    private static int? GluedYear(AnalyzedDocument doc, int i) =>
        i > 0 && Glued(doc, i - 1, i) && doc.Tokens[i - 1].Kind == Text.TokenKind.Number && doc.TokenText(i - 1) is { Length: 2 or 4 } digits
        && int.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int y)
        && (digits.Length == 2 || y is >= 1800 and <= 2100)
            ? (digits.Length == 2 ? 2000 + y : y)
            : null;

    private static bool Glued(AnalyzedDocument doc, int left, int right) =>
        left >= 0 && right < doc.Tokens.Count && doc.Tokens[right].Start == doc.Tokens[left].End;

    // Without a year: the latest begun by publication, or, where the clause looks ahead ("expects the rate to stay at 4.5%
    // until the third quarter"), the first not yet over.
    private static PeriodExpression Make(AnalyzedDocument doc, Sentence? sentence, int first, int end, bool quarter, int part, int? year)
    {
        if (year is null && doc.Published is { } p)
        {
            int startMonth = quarter ? ((part - 1) * 3) + 1 : ((part - 1) * 6) + 1;
            int endMonth = startMonth + (quarter ? 2 : 5);
            year = sentence is { } clause && Tense.Ahead(doc, clause, first) ? (endMonth < p.Month ? p.Year + 1 : p.Year)
                : startMonth > p.Month ? p.Year - 1 : p.Year;
        }

        Period? period = year is { } y ? (quarter ? Period.Quarter(y, part) : Period.Half(y, part)) : null;
        return PeriodResolver.Make(doc, first, end, period, PeriodCue.Part);
    }
}
