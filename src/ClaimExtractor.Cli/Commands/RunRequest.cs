namespace ClaimExtractor.Cli.Commands;

/// <summary>Everything <c>claimx run</c> was asked to do.</summary>
/// <param name="Paths">Files, folders (walked recursively) as given.</param>
/// <param name="Database">A SQLite file or connection string.</param>
/// <param name="Published">The publication date for a single input file.</param>
/// <param name="Jobs">How many articles the NLP stage works on at once.</param>
/// <param name="MaxBytes">Files larger than this fail with a clear reason.</param>
/// <param name="ModelsDirectory">Where the lexicons and models are.</param>
/// <param name="Arguments">The command line, kept in the runs table.</param>
public sealed record RunRequest(
    IReadOnlyList<string> Paths,
    string Database,
    DateOnly? Published,
    int Jobs,
    long MaxBytes,
    string ModelsDirectory,
    string Arguments);
