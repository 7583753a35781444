namespace ClaimExtractor.Ingest.Tests.Html;

/// <summary>
/// A fact that needs the article-extraction benchmark (its README is in the folder); skipped, with the reason, where it
/// is not installed. <c>CLAIMX_EXTRACTION_BENCHMARK</c> names another folder.
/// </summary>
public sealed class ExtractionBenchmarkFactAttribute : FactAttribute
{
    public static string Folder { get; } = Environment.GetEnvironmentVariable("CLAIMX_EXTRACTION_BENCHMARK") is { Length: > 0 } folder
        ? folder
        : "/work/shared/eval/articles";

    public ExtractionBenchmarkFactAttribute()
    {
        if (!File.Exists(System.IO.Path.Combine(Folder, "ground-truth.json")))
        {
            Skip = $"the extraction benchmark is not at {Folder}";
        }
    }
}
