using ClaimExtractor.Core.Documents;

namespace ClaimExtractor.Core.Storage;

/// <summary>What the store knows of a source already: enough to decide whether to redo it.</summary>
/// <param name="Id">The document.</param>
/// <param name="ContentHash">The hash of the stored version.</param>
/// <param name="ExtractorVersion">The extractor that produced its claims.</param>
/// <param name="Checked">True once its claims went through the consistency checker.</param>
public sealed record StoredDocumentState(DocumentId Id, string ContentHash, string ExtractorVersion, bool Checked);
