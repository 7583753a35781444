namespace ClaimExtractor.Ingest.Html;

/// <summary>The fields of a JSON-LD article node that metadata uses.</summary>
internal sealed record JsonLdArticle(string? Headline, string? Publisher, string? Url, IReadOnlyList<string> Authors, DateOnly? Published, DateOnly? Modified)
{
    /// <summary>True when the node is of an article type, false for the page-level node used as a fallback.</summary>
    public bool IsArticle { get; init; }
}
