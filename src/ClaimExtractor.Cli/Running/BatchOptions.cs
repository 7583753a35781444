namespace ClaimExtractor.Cli.Running;

/// <summary>How a batch runs.</summary>
/// <param name="Jobs">How many articles the NLP stage works on at once.</param>
/// <param name="Arguments">The command line (or a description of the caller), kept in the runs table.</param>
public sealed record BatchOptions(int Jobs, string Arguments);
