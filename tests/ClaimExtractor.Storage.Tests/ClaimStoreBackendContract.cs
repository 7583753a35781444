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
    public async Task A_decision_on_an_unknown_contradiction_is_refused()
    {
        await Assert.ThrowsAsync<KeyNotFoundException>(() =>
            Concrete.SetStatusAsync(404, ContradictionStatus.Confirmed, null, null, null, None));
    }
}
