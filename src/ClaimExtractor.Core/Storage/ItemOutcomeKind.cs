namespace ClaimExtractor.Core.Storage;

/// <summary>What a run did with one input.</summary>
public enum ItemOutcomeKind
{
    /// <summary>A source seen for the first time.</summary>
    New,

    /// <summary>Same content as stored: nothing redone.</summary>
    Unchanged,

    /// <summary>New content for a stored source: its claims were replaced.</summary>
    Changed,

    /// <summary>Could not be processed; nothing stored before was touched.</summary>
    Failed,

    /// <summary>Not an article file.</summary>
    Skipped,
}
