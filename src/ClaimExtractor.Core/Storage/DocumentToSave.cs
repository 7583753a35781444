using ClaimExtractor.Core.Analysis;
using ClaimExtractor.Core.Documents;

namespace ClaimExtractor.Core.Storage;

/// <summary>An article and its analysis, to be stored in place of any earlier version of the same source.</summary>
public sealed record DocumentToSave(Article Article, DocumentAnalysis Analysis, string ExtractorVersion)
{
    /// <summary><see cref="DocumentStatus.Warning"/> when the analysis has warnings.</summary>
    public DocumentStatus Status => Analysis.Warnings.Count > 0 ? DocumentStatus.Warning : DocumentStatus.Ok;
}
