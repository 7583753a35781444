using ClaimExtractor.Core.Storage;
using ClaimExtractor.Storage.Mapping;
using Dapper;

namespace ClaimExtractor.Storage.Store;

/// <summary>The work queue (<c>queue</c> table): enqueue, lease with SKIP LOCKED, heartbeat, complete.</summary>
public sealed partial class ClaimStore : IWorkQueue
{
    private const int EnqueueChunk = 1000;

    /// <inheritdoc />
    public async Task<int> EnqueueAsync(IReadOnlyList<string> sources, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var added = 0;
        var at = DateText.ToStored(now);
        foreach (var chunk in sources.Distinct(StringComparer.Ordinal).Chunk(EnqueueChunk))
        {
            await using var transaction = await _connection.BeginTransactionAsync(cancellationToken);

            // A source done or failed before is queued again (tomorrow's run); one still pending is left as it is.
            added += await _connection.ExecuteAsync(new CommandDefinition("""
                INSERT INTO queue (source, state, attempts, enqueued_at) VALUES (@source, 'pending', 0, @at)
                ON CONFLICT (source) DO UPDATE SET state = 'pending', attempts = 0, error = NULL, finished_at = NULL,
                    leased_by = NULL, lease_until = NULL, enqueued_at = excluded.enqueued_at
                WHERE queue.state <> 'pending'
                """, chunk.Select(source => new { source, at }), transaction, cancellationToken: cancellationToken));
            await transaction.CommitAsync(cancellationToken);
        }

        return added;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<QueueItem>> LeaseAsync(
        string worker, int count, TimeSpan lease, int maxAttempts, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(worker);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var at = DateText.ToStored(now);
        var until = DateText.ToStored(now + lease);
        await using var transaction = await _connection.BeginTransactionAsync(cancellationToken);
        await _connection.ExecuteAsync(new CommandDefinition("""
            UPDATE queue SET state = 'failed', error = @gaveUp, finished_at = @at, leased_by = NULL, lease_until = NULL
            WHERE state = 'pending' AND lease_until IS NOT NULL AND lease_until < @at AND attempts >= @maxAttempts
            """,
            new { at, maxAttempts, gaveUp = $"given up after {maxAttempts} leases ran out: a worker died or hung on it each time" },
            transaction, cancellationToken: cancellationToken));

        // Rows another worker is leasing at this instant are skipped, not waited for (PostgreSQL); SQLite has one writer.
        var rows = await _connection.QueryAsync<(long Id, string Source, long Attempts)>(new CommandDefinition($"""
            UPDATE queue SET leased_by = @worker, lease_until = @until, attempts = attempts + 1
            WHERE id IN (SELECT id FROM queue WHERE state = 'pending' AND (lease_until IS NULL OR lease_until < @at)
                         ORDER BY id LIMIT @count{_dialect.LockSkippingLocked})
            RETURNING id, source, attempts
            """, new { worker, until, at, count }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.Id).Select(r => new QueueItem(r.Id, r.Source, checked((int)r.Attempts)))];
    }

    /// <inheritdoc />
    public async Task RenewAsync(string worker, IReadOnlyList<QueueItem> items, TimeSpan lease, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        var ids = items.Select(i => i.Id).ToArray();
        await _connection.ExecuteAsync(new CommandDefinition(
            $"UPDATE queue SET lease_until = @until WHERE {_dialect.InList("id", "@ids")} AND leased_by = @worker AND state = 'pending'",
            new { ids = _dialect.ListValue(ids), worker, until = DateText.ToStored(now + lease) }, cancellationToken: cancellationToken));
    }

    /// <inheritdoc />
    public async Task CompleteAsync(string worker, IReadOnlyList<QueueCompletion> items, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        var at = DateText.ToStored(now);
        await using var transaction = await _connection.BeginTransactionAsync(cancellationToken);
        await _connection.ExecuteAsync(new CommandDefinition("""
            UPDATE queue SET state = @state, error = @error, finished_at = @at, leased_by = NULL, lease_until = NULL
            WHERE id = @id AND leased_by = @worker AND state = 'pending'
            """,
            items.Select(i => new { id = i.Id, worker, state = i.Error is null ? "done" : "failed", error = i.Error, at }),
            transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<QueueCounts> CountQueueAsync(CancellationToken cancellationToken)
    {
        var rows = await _connection.QueryAsync<(string State, long Count, long Leased)>(new CommandDefinition("""
            SELECT state, COUNT(*), SUM(CASE WHEN lease_until >= @at THEN 1 ELSE 0 END) FROM queue GROUP BY state
            """, new { at = Now() }, cancellationToken: cancellationToken));
        var counts = rows.ToDictionary(r => r.State, StringComparer.Ordinal);
        int Count(string state) => counts.TryGetValue(state, out var row) ? checked((int)row.Count) : 0;
        var leased = counts.TryGetValue("pending", out var pending) ? checked((int)pending.Leased) : 0;
        return new QueueCounts(Count("pending"), leased, Count("done"), Count("failed"));
    }
}
