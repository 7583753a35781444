namespace ClaimExtractor.Core.Documents;

/// <summary>A stored document as exported in <c>documents.jsonl</c>.</summary>
public sealed record DocumentRecord(
    DocumentId Id,
    string Source,
    string Text,
    string ContentHash,
    ArticleMetadata Metadata,
    DocumentStatus Status,
    string? Error,
    DocumentId? DuplicateOf);
