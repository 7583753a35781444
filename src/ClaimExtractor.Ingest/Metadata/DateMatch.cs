namespace ClaimExtractor.Ingest.Metadata;

/// <summary>A date found in text, with its character offsets (end exclusive).</summary>
public readonly record struct DateMatch(DateOnly Date, int Start, int End);
