using ClaimExtractor.Cli.Commands;
using ClaimExtractor.Cli.Running;
using ClaimExtractor.Consistency;
using ClaimExtractor.Core.Analysis;
using ClaimExtractor.Core.Storage;
using ClaimExtractor.Ingest.Files;

namespace ClaimExtractor.Cli.Evaluation;

/// <summary>
/// Runs the whole pipeline on every gold cluster under a folder, each into its own temporary store, and scores it.
/// <paramref name="resolveName"/> names the entity a gold subject or alias stands for ("UK" → United Kingdom), so a
/// subject agrees when it is the entity a gold alias names.
/// </summary>
public sealed class EvalRunner(IClaimExtractor extractor, ConsistencyChecker checker, Func<string, string?> resolveName)
{
    /// <summary>Every folder under <paramref name="root"/> (itself included) that holds a <c>gold.json</c>, in ordinal order.</summary>
    public static IReadOnlyList<string> FindClusters(string root) =>
        [.. Directory.EnumerateFiles(root, "gold.json", SearchOption.AllDirectories)
            .Select(f => Path.GetDirectoryName(f)!)
            .Order(StringComparer.Ordinal)];

    /// <summary>Scores one cluster folder.</summary>
    public async Task<ClusterScore> ScoreClusterAsync(string cluster, CancellationToken cancellationToken)
    {
        var gold = GoldSet.Load(Path.Combine(cluster, "gold.json"));
        string database = Path.Combine(Path.GetTempPath(), $"claimx-eval-{Guid.NewGuid():N}.db");
        try
        {
            var store = await Composition.OpenStoreAsync(database, cancellationToken).ConfigureAwait(false);
            await using (store.ConfigureAwait(false))
            {
                var source = new FileSystemSource([cluster], new FileSourceOptions());
                await new BatchRunner(extractor, checker, store, TimeProvider.System)
                    .RunAsync(source, new BatchOptions(1, "eval " + cluster), NoProgress.Instance, cancellationToken).ConfigureAwait(false);
                var documents = await store.ReadDocumentsAsync(cancellationToken).ToListAsync(cancellationToken).ConfigureAwait(false);
                var claims = await store.ReadClaimsAsync(new ClaimQuery(), cancellationToken).ToListAsync(cancellationToken).ConfigureAwait(false);
                var flags = await store.ReadContradictionsAsync(new ContradictionQuery(), cancellationToken).ToListAsync(cancellationToken).ConfigureAwait(false);
                return GoldScorer.Score(gold, Path.GetFileName(cluster), documents, claims, flags, resolveName);
            }
        }
        finally
        {
            foreach (string file in new[] { database, database + "-wal", database + "-shm" })
            {
                File.Delete(file);
            }
        }
    }

    private sealed class NoProgress : IRunProgress
    {
        public static readonly NoProgress Instance = new();

        public void Report(ItemOutcome outcome)
        {
        }
    }
}
