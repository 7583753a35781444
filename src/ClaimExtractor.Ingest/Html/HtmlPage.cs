using ClaimExtractor.Core.Documents;

namespace ClaimExtractor.Ingest.Html;

/// <summary>
/// A page read by <see cref="HtmlArticleReader"/>: its main text, its metadata, and why it is not an article (an index or
/// listing page, too little text), null when it is one.
/// </summary>
public sealed record HtmlPage(string Text, ArticleMetadata Metadata, string? NotArticle)
{
    /// <summary>Whether the page holds an article.</summary>
    public bool HasArticleText => NotArticle is null;
}
