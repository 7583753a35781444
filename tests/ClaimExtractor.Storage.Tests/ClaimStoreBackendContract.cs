using ClaimExtractor.Core.Consistency;
using ClaimExtractor.Core.Storage;
using ClaimExtractor.Storage.Store;
using ClaimExtractor.Storage.Tests.Support;

namespace ClaimExtractor.Storage.Tests;

/// <summary>The contract on <see cref="ClaimStore"/>, whatever its backend, with what only the concrete class offers.</summary>
public abstract class ClaimStoreBackendContract : ClaimStoreContract
{
    private ClaimStore Concrete => (ClaimStore)Store;

    protected override Task SetStatusAsync(long contradictionId, ContradictionStatus status, string? reason) =>
        Concrete.SetStatusAsync(contradictionId, status, reason, note: null, reviewer: "tester", None);

    protected override Task<IReadOnlyList<int>> ReadAppliedMigrationsAsync() => Concrete.ReadAppliedMigrationsAsync(None);

    protected override Task<StoredRun?> ReadRunAsync(RunId run) => Concrete.ReadRunAsync(run, None);

    [ContractFact]
    public async Task The_review_queue_and_the_dashboard_read_on_every_backend()
    {
        await SampleCorpus.FillAsync(Store, None);
        var query = new ContradictionQuery(Entity: "northland", Text: "billion", ExcludeKind: ContradictionKind.Update);

        var slice = await Concrete.ReadQueueAsync(query with { Limit = 1 }, None);
        var page = await Concrete.ReadContradictionPageAsync(query with { Limit = 1 }, None);

        Assert.Equal(page, slice.Page);
        Assert.Equal(await Concrete.CountContradictionsAsync(query, None), slice.Total);
        Assert.NotEmpty(slice.Page);
        Assert.NotEmpty(await Concrete.CountFlagsByKindAndStatusAsync(None));
        Assert.NotEmpty(await Concrete.ReadClaimCountsOverTimeAsync(5, None));
        Assert.NotEmpty(await Concrete.ReadMostConflictedMetricsAsync(5, None));
        Assert.NotEmpty(await Concrete.ReadMostConflictedOutletsAsync(5, None));
    }

    [ContractFact]
    public async Task A_decision_on_an_unknown_contradiction_is_refused()
    {
        await Assert.ThrowsAsync<KeyNotFoundException>(() =>
            Concrete.SetStatusAsync(404, ContradictionStatus.Confirmed, null, null, null, None));
    }

    [ContractFact]
    public async Task Queued_sources_are_leased_once_oldest_first_and_leave_the_queue_when_completed()
    {
        var queue = (IWorkQueue)Store;
        await queue.EnqueueAsync(["a.txt", "b.txt", "c.txt"], At(0), None);

        var first = await queue.LeaseAsync("w1", 2, Lease, 5, At(1), None);
        var second = await queue.LeaseAsync("w2", 2, Lease, 5, At(1), None);
        await queue.CompleteAsync("w1", [new(first[0].Id, null), new(first[1].Id, "unreadable")], At(2), None);

        Assert.Equal(["a.txt", "b.txt"], first.Select(i => i.Source));
        Assert.Equal(["c.txt"], second.Select(i => i.Source));
        Assert.Equal(new QueueCounts(Pending: 1, Leased: 0, Done: 1, Failed: 1), await queue.CountQueueAsync(None));
    }

    [ContractFact]
    public async Task A_lease_that_runs_out_lets_another_worker_take_the_source_and_the_first_cannot_complete_it()
    {
        var queue = (IWorkQueue)Store;
        await queue.EnqueueAsync(["a.txt"], At(0), None);
        var dead = await queue.LeaseAsync("dead", 1, Lease, 5, At(1), None);

        var whileLeased = await queue.LeaseAsync("w2", 1, Lease, 5, At(30), None);
        var afterExpiry = await queue.LeaseAsync("w2", 1, Lease, 5, At(1 + 61), None);
        await queue.CompleteAsync("dead", [new(dead[0].Id, "late")], At(63), None);

        Assert.Empty(whileLeased);
        Assert.Equal(new QueueItem(dead[0].Id, "a.txt", 2), Assert.Single(afterExpiry));
        Assert.Equal(new QueueCounts(Pending: 1, Leased: 0, Done: 0, Failed: 0), await queue.CountQueueAsync(None));
    }

    [ContractFact]
    public async Task A_heartbeat_keeps_the_lease()
    {
        var queue = (IWorkQueue)Store;
        await queue.EnqueueAsync(["a.txt"], At(0), None);
        var leased = await queue.LeaseAsync("w1", 1, Lease, 5, At(1), None);

        await queue.RenewAsync("w1", leased, Lease, At(50), None);

        Assert.Empty(await queue.LeaseAsync("w2", 1, Lease, 5, At(100), None));
        Assert.Single(await queue.LeaseAsync("w2", 1, Lease, 5, At(111), None));
    }

    [ContractFact]
    public async Task A_source_whose_leases_keep_running_out_is_given_up_as_failed()
    {
        var queue = (IWorkQueue)Store;
        await queue.EnqueueAsync(["poison.txt"], At(0), None);
        await queue.LeaseAsync("w1", 1, Lease, 2, At(1), None);
        await queue.LeaseAsync("w2", 1, Lease, 2, At(100), None);

        Assert.Empty(await queue.LeaseAsync("w3", 1, Lease, 2, At(200), None));
        Assert.Equal(new QueueCounts(Pending: 0, Leased: 0, Done: 0, Failed: 1), await queue.CountQueueAsync(None));
    }

    [ContractFact]
    public async Task Enqueueing_again_requeues_finished_sources_and_leaves_pending_ones_alone()
    {
        var queue = (IWorkQueue)Store;
        await queue.EnqueueAsync(["a.txt", "b.txt"], At(0), None);
        var leased = await queue.LeaseAsync("w1", 1, Lease, 5, At(1), None);
        await queue.CompleteAsync("w1", [new(leased[0].Id, null)], At(2), None);

        var added = await queue.EnqueueAsync(["a.txt", "b.txt", "b.txt", "c.txt"], At(3), None);

        Assert.Equal(2, added);
        Assert.Equal(new QueueCounts(Pending: 3, Leased: 0, Done: 0, Failed: 0), await queue.CountQueueAsync(None));
    }

    private static TimeSpan Lease => TimeSpan.FromSeconds(60);

    private static DateTimeOffset At(int seconds) => new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).AddSeconds(seconds);
}
