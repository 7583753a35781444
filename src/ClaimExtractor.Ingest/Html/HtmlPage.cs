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

    /// <summary>
    /// The story as a reader sees it: the headline (which markup keeps apart from the body, and which often carries
    /// the key figure) as its first paragraph, then the main text. <see cref="Text"/> alone is the body.
    /// </summary>
    public string StoryText =>
        Metadata.Title is { Length: > 0 } title && !Text.StartsWith(title.Trim(), StringComparison.Ordinal) ? title.Trim() + "\n\n" + Text : Text;
}
