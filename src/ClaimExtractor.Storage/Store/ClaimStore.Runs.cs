using ClaimExtractor.Core.Storage;
using ClaimExtractor.Storage.Mapping;
using Dapper;

namespace ClaimExtractor.Storage.Store;

/// <summary>Runs: what each invocation was given and what it did with every input.</summary>
public sealed partial class ClaimStore
{
    /// <inheritdoc />
    public async Task<RunId> StartRunAsync(string arguments, DateTimeOffset startedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var id = await _connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "INSERT INTO runs (arguments, started_at, cancelled) VALUES (@arguments, @startedAt, 0) RETURNING id",
            new { arguments, startedAt = DateText.ToStored(startedAt) }, cancellationToken: cancellationToken));
        return new RunId(id);
    }

    /// <inheritdoc />
    public async Task RecordOutcomeAsync(RunId run, ItemOutcome outcome, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        await _connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO run_items (run_id, source, outcome, reason) VALUES (@run, @source, @outcome, @reason)",
            new { run = run.Value, source = outcome.Source, outcome = StoredNames.ToName(outcome.Kind), reason = outcome.Reason },
            cancellationToken: cancellationToken));
    }

    /// <inheritdoc />
    public async Task FinishRunAsync(RunId run, RunSummary summary, DateTimeOffset finishedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var updated = await _connection.ExecuteAsync(new CommandDefinition("""
            UPDATE runs SET finished_at = @finishedAt, count_new = @New, count_unchanged = @Unchanged,
                count_changed = @Changed, count_failed = @Failed, count_skipped = @Skipped, count_claims = @Claims,
                count_contradictions_new = @ContradictionsNew, count_contradictions_total = @ContradictionsTotal,
                cancelled = @Cancelled
            WHERE id = @run
            """,
            new
            {
                run = run.Value,
                finishedAt = DateText.ToStored(finishedAt),
                summary.New,
                summary.Unchanged,
                summary.Changed,
                summary.Failed,
                summary.Skipped,
                summary.Claims,
                summary.ContradictionsNew,
                summary.ContradictionsTotal,
                Cancelled = summary.Cancelled ? 1 : 0,
            },
            cancellationToken: cancellationToken));
        if (updated == 0)
        {
            throw new KeyNotFoundException($"no run has id {run.Value}");
        }
    }

    /// <summary>A recorded run with its outcomes in the order they were recorded, or null.</summary>
    public async Task<StoredRun?> ReadRunAsync(RunId run, CancellationToken cancellationToken)
    {
        var row = await _connection.QuerySingleOrDefaultAsync<RunRow>(new CommandDefinition("""
            SELECT id AS Id, arguments AS Arguments, started_at AS StartedAt, finished_at AS FinishedAt,
                   count_new AS New, count_unchanged AS Unchanged, count_changed AS Changed, count_failed AS Failed,
                   count_skipped AS Skipped, count_claims AS Claims, count_contradictions_new AS ContradictionsNew,
                   count_contradictions_total AS ContradictionsTotal, cancelled AS Cancelled
            FROM runs WHERE id = @Value
            """, new { run.Value }, cancellationToken: cancellationToken));
        if (row is null)
        {
            return null;
        }

        var items = await _connection.QueryAsync<RunItemRow>(new CommandDefinition(
            "SELECT source AS Source, outcome AS Outcome, reason AS Reason FROM run_items WHERE run_id = @Value ORDER BY id",
            new { run.Value }, cancellationToken: cancellationToken));
        RunSummary? summary = row.FinishedAt is null
            ? null
            : new RunSummary(
                (int)(row.New ?? 0), (int)(row.Unchanged ?? 0), (int)(row.Changed ?? 0), (int)(row.Failed ?? 0),
                (int)(row.Skipped ?? 0), (int)(row.Claims ?? 0), (int)(row.ContradictionsNew ?? 0),
                (int)(row.ContradictionsTotal ?? 0), row.Cancelled != 0);
        return new StoredRun(
            new RunId(row.Id),
            row.Arguments,
            DateText.InstantFromStored(row.StartedAt),
            row.FinishedAt is null ? null : DateText.InstantFromStored(row.FinishedAt),
            summary,
            [.. items.Select(i => new ItemOutcome(i.Source, StoredNames.Parse<ItemOutcomeKind>(i.Outcome), i.Reason))]);
    }

    private sealed class RunRow
    {
        public long Id { get; set; }

        public string Arguments { get; set; } = "";

        public string StartedAt { get; set; } = "";

        public string? FinishedAt { get; set; }

        public long? New { get; set; }

        public long? Unchanged { get; set; }

        public long? Changed { get; set; }

        public long? Failed { get; set; }

        public long? Skipped { get; set; }

        public long? Claims { get; set; }

        public long? ContradictionsNew { get; set; }

        public long? ContradictionsTotal { get; set; }

        public long Cancelled { get; set; }
    }

    private sealed class RunItemRow
    {
        public string Source { get; set; } = "";

        public string Outcome { get; set; } = "";

        public string? Reason { get; set; }
    }
}
