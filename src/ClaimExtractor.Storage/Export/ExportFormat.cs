namespace ClaimExtractor.Storage.Export;

/// <summary>The file formats of <c>claimx export</c>.</summary>
public enum ExportFormat
{
    /// <summary>One JSON object a line: <c>documents.jsonl</c>, <c>claims.jsonl</c>, <c>contradictions.jsonl</c>.</summary>
    Jsonl,

    /// <summary>The same fields flattened with <c>_</c>, RFC 4180, with a header row.</summary>
    Csv,
}
