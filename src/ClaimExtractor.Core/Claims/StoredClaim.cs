using ClaimExtractor.Core.Documents;
using ClaimExtractor.Core.Entities;

namespace ClaimExtractor.Core.Claims;

/// <summary>A claim as the store holds it: with its id, its document and its sentence's text.</summary>
public sealed record StoredClaim(
    ClaimId Id,
    DocumentRef Document,
    Claim Claim,
    string SentenceText,
    EntityId? SubjectId);
