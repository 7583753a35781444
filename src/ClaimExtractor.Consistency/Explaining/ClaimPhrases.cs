using System.Globalization;
using ClaimExtractor.Core.Claims;
using ClaimExtractor.Core.Quantities;

namespace ClaimExtractor.Consistency.Explaining;

/// <summary>The words explanations are built from: a claim's value as worded, its document, the shared key.</summary>
public static class ClaimPhrases
{
    /// <summary>The value as the text words it, qualifier included: "more than $1.6 billion".</summary>
    public static string Value(StoredClaim claim)
    {
        string quote = claim.Claim.Quote;
        string? word = claim.Claim.Quantity.Qualifier switch
        {
            Qualifier.Approx => "about",
            Qualifier.MoreThan => "more than",
            Qualifier.AtLeast => "at least",
            Qualifier.LessThan => "less than",
            Qualifier.AtMost => "up to",
            _ => null,
        };
        return word is null || quote.StartsWith(word, StringComparison.OrdinalIgnoreCase) ? quote : $"{word} {quote}";
    }

    /// <summary>The document as a reviewer recognises it: outlet, else title, else file name; with its date.</summary>
    public static string Document(StoredClaim claim)
    {
        var document = claim.Document;
        string name = document.Outlet
            ?? (document.Title is { Length: > 0 } title ? $"\"{Shorten(title, 60)}\"" : Path.GetFileName(document.Source));
        return document.Published is { } published
            ? $"{name} ({published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)})"
            : name;
    }

    /// <summary>
    /// The shared key in words: "North Korea, theft value, 2024"; a change names the period it is measured from:
    /// "United Kingdom, price value change, 2026-11 against 2025-11".
    /// </summary>
    public static string Key(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var key = Key(claim.Subject?.Name, claim.MetricKey, claim.Period?.Label);
        return claim.ChangeOf?.Reference?.Label is { Length: > 0 } baseline ? $"{key} against {baseline}" : key;
    }

    /// <summary>A key in words from its parts; a missing subject is "all subjects", a missing period "undated".</summary>
    public static string Key(string? subject, string metricKey, string? period) =>
        $"{subject ?? "all subjects"}, {Metric(metricKey)}, {period ?? "undated"}";

    /// <summary>A metric key in words: <c>theft.value</c> is "theft value".</summary>
    public static string Metric(string metricKey) => metricKey.Replace('.', ' ').Replace('_', ' ');

    /// <summary>"; both cite Chainalysis" when both name the same source, else empty.</summary>
    public static string SharedSource(StoredClaim a, StoredClaim b) =>
        SameSource(a, b) ? $"; both cite {a.Claim.Attribution}" : "";

    /// <summary>True when both claims name the same source.</summary>
    public static bool SameSource(StoredClaim a, StoredClaim b) =>
        a.Claim.Attribution is { Length: > 0 } x && b.Claim.Attribution is { Length: > 0 } y &&
        string.Equals(x.Trim(), y.Trim(), StringComparison.OrdinalIgnoreCase);

    private static string Shorten(string text, int max) => text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");
}
