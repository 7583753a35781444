namespace ClaimExtractor.Core.Documents;

/// <summary>The parts of a stored document that travel with its claims: identity, source and the metadata a reviewer reads.</summary>
public sealed record DocumentRef(DocumentId Id, string Source, string? Title, string? Outlet, DateOnly? Published);
