using System.Globalization;
using ClaimExtractor.Core.Consistency;
using ClaimExtractor.Core.Documents;

namespace ClaimExtractor.Web.Pages;

/// <summary>The contract names the pages and the API show and accept (the same as the exports').</summary>
public static class Names
{
    /// <summary>open, confirmed or dismissed.</summary>
    public static string Of(ContradictionStatus status) => status switch
    {
        ContradictionStatus.Open => "open",
        ContradictionStatus.Confirmed => "confirmed",
        ContradictionStatus.Dismissed => "dismissed",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>ok, warning or failed.</summary>
    public static string Of(DocumentStatus status) => status switch
    {
        DocumentStatus.Ok => "ok",
        DocumentStatus.Warning => "warning",
        DocumentStatus.Failed => "failed",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>Reads a status name back.</summary>
    /// <exception cref="FormatException">Not a status name.</exception>
    public static ContradictionStatus ParseStatus(string name) =>
        Enum.GetValues<ContradictionStatus>().FirstOrDefault(s => string.Equals(Of(s), name, StringComparison.Ordinal)) is var status
        && string.Equals(Of(status), name, StringComparison.Ordinal)
            ? status
            : throw new FormatException("expected open, confirmed or dismissed");

    /// <summary>ISO date (<c>yyyy-MM-dd</c>), or null.</summary>
    public static string? Of(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
