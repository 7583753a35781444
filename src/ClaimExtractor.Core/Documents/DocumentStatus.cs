namespace ClaimExtractor.Core.Documents;

/// <summary>How processing an item ended, exported as <c>ok</c>, <c>warning</c>, <c>failed</c>.</summary>
public enum DocumentStatus
{
    /// <summary>Processed without remarks.</summary>
    Ok,

    /// <summary>Processed, with warnings a reviewer should see.</summary>
    Warning,

    /// <summary>Not processed; the error says why.</summary>
    Failed,
}
