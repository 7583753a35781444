namespace ClaimExtractor.Storage.Store;

/// <summary>A stored entity with its aliases and how many claims are about it.</summary>
public sealed record EntitySummary(long Id, string Name, string Type, IReadOnlyList<string> Aliases, int Claims);
