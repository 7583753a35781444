namespace ClaimExtractor.Ingest.Discovery;

/// <summary>What a feed or sitemap document turned out to be.</summary>
public enum ListingKind
{
    /// <summary>RSS 2.0, RSS 1.0 (RDF) or Atom: its items link to articles.</summary>
    Feed,

    /// <summary>A sitemap <c>urlset</c>, news sitemaps included: its entries are articles.</summary>
    Sitemap,

    /// <summary>A <c>sitemapindex</c>: its entries are further sitemaps.</summary>
    SitemapIndex,
}
