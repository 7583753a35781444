using AngleSharp.Dom;
using ClaimExtractor.Ingest.Metadata;

namespace ClaimExtractor.Ingest.Html;

/// <summary>
/// Picks the publication date among a page's <c>&lt;time datetime&gt;</c> elements. An "Updated" time and the dates of
/// related links, navigation or comments are not the article's publication, so they are passed over.
/// </summary>
internal static class TimeElements
{
    private const int LabelReach = 24;

    public static DateOnly? FindPublished(IDocument document)
    {
        DateOnly? inArticle = null, elsewhere = null;
        foreach (var time in document.QuerySelectorAll("time[datetime]"))
        {
            if (DateText.Parse(time.GetAttribute("datetime")) is not { } date || IsUpdated(time) || InFurniture(time))
            {
                continue;
            }

            // explicit markup says which one is the publication date
            if (time.HasAttribute("pubdate") || IsPublishedMarkup(time))
            {
                return date;
            }

            if (time.Closest("article, [itemprop~='articleBody']") is not null)
            {
                inArticle ??= date;
            }
            else
            {
                elsewhere ??= date;
            }
        }

        return inArticle ?? elsewhere;
    }

    private static bool IsPublishedMarkup(IElement time) =>
        Marks(time, "published") || string.Equals(time.GetAttribute("itemprop"), "datePublished", StringComparison.OrdinalIgnoreCase);

    private static bool IsUpdated(IElement time)
    {
        if (Marks(time, "updat") || Marks(time, "modif") || time.TextContent.Contains("updated", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // "Updated <time ...>": the label is the text just before the element
        var before = time.PreviousSibling?.TextContent ?? time.ParentElement?.PreviousSibling?.TextContent ?? "";
        var label = before.AsSpan().TrimEnd();
        label = label[Math.Max(0, label.Length - LabelReach)..];
        return label.Contains("updated", StringComparison.OrdinalIgnoreCase) || label.Contains("modified", StringComparison.OrdinalIgnoreCase);
    }

    // the element or its parent carries the word in class, id or itemprop ("dateModified", "updated-at")
    private static bool Marks(IElement time, string word)
    {
        for (IElement? element = time; element is not null && element != time.ParentElement?.ParentElement; element = element.ParentElement)
        {
            foreach (var name in (ReadOnlySpan<string>)["class", "id", "itemprop"])
            {
                if (element.GetAttribute(name)?.Contains(word, StringComparison.OrdinalIgnoreCase) == true)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool InFurniture(IElement time)
    {
        for (var element = time.ParentElement; element is not null; element = element.ParentElement)
        {
            if (element.LocalName is "aside" or "nav" or "footer" || (element.LocalName is not "article" and not "body" && Boilerplate.HasName(element, Boilerplate.OtherPagesWords)))
            {
                return true;
            }
        }

        return false;
    }
}
