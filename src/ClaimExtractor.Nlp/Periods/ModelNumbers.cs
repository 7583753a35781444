using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Periods;

/// <summary>
/// A number written like a year that names a model, product or plan: right after a capitalized name, with no year cue
/// ("in", "since", "of", a month) between them ("the RTX 2060 costs $349", "Windows 2000", "Saudi Arabia's Vision
/// 2030"). A name's number within <see cref="EditionYears"/> years of publication is an edition's year ("CES 2024",
/// "Euro 2024", "Tokyo 2020" in a 2021 story) and stays a year.
/// </summary>
internal static class ModelNumbers
{
    /// <summary>How far from the publication year a name's year may lie and still be the year of an edition.</summary>
    public const int EditionYears = 2;

    // capitalized words a year follows as a year: articles, prepositions and other words that open a sentence or a
    // headline ("A 2015 earthquake", "In 2023", "By 2030", "Since 2019"), and words of the periods themselves ("Fiscal
    // 2024", "Summer 2024")
    private static readonly WordSet YearCues = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "a", "an", "in", "since", "by", "of", "until", "till", "through", "thru", "from", "to", "before", "after", "during", "between",
        "and", "or", "early", "late", "mid", "around", "about", "circa", "ca", "c", "than", "for", "as", "at", "on", "end",
        "year", "fiscal", "fy", "the", "spring", "summer", "autumn", "fall", "winter", "class", "vintage", "budget", "census",
        "election", "elections", "season", "edition", "model", "also", "then", "but", "so", "only", "last", "next", "this",
        "that", "every", "each", "throughout", "within", "over", "under", "beyond", "past", "into", "unlike", "like", "versus", "vs");

    /// <summary>True when the year-like number <paramref name="year"/> at token <paramref name="i"/> names a model, not a year.</summary>
    public static bool Names(AnalyzedDocument doc, int i, int year)
    {
        int name = i - 1;
        if (name < 0 || doc.Tokens[name].Kind != TokenKind.Word)
        {
            return false;
        }

        var word = doc.TokenText(name);
        if (word.IndexOfAnyInRange('A', 'Z') < 0 || YearCues.Contains(word)
            || PeriodWords.Month(word) is not null || PeriodWords.Weekday(word) is not null)
        {
            return false;
        }

        return doc.Published is not { } published || Math.Abs(year - published.Year) > EditionYears;
    }
}
