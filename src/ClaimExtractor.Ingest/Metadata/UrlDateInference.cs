using System.Globalization;
using System.Text.RegularExpressions;
using ClaimExtractor.Core.Documents;

namespace ClaimExtractor.Ingest.Metadata;

/// <summary>A date in an article URL's path, as news sites write them: <c>/2024/12/19/</c> or <c>/2024-12-19/</c>.</summary>
public static partial class UrlDateInference
{
    /// <summary>The date in <paramref name="url"/> as a candidate with <see cref="PublishedSource.Url"/>, or <see cref="MetadataCandidate.None"/>.</summary>
    public static MetadataCandidate Infer(string? url)
    {
        if (string.IsNullOrEmpty(url) || PathDate().Match(url) is not { Success: true } match)
        {
            return MetadataCandidate.None;
        }

        var year = int.Parse(match.Groups["y"].ValueSpan, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["m"].ValueSpan, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups["d"].ValueSpan, CultureInfo.InvariantCulture);
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new MetadataCandidate { Published = new DateOnly(year, month, day), PublishedFrom = PublishedSource.Url }
            : MetadataCandidate.None;
    }

    [GeneratedRegex(@"/(?<y>(?:19|20)\d{2})([/-])(?<m>\d{1,2})\1(?<d>\d{1,2})(?=[/\-_.?#]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex PathDate();
}
