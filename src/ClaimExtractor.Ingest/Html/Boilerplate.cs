using System.Collections.Frozen;
using AngleSharp.Dom;

namespace ClaimExtractor.Ingest.Html;

/// <summary>Which elements are page furniture rather than article: by tag, and by words in their class and id.</summary>
internal static class Boilerplate
{
    public static FrozenSet<string> JunkTags { get; } = FrozenSet.Create(
        StringComparer.Ordinal,
        "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "figure", "figcaption",
        "iframe", "svg", "canvas", "button", "select", "input", "textarea", "object", "embed", "dialog", "menu", "link", "meta", "h1");

    public static FrozenSet<string> JunkWords { get; } = FrozenSet.Create(
        StringComparer.Ordinal,
        "related", "share", "sharing", "sharebar", "social", "newsletter", "comment", "comments", "subscribe", "subscription",
        "promo", "sidebar", "breadcrumb", "breadcrumbs", "cookie", "cookies", "consent", "popup", "modal", "advert",
        "advertisement", "ad", "ads", "adslot", "sponsored", "recommended", "recommendations", "recirculation", "outbrain",
        "taboola", "footer", "nav", "navbar", "navigation", "menu", "masthead", "signup", "toolbar", "trending",
        "caption", "disqus", "paywall", "banner", "byline", "dateline", "tags", "hidden", "print", "skip", "jump");

    /// <summary>Blocks whose dates belong to other pages: related links, lists, comments.</summary>
    public static FrozenSet<string> OtherPagesWords { get; } = FrozenSet.Create(
        StringComparer.Ordinal,
        "related", "recommended", "recommendations", "recirculation", "comment", "comments", "sidebar", "trending", "promo",
        "more", "newsletter", "nav", "navigation", "menu", "footer", "outbrain", "taboola", "popular", "latest");

    /// <summary>Blocks that hold many paragraphs and are still not the article: comments and recommendations.</summary>
    public static FrozenSet<string> ManyParagraphJunkWords { get; } = FrozenSet.Create(
        StringComparer.Ordinal,
        "comment", "comments", "disqus", "related", "recommended", "recommendations", "outbrain", "taboola");

    // these name furniture even beside a content word: "comment-body", "related-articles", "share-content"
    private static readonly FrozenSet<string> AlwaysJunkWords = FrozenSet.Create(
        StringComparer.Ordinal,
        "comment", "comments", "related", "recommended", "newsletter", "share", "sharing", "social", "outbrain",
        "taboola", "disqus", "cookie", "promo", "subscribe");

    // "article-footer" is still about the article; "entry-content" is the article
    private static readonly FrozenSet<string> ContentWords = FrozenSet.Create(
        StringComparer.Ordinal,
        "article", "body", "content", "main", "story", "text", "post", "entry", "prose");

    /// <summary>True for an element whose class or id names furniture (related, share, newsletter, comments, ...).</summary>
    public static bool HasJunkName(IElement element) => HasName(element, JunkWords);

    /// <summary>True when a word of the element's class or id is in <paramref name="words"/> and none names content.</summary>
    public static bool HasName(IElement element, FrozenSet<string> words)
    {
        var id = element.Id;
        var classes = element.GetAttribute("class");
        if (string.IsNullOrEmpty(id) && string.IsNullOrEmpty(classes))
        {
            return false;
        }

        bool junk = false, content = false;
        foreach (var word in Words(classes).Concat(Words(id)))
        {
            if (words.Contains(word))
            {
                if (AlwaysJunkWords.Contains(word))
                {
                    return true;
                }

                junk = true;
            }

            content |= ContentWords.Contains(word);
        }

        return junk && !content;
    }

    /// <summary>True for a hidden element: the <c>hidden</c> attribute or an inline <c>display:none</c>.</summary>
    public static bool IsHidden(IElement element)
    {
        if (element.HasAttribute("hidden") || string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var style = element.GetAttribute("style");
        return style is not null && style.Replace(" ", "", StringComparison.Ordinal).Contains("display:none", StringComparison.OrdinalIgnoreCase);
    }

    // WordPress names a post's categories and tags in its classes ("category-social-media", "tag-comments"): they say
    // what the story is about, not what the block is, so those classes are not read.
    private static IEnumerable<string> Words(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            yield break;
        }

        foreach (var name in value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (name.StartsWith("category-", StringComparison.OrdinalIgnoreCase) || name.StartsWith("tag-", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var start = -1;
            for (var i = 0; i <= name.Length; i++)
            {
                var letter = i < name.Length && char.IsAsciiLetter(name[i]);
                if (letter && start < 0)
                {
                    start = i;
                }
                else if (!letter && start >= 0)
                {
                    yield return name[start..i].ToLowerInvariant();
                    start = -1;
                }
            }
        }
    }
}
