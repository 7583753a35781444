using ClaimExtractor.Core.Documents;

namespace ClaimExtractor.Core.Ingest;

/// <summary>One input from a source: an article, or why there is none.</summary>
public sealed record SourceItem(string Source, SourceItemKind Kind, Article? Article, string? Reason)
{
    /// <summary>An article read from <paramref name="article"/>'s source.</summary>
    public static SourceItem Read(Article article) => new(article.Source, SourceItemKind.Article, article, null);

    /// <summary>An input that failed, with a reason a user can act on.</summary>
    public static SourceItem Fail(string source, string reason) => new(source, SourceItemKind.Failed, null, reason);

    /// <summary>An input that is not an article.</summary>
    public static SourceItem Skip(string source, string reason) => new(source, SourceItemKind.Skipped, null, reason);
}
