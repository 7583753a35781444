using ClaimExtractor.Core.Documents;

namespace ClaimExtractor.Ingest.Html;

/// <summary>A page read by <see cref="HtmlArticleReader"/>: its main text, its metadata, and whether the text is long enough to be an article.</summary>
public sealed record HtmlPage(string Text, ArticleMetadata Metadata, bool HasArticleText);
