using System.Runtime.InteropServices;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Periods;

/// <summary>
/// The words no time expression goes without: digits, month, weekday and season names, units of time ("week",
/// "quarter"), the present and the days around it ("now", "yesterday"), number, ordinal and decade words, a market's
/// session ("trading"), and the holidays of the lexicon. Every expression the readers take holds one within its first <see cref="Reach"/> tokens,
/// so the resolver tries its readers only there: most of a story's tokens are passed over after one look-up each.
/// </summary>
internal sealed class PeriodAnchors(HolidayLexicon holidays)
{
    /// <summary>How far into an expression its first anchor may lie ("the end of the current fiscal year": 6).</summary>
    public const int Reach = 10;

    // units of time, the present and the days around it, seasons, decades, number words, and month and weekday names
    // with every shortening of three letters or more ("Mar", "march", "Sept", "Thurs"), in any case
    private static readonly WordSet Words = new[]
    {
        "day", "days", "week", "weeks", "weekend", "weekends", "fortnight", "fortnights", "month", "months", "quarter", "quarters",
        "qtr", "year", "years", "yr", "yrs", "decade", "decades", "century", "centuries", "half", "halves", "millennium", "w",
        "fy", "ytd", "date", "ago", "today", "tonight", "yesterday", "tomorrow", "tmrw", "now", "currently", "morning", "afternoon",
        "evening", "night", "spring", "summer", "autumn", "fall", "winter", "tens", "twenties", "thirties", "forties", "fifties",
        "sixties", "seventies", "eighties", "nineties", "noughties", "hundred", "thousand", "zero", "oh", "o", "trading", "trade",
        "deals", "dealings", "dealing", "season",
    }
        .Concat(NumberNames.Values.Keys)
        .Concat(new[]
        {
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
            "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        }.SelectMany(name => Enumerable.Range(3, name.Length - 2).Select(length => name[..length])))
        .ToWordSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Sets <paramref name="near"/> to one flag per token of <paramref name="sentence"/>: whether an anchor lies at it or
    /// within <see cref="Reach"/> tokens after it.
    /// </summary>
    public void Mark(AnalyzedDocument doc, Sentence sentence, List<bool> near)
    {
        near.Clear();
        CollectionsMarshal.SetCount(near, sentence.EndToken - sentence.FirstToken);
        var flags = CollectionsMarshal.AsSpan(near);
        int next = int.MaxValue - Reach;
        for (int i = sentence.EndToken - 1; i >= sentence.FirstToken; i--)
        {
            if (IsAnchor(doc, i))
            {
                next = i;
            }

            flags[i - sentence.FirstToken] = next - i < Reach;
        }
    }

    private bool IsAnchor(AnalyzedDocument doc, int i)
    {
        var word = doc.TokenText(i);
        if (doc.Tokens[i].Kind == TokenKind.Number || word.IndexOfAnyInRange('0', '9') >= 0)
        {
            return true;
        }

        // "mid-March", "year-to-date", "twenty-first", "pre-Christmas": any part of a hyphened word
        while (word.IndexOf('-') is var hyphen and >= 0)
        {
            if (Names(word[..hyphen]))
            {
                return true;
            }

            word = word[(hyphen + 1)..];
        }

        return Names(word);
    }

    private bool Names(ReadOnlySpan<char> part)
    {
        // "Sept.", "Thurs.": the word without its dots (a word without them was just looked up)
        return Words.Contains(part) || (part.Length > 0 && part[^1] == '.' && Words.Contains(part.TrimEnd('.')))
            || (part.Length > 1 && part[^1] == 's' && Words.Contains(part[..^1]))
            || DayWords.IsOrdinal(part) || holidays.Opens(part);
    }
}
