using ClaimExtractor.Core.Claims;
using ClaimExtractor.Core.Documents;

namespace ClaimExtractor.Core.Storage;

/// <summary>
/// What a batch save stored: each document's id, in the order given, and the claims now stored for them, as
/// <see cref="IClaimStore.ReadDocumentClaimsAsync(IReadOnlyCollection{DocumentId}, CancellationToken)"/> would read them
/// back (by document, position and id), so the checker needs no second read of what was just written.
/// </summary>
public sealed record SavedBatch(IReadOnlyList<DocumentId> Documents, IReadOnlyList<StoredClaim> Claims)
{
    /// <summary>Nothing saved.</summary>
    public static SavedBatch Empty { get; } = new([], []);
}
