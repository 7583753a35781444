namespace ClaimExtractor.Ingest.Files;

/// <summary>Options for <see cref="FileSystemSource"/>.</summary>
public sealed record FileSourceOptions
{
    /// <summary>The default size cap: 10 MB.</summary>
    public const long DefaultMaxBytes = 10L * 1024 * 1024;

    /// <summary>Files larger than this fail without being read (<c>--max-size</c>).</summary>
    public long MaxBytes { get; init; } = DefaultMaxBytes;

    /// <summary>The <c>--published</c> date; allowed only with a single input file.</summary>
    public DateOnly? PublishedOverride { get; init; }

    /// <summary>
    /// Called with (source, message) for problems that do not cost the article, such as a broken sidecar:
    /// <see cref="ClaimExtractor.Core.Ingest.SourceItem"/> has no field for warnings yet.
    /// </summary>
    public Action<string, string>? Warning { get; init; }
}
