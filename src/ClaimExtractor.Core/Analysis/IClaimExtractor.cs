using ClaimExtractor.Core.Documents;

namespace ClaimExtractor.Core.Analysis;

/// <summary>The NLP stage seen from a host: an article in, its claims out. Implementations are thread-safe.</summary>
public interface IClaimExtractor
{
    /// <summary>A name and version that changes whenever results may change (stored with each document).</summary>
    string Version { get; }

    /// <summary>Finds every numeric claim in <paramref name="article"/>, resolving relative dates with its publication date.</summary>
    DocumentAnalysis Analyze(Article article, CancellationToken cancellationToken);
}
