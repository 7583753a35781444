using ClaimExtractor.Core.Documents;
using ClaimExtractor.Core.Ingest;

namespace ClaimExtractor.Ingest.Web;

/// <summary>
/// One URL for <see cref="UrlSource"/> to fetch, or the failed item that stands in its place, with what the feed or
/// sitemap that listed it says about the article (<see cref="ArticleMetadata.Empty"/> for URLs given directly).
/// </summary>
internal sealed record UrlEntry(string Source, SourceItem? Problem, ArticleMetadata Listed)
{
    public static UrlEntry Given(string url) => new(url, null, ArticleMetadata.Empty);

    public static UrlEntry Failed(string source, string reason) => new(source, SourceItem.Fail(source, reason), ArticleMetadata.Empty);
}
