using ClaimExtractor.Core.Documents;

namespace ClaimExtractor.Ingest.Metadata;

/// <summary>
/// Merges what each place (a sidecar, a manifest row, the HTML head, front matter, the text) says about an article,
/// best evidence first: for each field the first that has a value wins, and the date keeps where it came from.
/// </summary>
public static class MetadataResolver
{
    /// <summary>Resolves <paramref name="candidates"/>, given in order of precedence.</summary>
    public static ArticleMetadata Resolve(IEnumerable<ArticleMetadata> candidates)
    {
        string? title = null, outlet = null, url = null, language = null;
        IReadOnlyList<string> authors = [];
        DateOnly? published = null;
        DateTimeOffset? fetched = null;
        DateOnly? modified = null;
        var publishedFrom = PublishedSource.None;
        foreach (var candidate in candidates)
        {
            title ??= Clean(candidate.Title);
            outlet ??= Clean(candidate.Outlet);
            url ??= Clean(candidate.Url);
            language ??= Clean(candidate.Language);
            fetched ??= candidate.Fetched;
            modified ??= candidate.Modified;
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
            Fetched = fetched,
            Modified = modified,
        };
    }

    /// <summary>
    /// Resolves what the input and the page say (<paramref name="found"/>, best first), then what the text itself
    /// suggests: a date from the URL or the text only when nothing gave one, a headline and byline from the first lines.
    /// </summary>
    public static ArticleMetadata Resolve(ArticleMetadata[] found, string text)
    {
        var url = found.Select(c => c.Url).FirstOrDefault(u => !string.IsNullOrWhiteSpace(u));
        ArticleMetadata[] dates = found.All(c => c.Published is null) ? [UrlDateInference.Infer(url), TextDateInference.Infer(text)] : [];
        var headerKnown = found.Any(c => !string.IsNullOrWhiteSpace(c.Title)) && found.Any(c => c.Authors.Count > 0);
        ArticleMetadata[] header = headerKnown ? [] : [TextHeaderInference.Infer(text)];
        return Resolve([.. found, .. dates, .. header]);
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
