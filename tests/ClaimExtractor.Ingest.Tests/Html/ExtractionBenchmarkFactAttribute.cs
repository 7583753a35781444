namespace ClaimExtractor.Ingest.Tests.Html;

/// <summary>
/// A fact that needs the article-extraction benchmark (<c>../shared/eval/articles</c> beside the repository; its README
/// gives the metric). Where it is missing the fact is skipped with the reason on a developer machine, and fails under
/// CI, which always has it. <c>CLAIMX_EXTRACTION_BENCHMARK</c> names another folder.
/// </summary>
public sealed class ExtractionBenchmarkFactAttribute : FactAttribute
{
    public static string Folder { get; } = Environment.GetEnvironmentVariable("CLAIMX_EXTRACTION_BENCHMARK") is { Length: > 0 } folder
        ? folder
        : RepositoryPaths.SharedData("eval", "articles");

    public ExtractionBenchmarkFactAttribute()
    {
        Skip = RepositoryPaths.SkipWhenMissing(System.IO.Path.Combine(Folder, "ground-truth.json"), "the extraction benchmark is");
    }
}
