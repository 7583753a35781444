using ClaimExtractor.Core.Consistency;
using ClaimExtractor.Core.Documents;

namespace ClaimExtractor.Core.Storage;

/// <summary>What checking one stored document found: the flags to save for it (none when it agrees with the store).</summary>
public sealed record DocumentCheck(DocumentId Document, IReadOnlyList<Contradiction> Found);
