using ClaimExtractor.Ingest.Sources;

namespace ClaimExtractor.Cli.Commands;

/// <summary>Everything <c>claimx run</c> was asked to do.</summary>
/// <param name="Inputs">Files, folders (walked recursively), URLs, WARC archives and JSON Lines dumps, as given.</param>
/// <param name="UrlLists">Files listing URLs (<c>--urls</c>).</param>
/// <param name="Feeds">RSS or Atom feeds whose articles to fetch (<c>--feed</c>).</param>
/// <param name="Sitemaps">Sitemaps whose articles to fetch (<c>--sitemap</c>).</param>
/// <param name="Database">A SQLite file or connection string.</param>
/// <param name="Jobs">How many articles the NLP stage works on at once.</param>
/// <param name="Sources">How inputs are read and fetched: size cap, <c>--published</c>, cache, politeness.</param>
/// <param name="ModelsDirectory">Where the lexicons and models are.</param>
/// <param name="Arguments">The command line, kept in the runs table.</param>
/// <param name="TolerancePercent">The checker's slack on each value before two figures conflict (<c>--tolerance</c>, percent).</param>
public sealed record RunRequest(
    IReadOnlyList<string> Inputs,
    IReadOnlyList<string> UrlLists,
    IReadOnlyList<string> Feeds,
    IReadOnlyList<string> Sitemaps,
    string Database,
    int Jobs,
    SourceOptions Sources,
    string ModelsDirectory,
    string Arguments,
    double TolerancePercent = RunRequest.DefaultTolerancePercent)
{
    /// <summary>The default <see cref="TolerancePercent"/>: the checker's own.</summary>
    public const double DefaultTolerancePercent = 0.5;
}
