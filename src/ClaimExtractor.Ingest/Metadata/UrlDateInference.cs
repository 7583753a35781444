using System.Globalization;
using System.Text.RegularExpressions;
using ClaimExtractor.Core.Documents;

namespace ClaimExtractor.Ingest.Metadata;

/// <summary>A date in an article URL's path, as news sites write them: <c>/2024/12/19/</c> or <c>/2024-12-19/</c>.</summary>
public static partial class UrlDateInference
{
    /// <summary>The date in <paramref name="url"/> as a candidate with <see cref="PublishedSource.Url"/>, or <see cref="ArticleMetadata.Empty"/>.</summary>
    public static ArticleMetadata Infer(string? url)
    {
        if (string.IsNullOrEmpty(url) || PathDate().Match(url) is not { Success: true } match)
        {
            return ArticleMetadata.Empty;
        }

        var year = int.Parse(match.Groups["y"].ValueSpan, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["m"].ValueSpan, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups["d"].ValueSpan, CultureInfo.InvariantCulture);
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new ArticleMetadata { Published = new DateOnly(year, month, day), PublishedFrom = PublishedSource.Url }
            : ArticleMetadata.Empty;
    }

    [GeneratedRegex(@"/(?<y>(?:19|20)\d{2})([/-])(?<m>\d{1,2})\1(?<d>\d{1,2})(?=[/\-_.?#]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex PathDate();
}
