using ClaimExtractor.Core.Periods;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Periods;

/// <summary>
/// Centuries: "the 21st century", "the nineteenth century" as the hundred years from x00 to x99, as the name is used
/// (and as Recognizers-Text resolves it), not the strict 1901-2000. "21st-century" before a noun is an adjective. "The end
/// of the century" is the year that closes the century of publication (2100).
/// </summary>
internal static class CenturyReader
{
    private static readonly WordMap<int> Words = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["sixteenth"] = 16,
        ["seventeenth"] = 17,
        ["eighteenth"] = 18,
        ["nineteenth"] = 19,
        ["twentieth"] = 20,
        ["twenty-first"] = 21,
    }.ToWordMap(StringComparer.OrdinalIgnoreCase);

    /// <summary>Reads a century starting at token <paramref name="i"/>, or null.</summary>
    public static PeriodExpression? Read(AnalyzedDocument doc, int i, int end)
    {
        // "by the end of the century", "the end of this century": the year that closes the century of publication, as
        // projections use it (2100)
        if (doc.Is(i, "the") && doc.Is(i + 1, "end") && doc.Is(i + 2, "of") && (doc.Is(i + 3, "the") || doc.Is(i + 3, "this")) && doc.Is(i + 4, "century")
            && doc.Published is { } published)
        {
            return PeriodResolver.Make(doc, i, i + 5, Period.Year((((published.Year - 1) / 100) + 1) * 100), PeriodCue.Year);
        }

        if (!doc.Is(i + 1, "century") && !doc.Is(i + 2, "century"))
        {
            return null;
        }

        int n, unit;
        if (Words.TryGetValue(doc.TokenText(i), out int named))
        {
            (n, unit) = (named, i + 1);
        }
        else if (NumericDates.TryDay(doc, i, end, out int digits, out int after) && after == i + 2 && digits is >= 1 and <= 22)
        {
            (n, unit) = (digits, after);
        }
        else
        {
            return null;
        }

        if (!doc.Is(unit, "century") || doc.Is(unit - 1, "-"))
        {
            return null;
        }

        int first = doc.Is(i - 1, "the") ? i - 1 : i;
        int from = (n - 1) * 100;
        return from < 1 ? null : PeriodResolver.Make(doc, first, unit + 1, Period.Between(Period.Year(from), Period.Year(from + 99)), PeriodCue.Year);
    }
}
