using System.Text.Json;
using ClaimExtractor.Core.Documents;
using ClaimExtractor.Storage.Mapping;

namespace ClaimExtractor.Storage.Store;

/// <summary>A documents row as Dapper reads it.</summary>
internal sealed class DocumentRow
{
    public const string Select = """
        SELECT id AS Id, source AS Source, url AS Url, title AS Title, outlet AS Outlet, authors AS Authors,
               published AS Published, published_from AS PublishedFrom, modified AS Modified, fetched_at AS Fetched, language AS Language, text AS Text,
               content_hash AS ContentHash, status AS Status, error AS Error, warnings AS Warnings,
               duplicate_of AS DuplicateOf
        FROM documents
        """;

    public long Id { get; set; }

    public string Source { get; set; } = "";

    public string? Url { get; set; }

    public string? Title { get; set; }

    public string? Outlet { get; set; }

    public string Authors { get; set; } = "[]";

    public string? Published { get; set; }

    public string? PublishedFrom { get; set; }

    public string? Modified { get; set; }

    public string? Fetched { get; set; }

    public string? Language { get; set; }

    public string Text { get; set; } = "";

    public string ContentHash { get; set; } = "";

    public string Status { get; set; } = "";

    public string? Error { get; set; }

    public string Warnings { get; set; } = "[]";

    public long? DuplicateOf { get; set; }

    /// <summary>
    /// The exported record. A document with warnings has no error of its own; its warnings, joined, stand in
    /// the error field so a reader of the export sees why it is marked.
    /// </summary>
    public DocumentRecord ToRecord()
    {
        var status = Status switch
        {
            "ok" => DocumentStatus.Ok,
            "warning" => DocumentStatus.Warning,
            "failed" => DocumentStatus.Failed,
            _ => throw new FormatException($"unknown document status '{Status}' in the store"),
        };
        var warnings = JsonSerializer.Deserialize<string[]>(Warnings) ?? [];
        var metadata = new ArticleMetadata
        {
            Title = Title,
            Outlet = Outlet,
            Url = Url,
            Authors = JsonSerializer.Deserialize<string[]>(Authors) ?? [],
            Published = DateText.FromStored(Published),
            PublishedFrom = PublishedSourceNames.Parse(PublishedFrom),
            Language = Language,
            Modified = DateText.FromStored(Modified),
            Fetched = Fetched is null ? null : DateText.InstantFromStored(Fetched),
        };
        var error = Error ?? (warnings.Length > 0 ? string.Join("; ", warnings) : null);
        return new DocumentRecord(
            new DocumentId(Id), Source, Text, ContentHash, metadata, status, error,
            DuplicateOf is { } duplicate ? new DocumentId(duplicate) : null);
    }
}
