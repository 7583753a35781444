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

    /// <summary>The part of this batch that is <paramref name="document"/>: its id and its claims.</summary>
    public SavedBatch Only(DocumentId document) => new([document], [.. Claims.Where(c => c.Document.Id == document)]);

    /// <summary>How a reviewer knows a document of this batch: its source, else its id.</summary>
    public string NameOf(DocumentId document) =>
        Claims.FirstOrDefault(c => c.Document.Id == document)?.Document.Source ?? $"document {document.Value}";
}
