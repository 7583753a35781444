using AngleSharp.Dom;

namespace ClaimExtractor.Ingest.Html;

/// <summary>
/// Tells an index, section or tag page from an article: a river of story teasers (many short <c>&lt;article&gt;</c>s, or
/// many headlines that are links) and no container holding a story's worth of paragraphs. Teasers inside page
/// furniture (a "related" rail, a footer) do not count, so an article with a long recommendations grid stays an article,
/// and a page that declares itself an article (og:type, JSON-LD) is taken at its word.
/// </summary>
internal static class ListingPage
{
    private const int MinTeasers = 6;
    private const int MaxTeaserChars = 700;
    private const int MinHeadlineLinks = 8;
    private const int MinHeadlineChars = 15;
    private const double MinHeadlineLinkShare = 0.8;
    private const int StoryChars = 1200;
    private const int MinParagraphChars = 25;

    /// <summary>Why the page is a listing rather than an article, or null when it may be an article. Reads, never changes, the page.</summary>
    public static string? Detect(IDocument document)
    {
        if (document.Body is not { } body)
        {
            return null;
        }

        // the cheap counts first: most pages are not a river of teasers, and then nothing else is read
        var teasers = body.QuerySelectorAll("article")
            .Count(a => a.ParentElement?.Closest("article") is null && a.TextContent.Length <= MaxTeaserChars && !InFurniture(a));
        var headlineLinks = body.QuerySelectorAll("h2, h3, h4")
            .Count(h => IsLinkedHeadline(h) && !InFurniture(h));
        if (teasers < MinTeasers && headlineLinks < MinHeadlineLinks)
        {
            return null;
        }

        var isStory = body.QuerySelector("[itemprop~='articleBody' i], article h1") is not null
            || LongestParagraphRun(body) >= StoryChars || DeclaresArticle(document);
        return isStory ? null : $"an index or listing page ({Math.Max(teasers, headlineLinks)} story teasers, no article body), not an article";
    }

    // the page's own word wins over its shape: og:type "article" or a JSON-LD node of an article type
    private static bool DeclaresArticle(IDocument document) =>
        document.QuerySelector("meta[property='og:type' i]")?.GetAttribute("content")?.StartsWith("article", StringComparison.OrdinalIgnoreCase) == true
        || JsonLdReader.DeclaresArticle(document.QuerySelectorAll("script[type='application/ld+json' i]").Select(s => s.TextContent));

    // the most paragraph text that one container holds directly: a story has one such run, a river of teasers has none
    private static int LongestParagraphRun(IElement body)
    {
        var runs = new Dictionary<IElement, int>();
        foreach (var paragraph in body.QuerySelectorAll("p"))
        {
            var length = paragraph.TextContent.Trim().Length;
            if (length >= MinParagraphChars && paragraph.ParentElement is { } parent)
            {
                runs[parent] = runs.GetValueOrDefault(parent) + length;
            }
        }

        return runs.Count == 0 ? 0 : runs.Values.Max();
    }

    private static bool IsLinkedHeadline(IElement heading)
    {
        var length = heading.TextContent.Trim().Length;
        var linked = heading.QuerySelectorAll("a").Sum(a => a.TextContent.Trim().Length) + (heading.Closest("a") is null ? 0 : length);
        return length >= MinHeadlineChars && linked >= length * MinHeadlineLinkShare;
    }

    private static bool InFurniture(IElement element)
    {
        for (var node = element.ParentElement; node is not null && node.LocalName != "body"; node = node.ParentElement)
        {
            if (node.LocalName is "aside" or "nav" or "footer" || Boilerplate.HasName(node, Boilerplate.OtherPagesWords))
            {
                return true;
            }
        }

        return false;
    }
}
