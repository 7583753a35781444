namespace ClaimExtractor.Core.Storage;

/// <summary>Filters for reading claims; null means any. Text filters match case-insensitively as substrings.</summary>
public sealed record ClaimQuery(string? Entity = null, string? Metric = null, string? Source = null, int? Limit = null);
