using ClaimExtractor.Core.Consistency;

namespace ClaimExtractor.Storage.Store;

/// <summary>One read of the review queue: counts by status (the filter's own status ignored), how many match the whole filter, and one page of them.</summary>
public sealed record QueueSlice(IReadOnlyDictionary<ContradictionStatus, int> Counts, int Total, IReadOnlyList<ContradictionRecord> Page);
