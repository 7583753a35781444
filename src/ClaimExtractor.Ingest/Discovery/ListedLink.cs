namespace ClaimExtractor.Ingest.Discovery;

/// <summary>
/// One link a feed or sitemap lists: an article (<see cref="ListingKind.Feed"/>, <see cref="ListingKind.Sitemap"/>) or a
/// child sitemap (<see cref="ListingKind.SitemapIndex"/>), absolute, with the date and title the listing gives, if any.
/// </summary>
public sealed record ListedLink(string Url, DateOnly? Published, string? Title);
