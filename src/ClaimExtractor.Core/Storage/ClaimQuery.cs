namespace ClaimExtractor.Core.Storage;

/// <summary>
/// Filters for reading claims; null (or empty text) means any. Text filters match case-insensitively as substrings;
/// <paramref name="MinConfidence"/> keeps claims whose claim-worthiness confidence is at least that (0 to 1).
/// </summary>
public sealed record ClaimQuery(string? Entity = null, string? Metric = null, string? Source = null, int? Limit = null, double? MinConfidence = null);
