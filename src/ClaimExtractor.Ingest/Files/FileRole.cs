namespace ClaimExtractor.Ingest.Files;

/// <summary>What a file is to <see cref="FileSystemSource"/>.</summary>
public enum FileRole
{
    /// <summary>A plain-text or Markdown article: text kept exactly as decoded.</summary>
    Text,

    /// <summary>A saved web page: main text extracted.</summary>
    Html,

    /// <summary>A WARC archive (<c>.warc</c>, <c>.warc.gz</c>) or a JSON Lines dump (<c>.jsonl</c>): read record by record.</summary>
    Archive,

    /// <summary>A sidecar, manifest, gold file or README: read for metadata or not at all, never counted.</summary>
    Metadata,

    /// <summary>A hidden file: ignored.</summary>
    Ignored,

    /// <summary>Any other file: skipped, with a reason.</summary>
    Other,
}
