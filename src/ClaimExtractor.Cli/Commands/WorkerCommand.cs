using System.CommandLine;
using ClaimExtractor.Cli.Running;
using ClaimExtractor.Consistency;
using ClaimExtractor.Core.Storage;
using ClaimExtractor.Ingest.Sources;

namespace ClaimExtractor.Cli.Commands;

/// <summary>
/// <c>claimx worker --db postgres://...</c>: drains the shared queue; start any number of them on any machines.
/// </summary>
public static class WorkerCommand
{
    /// <summary>Declares the command and its options.</summary>
    public static Command Create()
    {
        var database = CommonOptions.Database();
        var exitWhenIdle = new Option<bool>("--exit-when-idle") { Description = "Stop once nothing is pending instead of waiting for more work" };
        var batch = new Option<int>("--batch") { Description = "Sources leased at a time", DefaultValueFactory = _ => 256, HelpName = "N" };
        var lease = new Option<int>("--lease") { Description = "Seconds a lease lasts without a heartbeat (a dead worker's batch is retried after it)", DefaultValueFactory = _ => 120, HelpName = "SECONDS" };
        var attempts = new Option<int>("--max-attempts") { Description = "Leases a source gets before it is marked failed", DefaultValueFactory = _ => 5, HelpName = "N" };
        var poll = new Option<double>("--poll") { Description = "Seconds an idle worker waits before looking again", DefaultValueFactory = _ => 5, HelpName = "SECONDS" };
        var jobs = new Option<int>("--jobs") { Description = "Articles analysed at once", DefaultValueFactory = _ => Environment.ProcessorCount, HelpName = "N" };
        var maxSize = new Option<double>("--max-size") { Description = "Largest input file in MB; larger files fail", DefaultValueFactory = _ => 10, HelpName = "MB" };
        var models = CommonOptions.Models();
        var command = new Command("worker", "Process queued sources from the shared store (PostgreSQL: run as many as you like)")
        {
            database, exitWhenIdle, batch, lease, attempts, poll, jobs, maxSize, models,
        };
        command.SetAction((result, cancellationToken) =>
        {
            var name = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..6]}";
            var options = new WorkerOptions(
                name, result.GetValue(batch), TimeSpan.FromSeconds(result.GetValue(lease)), result.GetValue(attempts),
                TimeSpan.FromSeconds(result.GetValue(poll)), result.GetValue(exitWhenIdle), result.GetValue(jobs));
            var sources = new SourceOptions { MaxBytes = (long)(result.GetValue(maxSize) * 1024 * 1024) };
            return ExecuteAsync(result.GetRequiredValue(database), options, sources, result.GetRequiredValue(models), cancellationToken);
        });
        return command;
    }

    /// <summary>Runs the worker; exit 0 when it ran out of work, 2 on bad options or a store failure, 130 when stopped.</summary>
    public static async Task<int> ExecuteAsync(string database, WorkerOptions options, SourceOptions sources, string modelsDirectory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (Validate(options, modelsDirectory) is { } problem)
        {
            await Console.Error.WriteLineAsync($"claimx worker: {problem}").ConfigureAwait(false);
            return 2;
        }

        IClaimStore store;
        IClaimStore? checkStore;
        IWorkQueue queue;
        try
        {
            store = await Composition.OpenStoreAsync(database, cancellationToken).ConfigureAwait(false);
            checkStore = await Composition.OpenCheckStoreAsync(database, cancellationToken).ConfigureAwait(false);
            queue = await Composition.OpenQueueAsync(database, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await Console.Error.WriteLineAsync($"claimx worker: cannot open the store '{database}': {e.Message}").ConfigureAwait(false);
            return 2;
        }

        await using (store.ConfigureAwait(false))
        await using (checkStore)
        await using (queue.ConfigureAwait(false))
        {
            var runner = new BatchRunner(Composition.CreateExtractor(modelsDirectory), ConsistencyChecker.CreateDefault(), store, TimeProvider.System, checkStore);
            var worker = new QueueWorker(queue, store, runner, inputs => ArticleSources.Create(inputs, [], sources), TimeProvider.System, Console.Error);
            WorkerTally tally;
            try
            {
                tally = await worker.RunAsync(options, new QuietProgress(), cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return 130;
            }
            catch (Exception e) when (e is System.Data.Common.DbException or IOException)
            {
                // Committed batches stay; this worker's lease runs out and another worker redoes the rest.
                await Console.Error.WriteLineAsync($"claimx worker: the store '{database}' failed: {e.Message}").ConfigureAwait(false);
                return 2;
            }

            // CPU time beside wall time tells whether the machine's cores, not the worker, set the pace (bench --workers)
            var process = System.Diagnostics.Process.GetCurrentProcess();
            Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"worker {options.Name}: {tally.Batches} batches, {tally.Processed} processed, {tally.Unchanged} unchanged, " +
                $"{tally.Failed} failed, {tally.ContradictionsNew} new contradictions, " +
                $"peak working set {process.PeakWorkingSet64 / 1024 / 1024} MB, CPU {process.TotalProcessorTime.TotalSeconds:0.0} s; time by phase: {runner.Phases}"));
            return tally.Cancelled ? 130 : 0;
        }
    }

    private static string? Validate(WorkerOptions options, string modelsDirectory) =>
        options.BatchSize < 1 ? "--batch must be at least 1"
        : options.Jobs < 1 ? "--jobs must be at least 1"
        : options.Lease < TimeSpan.FromSeconds(3) ? "--lease must be at least 3 seconds"
        : options.MaxAttempts < 1 ? "--max-attempts must be at least 1"
        : options.Poll <= TimeSpan.Zero ? "--poll must be positive"
        : Directory.Exists(modelsDirectory) ? null : $"models folder '{modelsDirectory}' not found (--models)";

    // A worker logs one line per batch (QueueWorker); failed inputs are in the queue and run_items tables.
    private sealed class QuietProgress : IRunProgress
    {
        public void Report(ItemOutcome outcome)
        {
            if (outcome.Kind == ItemOutcomeKind.Failed)
            {
                Console.Error.WriteLine($"failed: {outcome.Source}: {outcome.Reason}");
            }
        }
    }
}
