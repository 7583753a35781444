namespace ClaimExtractor.Core.Ingest;

/// <summary>What a source yielded for one input.</summary>
public enum SourceItemKind
{
    /// <summary>An article to process.</summary>
    Article,

    /// <summary>An input that could not be read as an article; the reason says why.</summary>
    Failed,

    /// <summary>An input that is not an article type (an image, a spreadsheet); counted, not processed.</summary>
    Skipped,
}
