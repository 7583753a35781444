namespace ClaimExtractor.Cli.Running;

/// <summary>How a batch runs.</summary>
/// <param name="Jobs">How many articles the NLP stage works on at once.</param>
/// <param name="Arguments">The command line (or a description of the caller), kept in the runs table.</param>
/// <param name="CheckLeftovers">
/// At the end, also check every stored document still unchecked (left by an interrupted run). A queue worker leaves
/// that to its idle time: on a shared store those are mostly documents other workers are checking at that moment.
/// </param>
public sealed record BatchOptions(int Jobs, string Arguments, bool CheckLeftovers = true);
