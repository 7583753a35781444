using ClaimExtractor.Core.Quantities;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Quantities;

/// <summary>
/// How often: "four times a week", "three times per day", "twice a year". A count per a stretch of time, its unit the
/// count's code over the stretch's duration code ("count/week"), as a measure per another unit is one code with a slash
/// (<see cref="UnitRatios"/>); what is counted is "times". "Four times as many" stays a multiplier.
/// </summary>
internal static class Frequencies
{
    /// <summary>What is counted in a frequency.</summary>
    public const string Noun = "times";

    // the words a frequency is quoted per with: "a week", "per day", "each month", "every year"
    private static readonly WordSet Pers = WordSet.Create(StringComparer.OrdinalIgnoreCase, "a", "an", "per", "each", "every");

    // number words that are a count of times by themselves ("twice a year")
    private static readonly WordSet TimesWords = WordSet.Create(StringComparer.OrdinalIgnoreCase, "twice", "thrice");

    private static readonly WordMap<string> Stretches = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["hour"] = "h",
        ["day"] = "day",
        ["week"] = "week",
        ["month"] = "month",
        ["year"] = "year",
    }.ToWordMap(StringComparer.OrdinalIgnoreCase);

    /// <summary>True when the word at <paramref name="k"/> counts times by itself and a stretch follows ("twice a year").</summary>
    public static bool IsTimesWord(AnalyzedDocument doc, int k, int end) =>
        doc.IsAny(k, TimesWords) && Stretch(doc, k + 1, end, out _) is not null;

    /// <summary>
    /// The unit of the frequency stated by the number at <paramref name="k"/> whose words end before
    /// <paramref name="next"/> ("four" then "times a week"; "twice" then "a year"), and the token after it; or null.
    /// </summary>
    public static Unit? Read(AnalyzedDocument doc, int k, int next, int end, out int after)
    {
        after = next;
        int per = doc.Is(next, Noun) ? next + 1 : next == k + 1 && doc.IsAny(k, TimesWords) ? next : -1;
        if (per < 0 || Stretch(doc, per, end, out after) is not { } code)
        {
            return null;
        }

        return new Unit("count/" + code, UnitDimension.Count);
    }

    // "a week", "per day": the stretch's duration code and the token after it
    private static string? Stretch(AnalyzedDocument doc, int at, int end, out int after)
    {
        after = at + 2;
        return at + 1 < end && doc.IsAny(at, Pers) && Stretches.TryGetValue(doc.TokenText(at + 1).ToString(), out var code) ? code : null;
    }
}
