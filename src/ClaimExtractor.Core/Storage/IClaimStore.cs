using ClaimExtractor.Core.Claims;
using ClaimExtractor.Core.Consistency;
using ClaimExtractor.Core.Documents;

namespace ClaimExtractor.Core.Storage;

/// <summary>
/// The SQL store: documents, entities, claims, contradictions, review decisions and runs.
/// Writes are transactional: a document's claims are replaced whole or not at all.
/// One instance is used by one writer at a time.
/// </summary>
public interface IClaimStore : IAsyncDisposable
{
    /// <summary>Creates or upgrades the schema by applying numbered migrations not yet recorded.</summary>
    Task MigrateAsync(CancellationToken cancellationToken);

    /// <summary>The stored state of <paramref name="source"/>, or null when it was never stored.</summary>
    Task<StoredDocumentState?> FindDocumentAsync(string source, CancellationToken cancellationToken);

    /// <summary>
    /// Stores each document in one transaction for the whole batch: a source stored before has its claims (and the
    /// contradictions on them) replaced; entities are merged by canonical name and type, aliases added.
    /// Every saved document starts unchecked, and so does every document on the other side of a flag that a
    /// replacement drops, so the next check restores the flag through another document stating the same figure. A claim whose span lies outside its text is refused with an
    /// <see cref="ArgumentException"/> and the whole batch is rolled back. Returns the documents' ids and their claims
    /// as stored.
    /// </summary>
    Task<SavedBatch> SaveDocumentsAsync(IReadOnlyList<DocumentToSave> batch, CancellationToken cancellationToken);

    /// <summary>Documents whose claims have not been through the checker (new, changed, or left by an interrupted run).</summary>
    Task<IReadOnlyList<DocumentId>> FindUncheckedDocumentsAsync(CancellationToken cancellationToken);

    /// <summary>All claims of one document, in text order.</summary>
    Task<IReadOnlyList<StoredClaim>> ReadDocumentClaimsAsync(DocumentId document, CancellationToken cancellationToken);

    /// <summary>All claims of several documents (a batch to check in one read), by document, then in text order.</summary>
    Task<IReadOnlyList<StoredClaim>> ReadDocumentClaimsAsync(IReadOnlyCollection<DocumentId> documents, CancellationToken cancellationToken);

    /// <summary>
    /// The claims whose alignment key, or one of whose <see cref="Claim.LinkKeys"/>, is in <paramref name="keys"/>
    /// (an indexed lookup): a level finds the levels it is compared with and the shares and changes that refer to it.
    /// One claim per <see cref="Claim.Figure"/>, the earliest stored, so a figure repeated by many documents costs one row.
    /// </summary>
    Task<IReadOnlyList<StoredClaim>> FindClaimsByKeyAsync(IReadOnlyCollection<ClaimKey> keys, CancellationToken cancellationToken);

    /// <summary>
    /// For each of <paramref name="keys"/> that finds any claim, what <see cref="FindClaimsByKeyAsync"/> returns for that
    /// key alone (in the same order): the keys of a whole batch of documents looked up at once, each document's share
    /// picked out after. Keys that find nothing are absent.
    /// </summary>
    Task<IReadOnlyDictionary<ClaimKey, IReadOnlyList<StoredClaim>>> FindClaimsPerKeyAsync(IReadOnlyCollection<ClaimKey> keys, CancellationToken cancellationToken);

    /// <summary>
    /// What <see cref="FindClaimsPerKeyAsync(IReadOnlyCollection{ClaimKey}, CancellationToken)"/> returns, where a found
    /// claim that is one of <paramref name="known"/> (read just before, such as the checked documents' own claims) is
    /// given back as it is instead of being read again.
    /// </summary>
    Task<IReadOnlyDictionary<ClaimKey, IReadOnlyList<StoredClaim>>> FindClaimsPerKeyAsync(
        IReadOnlyCollection<ClaimKey> keys, IReadOnlyCollection<StoredClaim> known, CancellationToken cancellationToken);

    /// <summary>
    /// In one transaction: adds the flags not already stored for the same unordered pair of figures and kind, and marks
    /// <paramref name="document"/> checked. A flag naming a claim no longer stored (its document was replaced since the
    /// check read it, by another worker) is dropped and the document left unchecked, so the next check redoes it.
    /// Returns how many flags were new.
    /// </summary>
    Task<int> SaveContradictionsAsync(DocumentId document, IReadOnlyList<Contradiction> found, CancellationToken cancellationToken);

    /// <summary>
    /// <see cref="SaveContradictionsAsync(DocumentId, IReadOnlyList{Contradiction}, CancellationToken)"/> for several
    /// checked documents in one transaction (one commit for a batch instead of one per document), with the same result
    /// as saving them one after another. Returns how many flags were new.
    /// </summary>
    Task<int> SaveContradictionsAsync(IReadOnlyList<DocumentCheck> checks, CancellationToken cancellationToken);

    /// <summary>Starts a run record with the command line it was given.</summary>
    Task<RunId> StartRunAsync(string arguments, DateTimeOffset startedAt, CancellationToken cancellationToken);

    /// <summary>Records what the run did with one input.</summary>
    Task RecordOutcomeAsync(RunId run, ItemOutcome outcome, CancellationToken cancellationToken);

    /// <summary>Closes the run with its counts.</summary>
    Task FinishRunAsync(RunId run, RunSummary summary, DateTimeOffset finishedAt, CancellationToken cancellationToken);

    /// <summary>Stores a failed source that has no earlier good version, so exports list it with its error.</summary>
    Task SaveFailedDocumentAsync(string source, string error, CancellationToken cancellationToken);

    /// <summary>Every document, in id order.</summary>
    IAsyncEnumerable<DocumentRecord> ReadDocumentsAsync(CancellationToken cancellationToken);

    /// <summary>Claims matching <paramref name="query"/>, by document then offset.</summary>
    IAsyncEnumerable<StoredClaim> ReadClaimsAsync(ClaimQuery query, CancellationToken cancellationToken);

    /// <summary>Contradictions matching <paramref name="query"/>, most severe first.</summary>
    IAsyncEnumerable<ContradictionRecord> ReadContradictionsAsync(ContradictionQuery query, CancellationToken cancellationToken);

    /// <summary>How many contradictions are stored.</summary>
    Task<int> CountContradictionsAsync(CancellationToken cancellationToken);
}
