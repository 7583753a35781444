using System.Collections.Frozen;
using System.Text;
using AngleSharp.Dom;

namespace ClaimExtractor.Ingest.Html;

/// <summary>
/// The article text of a parsed page: furniture removed (by tag and by class/id words), then the article container
/// (<c>[itemprop=articleBody]</c>, the largest <c>&lt;article&gt;</c>, else the container with the most paragraph text inside
/// <c>main</c> or the body), emitted as one block a line with white space collapsed. Changes the document.
/// </summary>
internal static class MainTextExtractor
{
    /// <summary>Fewer words than this is not an article (an index page, a paywall stub, an error page).</summary>
    public const int MinWords = 40;

    private const int MinParagraphChars = 25;
    private const int ProtectingParagraphs = 5;

    private static readonly FrozenSet<string> InlineTags = FrozenSet.Create(
        StringComparer.Ordinal,
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn", "em", "font", "i", "ins", "kbd", "label", "mark",
        "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr", "tt", "strike", "big", "nobr");

    public static string Extract(IDocument document)
    {
        if (document.Body is not { } body)
        {
            return "";
        }

        // the <article> holding the headline is the story; other <article>s on the page are teasers or comments
        var headlined = body.QuerySelector("article h1")?.Closest("article");
        RemoveFurniture(body);
        var root = ChooseRoot(body, headlined?.ParentElement is null ? null : headlined);
        var writer = new BlockWriter();
        Emit(root, writer);
        writer.Flush();
        return writer.ToString();
    }

    /// <summary>True when <paramref name="text"/> is long enough to be an article; scripts written without spaces count by characters.</summary>
    public static bool IsArticleLength(string text)
    {
        var words = Whitespace.CountWords(text);
        return words >= MinWords || (text.Length >= MinWords * 5 && words * 20 < text.Length);
    }

    private static void RemoveFurniture(IElement body)
    {
        foreach (var element in body.QuerySelectorAll("*").ToList())
        {
            if (element.ParentElement is null)
            {
                continue; // already gone with an ancestor
            }

            var name = element.LocalName;
            var furniture = Boilerplate.JunkTags.Contains(name) || Boilerplate.IsHidden(element) || Boilerplate.HasJunkName(element);
            if (furniture && !Protected(element, name))
            {
                element.Remove();
            }
        }
    }

    // Some sites wrap the whole page in a <form> or put the story in a <header>; never drop the article with its wrapper.
    private static bool Protected(IElement element, string name)
    {
        if (name is "article" or "main" || element.QuerySelector("main, [itemprop~='articleBody' i]") is not null
            || element.QuerySelectorAll("article").Any(a => !Boilerplate.HasJunkName(a)))
        {
            return true;
        }

        return name is "form" or "header" or "div" or "section" && element.QuerySelectorAll("p").Length > ProtectingParagraphs
            && !Boilerplate.HasName(element, Boilerplate.ManyParagraphJunkWords);
    }

    private static IElement ChooseRoot(IElement body, IElement? headlined)
    {
        var declared = Largest(body.QuerySelectorAll("[itemprop~='articleBody' i]"));
        if (declared is null && headlined is not null && IsArticleLength(ParagraphText(headlined)))
        {
            return headlined;
        }

        declared ??= Largest(body.QuerySelectorAll("article"));
        if (declared is not null && IsArticleLength(ParagraphText(declared)))
        {
            return declared;
        }

        var scope = body.QuerySelector("main, [role='main']") is { } main && IsArticleLength(ParagraphText(main)) ? main : body;
        return Densest(scope) ?? scope;
    }

    private static IElement? Largest(IEnumerable<IElement> elements)
    {
        IElement? best = null;
        var bestLength = 0;
        foreach (var element in elements)
        {
            var length = ParagraphText(element).Length;
            if (length > bestLength)
            {
                (best, bestLength) = (element, length);
            }
        }

        return best;
    }

    private static string ParagraphText(IElement element)
    {
        var paragraphs = element.QuerySelectorAll("p");
        return paragraphs.Length == 0 ? element.TextContent : string.Join(' ', paragraphs.Select(p => p.TextContent));
    }

    /// <summary>Readability's idea: each paragraph scores its parent fully and its grandparent half; the best container wins.</summary>
    private static IElement? Densest(IElement scope)
    {
        var scores = new Dictionary<IElement, double>();
        foreach (var paragraph in scope.QuerySelectorAll("p, pre, td, blockquote, div"))
        {
            // a <div> counts as a paragraph only for the text written directly in it ("text<br>text"), as in Readability
            var text = paragraph.LocalName == "div" ? OwnText(paragraph) : paragraph.TextContent;
            var length = Whitespace.Normalize(text).Length;
            if (length < MinParagraphChars)
            {
                continue;
            }

            var links = paragraph.LocalName == "div" ? 0 : paragraph.QuerySelectorAll("a").Sum(a => a.TextContent.Length);
            var score = (1.0 + Math.Min(length / 100.0, 3.0) + text.Count(c => c == ',')) * (1.0 - Math.Min(1.0, (double)links / length));
            if (paragraph.ParentElement is { } parent)
            {
                scores[parent] = scores.GetValueOrDefault(parent) + score;
                if (parent.ParentElement is { } grandparent && parent != scope)
                {
                    scores[grandparent] = scores.GetValueOrDefault(grandparent) + (score / 2);
                }
            }
        }

        return scores.Count == 0 ? null : scores.MaxBy(s => s.Value).Key;
    }

    private static string OwnText(IElement element)
    {
        var text = new StringBuilder();
        foreach (var child in element.ChildNodes)
        {
            if (child.NodeType == NodeType.Text)
            {
                text.Append(child.TextContent);
            }
            else if (child is IElement inline && InlineTags.Contains(inline.LocalName) && inline.LocalName != "a")
            {
                text.Append(inline.TextContent);
            }
        }

        return text.ToString();
    }

    private static void Emit(INode node, BlockWriter writer)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child.NodeType == NodeType.Text)
            {
                writer.Append(child.TextContent);
            }
            else if (child is IElement element)
            {
                var name = element.LocalName;
                if (name == "br")
                {
                    writer.Flush();
                }
                else if (name == "a")
                {
                    writer.AppendLinked(() => Emit(element, writer));
                }
                else if (InlineTags.Contains(name))
                {
                    Emit(element, writer);
                }
                else
                {
                    writer.Flush();
                    Emit(element, writer);
                    writer.Flush();
                }
            }
        }
    }
}
