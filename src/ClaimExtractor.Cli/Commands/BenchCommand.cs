using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using ClaimExtractor.Cli.Running;
using ClaimExtractor.Consistency;
using ClaimExtractor.Core.Storage;
using ClaimExtractor.Ingest.Files;

namespace ClaimExtractor.Cli.Commands;

/// <summary>
/// <c>claimx bench</c>: times the whole run (ingest, NLP, store, checker) on a generated corpus and reports
/// articles/s, MB/s and peak memory. Speed is measured here, never asserted by a timed unit test.
/// </summary>
public static class BenchCommand
{
    /// <summary>Declares the command and its options.</summary>
    public static Command Create()
    {
        var articles = new Option<int>("--articles") { Description = "How many articles to generate", DefaultValueFactory = _ => 10_000, HelpName = "N" };
        var corpus = new Option<string>("--corpus") { Description = "Articles whose lines are recombined", DefaultValueFactory = _ => "corpus", HelpName = "DIR" };
        var jobs = new Option<int>("--jobs") { Description = "Articles analysed at once", DefaultValueFactory = _ => Environment.ProcessorCount, HelpName = "N" };
        var models = CommonOptions.Models();
        var command = new Command("bench", "Time a full run on a generated corpus: articles/s, MB/s, peak memory") { articles, corpus, jobs, models };
        command.SetAction((result, cancellationToken) => ExecuteAsync(
            result.GetValue(articles), result.GetRequiredValue(corpus), result.GetValue(jobs), result.GetRequiredValue(models), cancellationToken));
        return command;
    }

    private static async Task<int> ExecuteAsync(int articles, string corpus, int jobs, string models, CancellationToken cancellationToken)
    {
        string work = Path.Combine(Path.GetTempPath(), "claimx-bench-" + Guid.NewGuid().ToString("N"));
        try
        {
            string input = Path.Combine(work, "articles");
            long bytes = CorpusGenerator.Generate(corpus, input, articles);
            string database = Path.Combine(work, "bench.db");
            var store = await Composition.OpenStoreAsync(database, cancellationToken).ConfigureAwait(false);
            await using (store.ConfigureAwait(false))
            {
                var runner = new BatchRunner(Composition.CreateExtractor(models), ConsistencyChecker.CreateDefault(), store, TimeProvider.System);
                var clock = Stopwatch.StartNew();
                var result = await runner.RunAsync(new FileSystemSource([input], new FileSourceOptions()), new BatchOptions(jobs, "bench"), new Silent(), cancellationToken)
                    .ConfigureAwait(false);
                clock.Stop();
                Print(result.Summary, articles, bytes, clock.Elapsed, jobs);
                return result.ExitCode;
            }
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static void Print(RunSummary summary, int articles, long bytes, TimeSpan elapsed, int jobs)
    {
        double seconds = elapsed.TotalSeconds;
        double megabytes = bytes / 1024.0 / 1024.0;
        long peak = Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024;
        var c = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(c, $"articles: {articles} ({megabytes:0.0} MB of text), jobs: {jobs}, cores: {Environment.ProcessorCount}"));
        Console.WriteLine(string.Create(c, $"processed: {summary.New + summary.Changed}, failed: {summary.Failed}, claims: {summary.Claims}, contradictions: {summary.ContradictionsTotal}"));
        Console.WriteLine(string.Create(c, $"time: {seconds:0.00} s, {articles / seconds:0.0} articles/s, {megabytes / seconds:0.00} MB/s, peak working set: {peak} MB"));
    }

    private sealed class Silent : IRunProgress
    {
        public void Report(ItemOutcome outcome)
        {
        }
    }
}
