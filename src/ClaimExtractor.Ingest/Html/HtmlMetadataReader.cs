using AngleSharp.Dom;
using ClaimExtractor.Core.Documents;
using ClaimExtractor.Ingest.Metadata;

namespace ClaimExtractor.Ingest.Html;

/// <summary>
/// Metadata from a parsed page, before any element is removed. Date, best first: JSON-LD <c>datePublished</c>, a
/// publication-time meta tag, microdata (<c>itemprop="datePublished"</c>), a <c>&lt;time datetime&gt;</c> in the article;
/// the modified date (JSON-LD <c>dateModified</c>, <c>article:modified_time</c>, ...) is kept apart and never taken for it. Title: <c>og:title</c>, JSON-LD headline,
/// the first <c>h1</c>, <c>&lt;title&gt;</c> (which often carries the site name, hence last).
/// </summary>
internal static class HtmlMetadataReader
{
    // in order of trust; names are compared lower-cased
    private static readonly string[] DateMetaKeys =
    [
        "article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate", "publish-date", "date",
        "dc.date.issued", "dcterms.issued", "dc.date", "parsely-pub-date", "sailthru.date", "article.published",
    ];

    private static readonly string[] ModifiedMetaKeys =
    [
        "article:modified_time", "og:updated_time", "datemodified", "last-modified", "dcterms.modified", "dc.date.modified",
    ];

    private static readonly string[] AuthorMetaKeys = ["author", "article:author", "parsely-author", "sailthru.author", "dc.creator"];

    public static ArticleMetadata Read(IDocument document)
    {
        var meta = MetaTags(document);
        var jsonLd = JsonLdReader.Read(document.QuerySelectorAll("script[type='application/ld+json' i]").Select(s => s.TextContent));

        var (published, from) = (jsonLd?.Published, PublishedSource.JsonLd);
        if (published is null)
        {
            (published, from) = (DateMetaKeys.Select(k => DateText.Parse(meta.GetValueOrDefault(k))).FirstOrDefault(d => d is not null), PublishedSource.Meta);
        }

        if (published is null)
        {
            (published, from) = (Microdata(document, "datePublished"), PublishedSource.Microdata);
        }

        if (published is null)
        {
            (published, from) = (TimeElements.FindPublished(document), PublishedSource.Time);
        }

        var modified = jsonLd?.Modified
            ?? ModifiedMetaKeys.Select(k => DateText.Parse(meta.GetValueOrDefault(k))).FirstOrDefault(d => d is not null)
            ?? Microdata(document, "dateModified");

        var authors = new List<string>(jsonLd?.Authors ?? []);
        if (authors.Count == 0)
        {
            foreach (var key in AuthorMetaKeys)
            {
                AuthorList.Add(authors, meta.GetValueOrDefault(key));
            }
        }

        return new ArticleMetadata
        {
            Title = First(meta.GetValueOrDefault("og:title"), jsonLd?.Headline, Text(document.QuerySelector("h1")), document.Title),
            Outlet = First(meta.GetValueOrDefault("og:site_name"), jsonLd?.Publisher, meta.GetValueOrDefault("application-name")),
            Url = First(document.QuerySelector("link[rel~='canonical' i]")?.GetAttribute("href"), meta.GetValueOrDefault("og:url"), jsonLd?.Url),
            Authors = authors,
            Published = published,
            PublishedFrom = published is null ? PublishedSource.None : from,
            Modified = modified,
            Language = Language(document.DocumentElement.GetAttribute("lang") ?? meta.GetValueOrDefault("og:locale")),
        };
    }

    /// <summary>Meta tags by <c>property</c>, <c>name</c>, <c>itemprop</c> or <c>http-equiv</c>, lower-cased; the first tag of a key wins.</summary>
    private static Dictionary<string, string> MetaTags(IDocument document)
    {
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var element in document.QuerySelectorAll("meta[content]"))
        {
            var content = element.GetAttribute("content");
            if (string.IsNullOrWhiteSpace(content))
            {
                continue;
            }

            foreach (var attribute in (ReadOnlySpan<string>)["property", "name", "itemprop"])
            {
                if (element.GetAttribute(attribute) is { Length: > 0 } key)
                {
                    tags.TryAdd(key.Trim().ToLowerInvariant(), content.Trim());
                }
            }
        }

        return tags;
    }

    // <span itemprop="datePublished" content="2024-12-19">Dec 19</span> or the element's own text; <time> and <meta>
    // carry theirs in attributes read elsewhere, but a plain element is read here
    private static DateOnly? Microdata(IDocument document, string property) =>
        document.QuerySelectorAll($"[itemprop~='{property}' i]:not(meta)")
            .Select(e => DateText.Parse(e.GetAttribute("content") ?? e.GetAttribute("datetime") ?? e.TextContent))
            .FirstOrDefault(d => d is not null);

    private static string? Text(IElement? element) => element is null ? null : Whitespace.Normalize(element.TextContent);

    private static string? First(params string?[] values) =>
        values.Select(v => v is null ? null : Whitespace.Normalize(v)).FirstOrDefault(v => !string.IsNullOrEmpty(v));

    // ISO 639-1 from "en-US", "en_GB", "EN"
    private static string? Language(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return null;
        }

        var code = tag.Trim().Split('-', '_')[0].ToLowerInvariant();
        return code.Length is 2 or 3 && code.All(char.IsAsciiLetterLower) ? code : null;
    }
}
