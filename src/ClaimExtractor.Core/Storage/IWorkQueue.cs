namespace ClaimExtractor.Core.Storage;

/// <summary>
/// The shared queue of sources waiting to be processed. Many workers lease batches from it at once; a lease that
/// runs out (its worker died) makes the batch available again, so nothing enqueued is lost.
/// </summary>
public interface IWorkQueue : IAsyncDisposable
{
    /// <summary>Adds each source as pending; one already done or failed becomes pending again. Returns how many are newly pending.</summary>
    Task<int> EnqueueAsync(IReadOnlyList<string> sources, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// Leases up to <paramref name="count"/> pending sources whose lease is free or expired to <paramref name="worker"/>
    /// until <paramref name="now"/> + <paramref name="lease"/>, oldest first, skipping rows another worker is leasing at
    /// this instant. A source leased <paramref name="maxAttempts"/> times already is marked failed instead.
    /// </summary>
    Task<IReadOnlyList<QueueItem>> LeaseAsync(
        string worker, int count, TimeSpan lease, int maxAttempts, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Extends <paramref name="worker"/>'s lease on <paramref name="items"/> (a heartbeat while it works).</summary>
    Task RenewAsync(string worker, IReadOnlyList<QueueItem> items, TimeSpan lease, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Marks leased items done (no error) or failed (with the reason); items no longer leased to <paramref name="worker"/> are left alone.</summary>
    Task CompleteAsync(string worker, IReadOnlyList<QueueCompletion> items, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>How many sources are pending (leased or not), done and failed.</summary>
    Task<QueueCounts> CountQueueAsync(CancellationToken cancellationToken);
}
