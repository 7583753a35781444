using System.Text.Json;
using ClaimExtractor.Core.Documents;

namespace ClaimExtractor.Ingest.Metadata;

/// <summary>Reads the sidecar fields (<c>title, outlet, published, url, author</c>) from a JSON object; unknown fields are ignored.</summary>
internal static class JsonMetadata
{
    public static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    /// <summary>The bytes after a UTF-8 byte order mark, which the JSON reader does not skip by itself.</summary>
    public static ReadOnlyMemory<byte> WithoutBom(byte[] bytes) =>
        bytes.AsSpan().StartsWith("\uFEFF"u8) ? bytes.AsMemory(3) : bytes.AsMemory();

    public static ArticleMetadata FromObject(JsonElement element, PublishedSource source)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return ArticleMetadata.Empty;
        }

        var authors = new List<string>();
        AddAuthors(authors, Property(element, "author"));
        AddAuthors(authors, Property(element, "authors"));
        var published = DateText.Parse(String(element, "published") ?? String(element, "date"));
        return new ArticleMetadata
        {
            Title = String(element, "title"),
            Outlet = String(element, "outlet"),
            Url = String(element, "url"),
            Authors = authors,
            Published = published,
            PublishedFrom = published is null ? PublishedSource.None : source,
            Language = String(element, "language") ?? String(element, "lang"),
        };
    }

    public static string? String(JsonElement element, string name) => Property(element, name) is { ValueKind: JsonValueKind.String } value
        ? value.GetString()
        : null;

    private static JsonElement? Property(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value : null;

    private static void AddAuthors(List<string> authors, JsonElement? value)
    {
        switch (value)
        {
            case { ValueKind: JsonValueKind.String } text:
                AuthorList.Add(authors, text.GetString());
                break;
            case { ValueKind: JsonValueKind.Array } array:
                foreach (var item in array.EnumerateArray())
                {
                    AddAuthors(authors, item);
                }

                break;
            case { ValueKind: JsonValueKind.Object } person:
                AuthorList.Add(authors, String(person, "name"));
                break;
        }
    }
}
