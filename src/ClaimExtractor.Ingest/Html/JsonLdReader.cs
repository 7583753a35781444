using System.Text.Json;
using ClaimExtractor.Ingest.Metadata;

namespace ClaimExtractor.Ingest.Html;

/// <summary>
/// Reads schema.org JSON-LD blocks: the first node whose <c>@type</c> ends in <c>Article</c> or <c>Posting</c>
/// (NewsArticle, ReportageNewsArticle, BlogPosting, ...), found at the top, in an array or in any <c>@graph</c>.
/// A block that is not valid JSON is ignored.
/// </summary>
internal static class JsonLdReader
{
    private const int MaxDepth = 8;

    /// <summary>Whether any block has a node of an article type: the page says it is one story.</summary>
    public static bool DeclaresArticle(IEnumerable<string> blocks) => Read(blocks) is { IsArticle: true };

    public static JsonLdArticle? Read(IEnumerable<string> blocks)
    {
        JsonLdArticle? fallback = null;
        foreach (var block in blocks)
        {
            try
            {
                using var document = JsonDocument.Parse(block, JsonMetadata.Options);
                var nodes = new List<JsonElement>();
                Collect(document.RootElement, nodes, 0);
                foreach (var node in nodes)
                {
                    var article = ToArticle(node);
                    if (IsArticleType(node))
                    {
                        return article with { IsArticle = true };
                    }

                    // a WebPage node's date is better than none, but any Article node beats it
                    if (fallback is null && article.Published is not null && HasType(node, t => t.EndsWith("Page", StringComparison.Ordinal)))
                    {
                        fallback = article;
                    }
                }
            }
            catch (JsonException)
            {
                // sites ship broken JSON-LD; the other metadata still counts
            }
        }

        return fallback;
    }

    private static void Collect(JsonElement element, List<JsonElement> nodes, int depth)
    {
        if (depth > MaxDepth)
        {
            return;
        }

        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Collect(item, nodes, depth + 1);
            }
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            nodes.Add(element);
            if (element.TryGetProperty("@graph", out var graph))
            {
                Collect(graph, nodes, depth + 1);
            }

            if (element.TryGetProperty("mainEntity", out var main))
            {
                Collect(main, nodes, depth + 1);
            }
        }
    }

    private static bool IsArticleType(JsonElement node) =>
        HasType(node, t => t.EndsWith("Article", StringComparison.Ordinal) || t.EndsWith("Posting", StringComparison.Ordinal) || t == "Report");

    private static bool HasType(JsonElement node, Func<string, bool> test)
    {
        if (!node.TryGetProperty("@type", out var type))
        {
            return false;
        }

        return type.ValueKind switch
        {
            JsonValueKind.String => test(type.GetString() ?? ""),
            JsonValueKind.Array => type.EnumerateArray().Any(t => t.ValueKind == JsonValueKind.String && test(t.GetString() ?? "")),
            _ => false,
        };
    }

    private static JsonLdArticle ToArticle(JsonElement node)
    {
        var authors = new List<string>();
        if (node.TryGetProperty("author", out var author))
        {
            AddAuthors(authors, author);
        }

        string? outlet = null;
        if (node.TryGetProperty("publisher", out var publisher))
        {
            outlet = publisher.ValueKind == JsonValueKind.Object ? JsonMetadata.String(publisher, "name") : null;
        }

        return new JsonLdArticle(
            JsonMetadata.String(node, "headline"),
            outlet,
            JsonMetadata.String(node, "url"),
            authors,
            DateText.Parse(JsonMetadata.String(node, "datePublished")),
            DateText.Parse(JsonMetadata.String(node, "dateModified")));
    }

    private static void AddAuthors(List<string> authors, JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                AuthorList.Add(authors, value.GetString());
                break;
            case JsonValueKind.Object:
                AuthorList.Add(authors, JsonMetadata.String(value, "name"));
                break;
            case JsonValueKind.Array:
                foreach (var item in value.EnumerateArray())
                {
                    AddAuthors(authors, item);
                }

                break;
        }
    }
}
