namespace ClaimExtractor.Ingest.Discovery;

/// <summary>A parsed feed or sitemap: its kind and its links in document order (not yet deduplicated).</summary>
public sealed record Listing(ListingKind Kind, IReadOnlyList<ListedLink> Links);
