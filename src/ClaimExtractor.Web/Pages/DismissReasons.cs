namespace ClaimExtractor.Web.Pages;

/// <summary>The reason codes a reviewer picks when dismissing a flag, stored as given.</summary>
public static class DismissReasons
{
    /// <summary>Code and label, in the order shown.</summary>
    public static IReadOnlyList<(string Code, string Label)> All { get; } =
    [
        ("different_period", "Different period"),
        ("different_metric", "Different metric"),
        ("different_subject", "Different subject"),
        ("rounding", "Rounding"),
        ("extraction_error", "Extraction error"),
        ("other", "Other"),
    ];

    /// <summary>True for one of <see cref="All"/>'s codes.</summary>
    public static bool IsKnown(string? code) => All.Any(r => string.Equals(r.Code, code, StringComparison.Ordinal));
}
