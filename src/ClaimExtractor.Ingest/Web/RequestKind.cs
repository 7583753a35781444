namespace ClaimExtractor.Ingest.Web;

/// <summary>What a request is for, which decides whether its body is read and how large it may be.</summary>
internal enum RequestKind
{
    /// <summary>An article page: only an HTML body is read, up to the size cap.</summary>
    Page,

    /// <summary>A site's robots.txt: read whatever its type, up to 500 KiB, and never itself checked against robots.txt.</summary>
    Robots,

    /// <summary>A feed or sitemap: read whatever its type (XML, gzip), up to the size cap.</summary>
    Listing,
}
