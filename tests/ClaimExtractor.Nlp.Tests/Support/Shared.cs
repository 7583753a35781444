using ClaimExtractor.Core.Claims;
using ClaimExtractor.Nlp.Pipeline;

namespace ClaimExtractor.Nlp.Tests.Support;

/// <summary>The models and pipeline, loaded once for all tests (both are immutable once built).</summary>
internal static class Shared
{
    private static readonly Lazy<NlpModels> LazyModels = new(() => NlpModels.Load(RepositoryPaths.Models));
    private static readonly Lazy<NlpPipeline> LazyPipeline = new(() => new NlpPipelineBuilder().UseDefaults(LazyModels.Value).Build());

    public static NlpModels Models => LazyModels.Value;

    public static NlpPipeline Pipeline => LazyPipeline.Value;

    public static AnalyzedDocument Run(string text, DateOnly? published = null) =>
        Pipeline.Run(text, published ?? new DateOnly(2024, 12, 19), CancellationToken.None);

    /// <summary>The one claim of <paramref name="text"/> quoting <paramref name="quote"/>.</summary>
    public static Claim ClaimIn(string text, string quote, DateOnly published) =>
        Assert.Single(Run(text, published).Claims, c => c.Quote == quote);
}
