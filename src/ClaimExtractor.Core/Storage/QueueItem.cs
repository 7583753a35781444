namespace ClaimExtractor.Core.Storage;

/// <summary>One leased source of the work queue and how many times it has been leased, this time included.</summary>
public sealed record QueueItem(long Id, string Source, int Attempts);
