namespace ClaimExtractor.Ingest.Html;

/// <summary>The fields of a JSON-LD article node that metadata uses.</summary>
internal sealed record JsonLdArticle(string? Headline, string? Publisher, string? Url, IReadOnlyList<string> Authors, DateOnly? Published);
