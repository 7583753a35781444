using ClaimExtractor.Core.Documents;
using ClaimExtractor.Core.Entities;

namespace ClaimExtractor.Core.Claims;

/// <summary>A claim as the store holds it: with its id, its document and its sentence's text.</summary>
public sealed record StoredClaim(
    ClaimId Id,
    DocumentRef Document,
    Claim Claim,
    string SentenceText,
    EntityId? SubjectId)
{
    /// <summary>The store's reading order: by document, then position in its text, then id.</summary>
    public static Comparison<StoredClaim> ByDocumentAndPosition { get; } = (a, b) =>
        (a.Document.Id.Value, a.Claim.Quantity.Span.Start, a.Id.Value).CompareTo((b.Document.Id.Value, b.Claim.Quantity.Span.Start, b.Id.Value));

    /// <summary>
    /// <paramref name="claim"/> of the document <paramref name="document"/> whose text is <paramref name="documentText"/>;
    /// a sentence span outside the text gives an empty sentence.
    /// </summary>
    public static StoredClaim Of(ClaimId id, DocumentRef document, Claim claim, string documentText, EntityId? subjectId)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(documentText);
        var sentence = claim.Sentence;
        var sentenceText = sentence.Start >= 0 && sentence.End <= documentText.Length && sentence.Start <= sentence.End
            ? documentText[sentence.Start..sentence.End]
            : "";
        return new StoredClaim(id, document, claim, sentenceText, subjectId);
    }
}
