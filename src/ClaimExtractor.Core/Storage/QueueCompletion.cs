namespace ClaimExtractor.Core.Storage;

/// <summary>What a worker did with one leased item: done when <paramref name="Error"/> is null, else failed with it.</summary>
public sealed record QueueCompletion(long Id, string? Error);
