using ClaimExtractor.Core.Ingest;
using ClaimExtractor.Core.Storage;

namespace ClaimExtractor.Cli.Running;

/// <summary>
/// Drains the shared work queue: lease a batch (SKIP LOCKED on PostgreSQL), run it through the same
/// <see cref="BatchRunner"/> as <c>claimx run</c> (store, then check each stored document), mark each source done or
/// failed. A heartbeat keeps the lease while the batch runs; if this process dies, the lease runs out and another worker
/// takes the batch. Redoing a batch is harmless: sources already stored with the same content are unchanged, a document
/// is replaced whole, never duplicated, and flags are unique by fingerprint.
/// </summary>
public sealed class QueueWorker(
    IWorkQueue queue, IClaimStore store, BatchRunner runner, Func<IReadOnlyList<string>, IArticleSource> sourceOf,
    TimeProvider time, TextWriter log)
{
    /// <summary>Works until cancelled or, with <see cref="WorkerOptions.ExitWhenIdle"/>, until nothing is pending.</summary>
    public async Task<WorkerTally> RunAsync(WorkerOptions options, IRunProgress progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var tally = new WorkerTally();
        while (!cancellationToken.IsCancellationRequested)
        {
            var items = await runner.Phases.TimeAsync("queue", () =>
                queue.LeaseAsync(options.Name, options.BatchSize, options.Lease, options.MaxAttempts, time.GetUtcNow(), cancellationToken)).ConfigureAwait(false);
            if (items.Count == 0)
            {
                if (options.ExitWhenIdle && (await queue.CountQueueAsync(cancellationToken).ConfigureAwait(false)).Pending == 0)
                {
                    await CheckLeftoversAsync(options, progress, tally, cancellationToken).ConfigureAwait(false);
                    break;
                }

                await Task.Delay(options.Poll, time, cancellationToken).ConfigureAwait(false);
                continue;
            }

            var result = await RunLeasedAsync(items, options, progress, cancellationToken).ConfigureAwait(false);
            tally.Add(result);
            if (result.Summary.Cancelled)
            {
                break; // the lease runs out and another worker redoes what was not committed
            }

            var failed = result.Problems
                .Where(p => p.Kind == ItemOutcomeKind.Failed)
                .GroupBy(p => p.Source, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.First().Reason ?? "failed", StringComparer.Ordinal);
            await runner.Phases.TimeAsync("queue", async () =>
            {
                await queue.CompleteAsync(
                    options.Name, [.. items.Select(i => new QueueCompletion(i.Id, failed.GetValueOrDefault(i.Source)))], time.GetUtcNow(), cancellationToken)
                    .ConfigureAwait(false);
                return true;
            }).ConfigureAwait(false);
            await log.WriteLineAsync(
                $"worker {options.Name}: {items.Count} sources: {result.Summary.New} new, {result.Summary.Changed} changed, " +
                $"{result.Summary.Unchanged} unchanged, {result.Summary.Failed} failed; {result.Summary.ContradictionsNew} new contradictions")
                .ConfigureAwait(false);
        }

        return tally;
    }

    private async Task<RunResult> RunLeasedAsync(
        IReadOnlyList<QueueItem> items, WorkerOptions options, IRunProgress progress, CancellationToken cancellationToken)
    {
        using var stopBeating = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var heartbeat = HeartbeatAsync(items, options, stopBeating.Token);
        try
        {
            var arguments = $"worker {options.Name}: {items.Count} queued sources from {items[0].Source}";
            return await runner.RunAsync(sourceOf([.. items.Select(i => i.Source)]), new BatchOptions(options.Jobs, arguments, CheckLeftovers: false), progress, cancellationToken)
                .ConfigureAwait(false);
        }
        finally
        {
            await stopBeating.CancelAsync().ConfigureAwait(false);
            await heartbeat.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    // Renews the lease at a third of its length, so a slow batch keeps it and a dead worker loses it soon.
    private async Task HeartbeatAsync(IReadOnlyList<QueueItem> items, WorkerOptions options, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            await Task.Delay(options.Lease / 3, time, cancellationToken).ConfigureAwait(false);
            await queue.RenewAsync(options.Name, items, options.Lease, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        }
    }

    // Documents stored by a worker that died before checking them: the last worker out checks them.
    private async Task CheckLeftoversAsync(WorkerOptions options, IRunProgress progress, WorkerTally tally, CancellationToken cancellationToken)
    {
        if ((await store.FindUncheckedDocumentsAsync(cancellationToken).ConfigureAwait(false)).Count == 0)
        {
            return;
        }

        tally.Add(await runner.RunAsync(sourceOf([]), new BatchOptions(options.Jobs, $"worker {options.Name}: unchecked documents"), progress, cancellationToken)
            .ConfigureAwait(false));
    }
}
