using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Quantities;

/// <summary>
/// Nouns of a measure that make the four-digit number after them and "of" a figure, not a year: "a total score of 2072",
/// "a tally of 1905", "a reading of 1850" ("the end of 2030", "the summer of 2030" and "the class of 2030" stay years).
/// </summary>
internal static class MeasureNouns
{
    private static readonly WordSet Nouns = WordSet.Create(StringComparer.OrdinalIgnoreCase,
        "score", "scores", "total", "tally", "reading", "value", "index", "count", "sum", "rating", "average", "population", "attendance", "crowd");

    /// <summary>
    /// True when the number at <paramref name="k"/> follows a measure noun and "of"; "the total of 2019" names that
    /// year's total, so "the" right before the noun keeps the year.
    /// </summary>
    public static bool Precede(AnalyzedDocument doc, int k) => doc.Is(k - 1, "of") && doc.IsAny(k - 2, Nouns) && !doc.Is(k - 3, "the");
}
