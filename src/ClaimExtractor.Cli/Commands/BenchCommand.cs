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
/// articles/s, MB/s and peak memory; with <c>--claims N</c>, times the store and checker alone on N generated claims,
/// with a line at each quarter to show how the cost grows. Speed is measured here, never asserted by a timed unit test.
/// </summary>
public static class BenchCommand
{
    /// <summary>Declares the command and its options.</summary>
    public static Command Create()
    {
        var articles = new Option<int>("--articles") { Description = "How many articles to generate", DefaultValueFactory = _ => 10_000, HelpName = "N" };
        var corpus = new Option<string>("--corpus") { Description = "Articles whose lines are recombined", DefaultValueFactory = _ => "corpus", HelpName = "DIR" };
        var jobs = new Option<int>("--jobs") { Description = "Articles analysed at once", DefaultValueFactory = _ => Environment.ProcessorCount, HelpName = "N" };
        var claims = new Option<int>("--claims") { Description = "Instead: time the store and checker alone on N generated claims", HelpName = "N" };
        var models = CommonOptions.Models();
        var workers = new Option<int>("--workers") { Description = "Instead: enqueue the articles in --db and time N `claimx worker` processes draining them", HelpName = "N" };
        var database = new Option<string?>("--db") { Description = "The shared store for --workers (PostgreSQL URL or connection string; its queue must be empty)", HelpName = "CONNECTION" };
        var command = new Command("bench", "Time a full run on a generated corpus: articles/s, MB/s, peak memory") { articles, corpus, jobs, claims, models, workers, database };
        command.SetAction((result, cancellationToken) => result.GetValue(claims) is > 0 and var n
            ? CheckerAsync(n, cancellationToken)
            : result.GetValue(workers) is > 0 and var w
            ? WorkersAsync(result.GetValue(articles), result.GetRequiredValue(corpus), w, result.GetValue(jobs), result.GetValue(database), cancellationToken)
            : ExecuteAsync(result.GetValue(articles), result.GetRequiredValue(corpus), result.GetValue(jobs), result.GetRequiredValue(models), cancellationToken));
        return command;
    }

    private static async Task<int> WorkersAsync(int articles, string corpus, int workers, int jobs, string? database, CancellationToken cancellationToken)
    {
        if (database is null)
        {
            await Console.Error.WriteLineAsync("claimx bench: --workers needs --db, the shared store the workers drain (a PostgreSQL URL)").ConfigureAwait(false);
            return 2;
        }

        if (await MissingCorpusAsync(corpus).ConfigureAwait(false))
        {
            return 2;
        }

        string work = Path.Combine(Path.GetTempPath(), "claimx-bench-" + Guid.NewGuid().ToString("N"));
        try
        {
            string input = Path.Combine(work, "articles");
            long bytes = CorpusGenerator.Generate(corpus, input, articles);
            var queue = await Composition.OpenQueueAsync(database, cancellationToken).ConfigureAwait(false);
            await using (queue.ConfigureAwait(false))
            {
                return await WorkerBench.RunAsync(queue, database, input, articles, bytes, workers, jobs, Console.Out, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            DeleteWork(work);
        }
    }

    // the articles are generated from the corpus's sentences: a wrong --corpus is a usage error, said before any work
    private static async Task<bool> MissingCorpusAsync(string corpus)
    {
        if (Directory.Exists(corpus))
        {
            return false;
        }

        await Console.Error.WriteLineAsync($"claimx bench: corpus folder '{corpus}' not found (the articles are generated from its .txt files; pass --corpus DIR)").ConfigureAwait(false);
        return true;
    }

    // a bench that failed before it wrote anything has nothing to clean up
    private static void DeleteWork(string work)
    {
        if (Directory.Exists(work))
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static async Task<int> CheckerAsync(int claims, CancellationToken cancellationToken)
    {
        const int PerArticle = 10;
        string work = Path.Combine(Path.GetTempPath(), "claimx-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(work);
        try
        {
            string database = Path.Combine(work, "bench.db");
            var store = await Composition.OpenStoreAsync(database, cancellationToken).ConfigureAwait(false);
            var checkStore = await Composition.OpenCheckStoreAsync(database, cancellationToken).ConfigureAwait(false);
            await using (store.ConfigureAwait(false))
            await using (checkStore)
            {
                var clock = Stopwatch.StartNew();
                var progress = new Quarters((claims + PerArticle - 1) / PerArticle, PerArticle, clock);
                var runner = new BatchRunner(SyntheticClaims.Extractor, ConsistencyChecker.CreateDefault(), store, TimeProvider.System, checkStore);
                var result = await runner.RunAsync(SyntheticClaims.Source(claims, PerArticle), new BatchOptions(1, "bench --claims"), progress, cancellationToken)
                    .ConfigureAwait(false);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"claims: {result.Summary.Claims}, contradictions: {result.Summary.ContradictionsTotal}, time: {clock.Elapsed.TotalSeconds:0.0} s, " +
                    $"{result.Summary.Claims / clock.Elapsed.TotalSeconds:0} claims/s, peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024} MB"));
                Console.WriteLine($"phases: {runner.Phases}");
                return result.ExitCode;
            }
        }
        finally
        {
            DeleteWork(work);
        }
    }

    private static async Task<int> ExecuteAsync(int articles, string corpus, int jobs, string models, CancellationToken cancellationToken)
    {
        if (await MissingCorpusAsync(corpus).ConfigureAwait(false))
        {
            return 2;
        }

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
            DeleteWork(work);
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

    /// <summary>
    /// A line at each quarter of the articles: claims so far, elapsed time, rate and CPU seconds over the last quarter
    /// (wall time depends on what else the machine runs; CPU time much less), memory: the working set includes the store's
    /// memory-mapped pages, the managed heap does not.
    /// </summary>
    private sealed class Quarters(int articles, int perArticle, Stopwatch clock) : IRunProgress
    {
        private int _done;
        private double _last;
        private double _lastCpu;

        public void Report(ItemOutcome outcome)
        {
            int done = Interlocked.Increment(ref _done);
            if (done % Math.Max(1, articles / 4) != 0 && done != articles)
            {
                return;
            }

            double now = clock.Elapsed.TotalSeconds;
            double rate = articles / 4.0 * perArticle / Math.Max(now - _last, 1e-9);
            double cpu = Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {done * perArticle,9} claims  {now,7:0.0} s  {rate,8:0} claims/s  {cpu - _lastCpu,6:0.0} CPU s this quarter  working set {Environment.WorkingSet / 1024 / 1024} MB (managed heap {GC.GetTotalMemory(false) / 1024 / 1024} MB)"));
            _last = now;
            _lastCpu = cpu;
        }
    }

    private sealed class Silent : IRunProgress
    {
        public void Report(ItemOutcome outcome)
        {
        }
    }
}
