using ClaimExtractor.Core.Documents;

namespace ClaimExtractor.Ingest.Metadata;

/// <summary>Merges candidates, best evidence first: for each field the first candidate that has a value wins.</summary>
public static class MetadataResolver
{
    /// <summary>Resolves <paramref name="candidates"/>, given in order of precedence.</summary>
    public static ArticleMetadata Resolve(IEnumerable<MetadataCandidate> candidates)
    {
        string? title = null, outlet = null, url = null, language = null;
        IReadOnlyList<string> authors = [];
        DateOnly? published = null;
        var publishedFrom = PublishedSource.None;
        foreach (var candidate in candidates)
        {
            title ??= Clean(candidate.Title);
            outlet ??= Clean(candidate.Outlet);
            url ??= Clean(candidate.Url);
            language ??= Clean(candidate.Language);
            if (authors.Count == 0 && candidate.Authors.Count > 0)
            {
                authors = candidate.Authors;
            }

            if (published is null && candidate.Published is { } date)
            {
                published = date;
                publishedFrom = candidate.PublishedFrom;
            }
        }

        return new ArticleMetadata
        {
            Title = title,
            Outlet = outlet,
            Url = url,
            Authors = authors,
            Published = published,
            PublishedFrom = publishedFrom,
            Language = language,
        };
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
