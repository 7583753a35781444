using BenchmarkDotNet.Attributes;
using ClaimExtractor.Cli.Commands;
using ClaimExtractor.Core.Storage;

namespace ClaimExtractor.Benchmarks;

/// <summary>Saving analysed articles to a SQLite file in one batch transaction, as the run's writer does.</summary>
[MemoryDiagnoser]
public class StoreInsertBench
{
    private IReadOnlyList<DocumentToSave> _batch = [];
    private string _database = "";
    private IClaimStore? _store;

    [Params(32, 256)]
    public int BatchSize { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var extractor = Composition.CreateExtractor(RepositoryPaths.Models);
        _batch = [.. BenchCorpus.Articles(BatchSize).Select(a => new DocumentToSave(a, extractor.Analyze(a, CancellationToken.None), extractor.Version))];
    }

    // Opening and migrating a fresh file is setup, not what is measured (BenchmarkDotNet's setups are synchronous).
    [IterationSetup]
    public void NewDatabase()
    {
        _database = Path.Combine(Path.GetTempPath(), $"claimx-bench-{Guid.NewGuid():N}.db");
        _store = Composition.OpenStoreAsync(_database, CancellationToken.None).GetAwaiter().GetResult();
    }

    [Benchmark]
    // _store is set by NewDatabase before every iteration.
    public async Task<int> SaveBatch() => (await _store!.SaveDocumentsAsync(_batch, CancellationToken.None)).Documents.Count;

    [IterationCleanup]
    public void Delete()
    {
        _store!.DisposeAsync().AsTask().GetAwaiter().GetResult(); // set by NewDatabase
        foreach (string file in new[] { _database, _database + "-wal", _database + "-shm" })
        {
            File.Delete(file);
        }
    }
}
