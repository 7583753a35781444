using ClaimExtractor.Core.Consistency;

namespace ClaimExtractor.Storage.Store;

/// <summary>How many flags of one kind are in one review status.</summary>
public sealed record FlagCount(ContradictionKind Kind, ContradictionStatus Status, int Count);
