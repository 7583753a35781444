namespace ClaimExtractor.Storage.Store;

/// <summary>A metric or outlet and how many flags (not dismissed, updates aside) involve it.</summary>
public sealed record ConflictCount(string Name, int Flags);
