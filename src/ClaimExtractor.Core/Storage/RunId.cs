namespace ClaimExtractor.Core.Storage;

/// <summary>The store's identity of one run of the pipeline.</summary>
public readonly record struct RunId(long Value);
