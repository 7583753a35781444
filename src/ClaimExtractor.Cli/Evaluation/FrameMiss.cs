namespace ClaimExtractor.Cli.Evaluation;

/// <summary>
/// A matched claim whose subject or period disagrees with gold: what gold expects, what the run gave, the sentence,
/// and the <see cref="Causes"/> the disagreement falls under, so misses can be counted by cause.
/// </summary>
/// <param name="Doc">The gold document file.</param>
/// <param name="GoldId">The gold claim id.</param>
/// <param name="Quote">The gold quote.</param>
/// <param name="Sentence">The sentence the run read the claim from.</param>
/// <param name="Subject">Expected and got subject, or null when the subject agrees.</param>
/// <param name="Period">Expected and got period label, or null when the period agrees.</param>
public sealed record FrameMiss(string Doc, string GoldId, string Quote, string Sentence,
    (string? Expected, string? Got)? Subject, (string? Expected, string? Got)? Period)
{
    /// <summary>The causes this miss falls under ("subject: missing", "period: too fine", ...), subject first.</summary>
    public IReadOnlyList<string> Causes =>
        [.. new[] { Subject is { } s ? "subject: " + SubjectCause(s.Expected, s.Got) : null, Period is { } p ? "period: " + PeriodCause(p.Expected, p.Got) : null }
            .OfType<string>()];

    /// <summary>Why a subject disagrees: none given, one given where gold has none, or another entity.</summary>
    public static string SubjectCause(string? expected, string? got) =>
        (string.IsNullOrEmpty(expected), string.IsNullOrEmpty(got)) switch
        {
            (false, true) => "missing",
            (true, false) => "given where gold has none",
            _ => "another entity",
        };

    /// <summary>
    /// Why a period disagrees: none given, one given where gold has none, the right year at a finer or coarser grain
    /// ("2026-07-04" or "2026" for "2026-07"), or another period.
    /// </summary>
    public static string PeriodCause(string? expected, string? got)
    {
        if (string.IsNullOrEmpty(got) || string.IsNullOrEmpty(expected))
        {
            return string.IsNullOrEmpty(got) ? "missing" : "given where gold has none";
        }

        if (got.StartsWith(expected, StringComparison.Ordinal))
        {
            return "too fine";
        }

        if (expected.StartsWith(got, StringComparison.Ordinal))
        {
            return "too coarse";
        }

        return got.Length >= 4 && expected.Length >= 4 && got.AsSpan(0, 4).SequenceEqual(expected.AsSpan(0, 4))
            ? "same year, other part" : "another period";
    }

    /// <summary>One line for a reader: doc, id, quote, expected vs got, then the sentence.</summary>
    public override string ToString() =>
        $"{Doc}: {GoldId} '{Quote}'" +
        (Subject is { } s ? $" subject '{s.Got}' (gold '{s.Expected}')" : "") +
        (Period is { } p ? $" period '{p.Got}' (gold '{p.Expected}')" : "") +
        $"\n    \"{Sentence}\"";
}
