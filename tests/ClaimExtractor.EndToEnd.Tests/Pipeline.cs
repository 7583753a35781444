using ClaimExtractor.Cli.Commands;
using ClaimExtractor.Cli.Running;
using ClaimExtractor.Consistency;
using ClaimExtractor.Core.Analysis;
using ClaimExtractor.Core.Claims;
using ClaimExtractor.Core.Consistency;
using ClaimExtractor.Core.Storage;
using ClaimExtractor.Ingest.Files;

namespace ClaimExtractor.EndToEnd.Tests;

/// <summary>Runs the batch in-process against a store file, and reads back what it stored.</summary>
internal static class Pipeline
{
    private static readonly Lazy<(IClaimExtractor Extractor, Func<string, string?> ResolveName)> Nlp =
        new(() => Composition.CreateExtractorWithNames(RepositoryPaths.Models));

    public static IClaimExtractor SharedExtractor => Nlp.Value.Extractor;

    public static Func<string, string?> ResolveName => Nlp.Value.ResolveName;

    /// <summary>
    /// Runs as <c>claimx run</c> does: checks read through a second connection while the next batch is saved, unless
    /// <paramref name="oneConnection"/>.
    /// </summary>
    public static async Task<RunResult> RunAsync(string database, IReadOnlyList<string> paths, long maxBytes = 10 * 1024 * 1024,
        IRunProgress? progress = null, CancellationToken cancellationToken = default, bool checkLeftovers = true, bool oneConnection = false,
        ConsistencyChecker? checker = null)
    {
        await using var store = await Composition.OpenStoreAsync(database, CancellationToken.None);
        await using var checkStore = oneConnection ? null : await Composition.OpenCheckStoreAsync(database, CancellationToken.None);
        var runner = new BatchRunner(SharedExtractor, checker ?? ConsistencyChecker.CreateDefault(), store, TimeProvider.System, checkStore);
        return await runner.RunAsync(
            new FileSystemSource(paths, new FileSourceOptions { MaxBytes = maxBytes }), new BatchOptions(2, "test", checkLeftovers), progress ?? new Quiet(), cancellationToken);
    }

    public static async Task<Snapshot> ReadAsync(string database)
    {
        await using var store = await Composition.OpenStoreAsync(database, CancellationToken.None);
        var documents = await store.ReadDocumentsAsync(CancellationToken.None).ToListAsync();
        var claims = await store.ReadClaimsAsync(new ClaimQuery(), CancellationToken.None).ToListAsync();
        var flags = await store.ReadContradictionsAsync(new ContradictionQuery(), CancellationToken.None).ToListAsync();
        return new Snapshot(documents.Count, claims, flags);
    }

    /// <summary>What a store holds, in forms that compare across two stores (ids differ, content does not).</summary>
    public sealed record Snapshot(int Documents, IReadOnlyList<StoredClaim> Claims, IReadOnlyList<ContradictionRecord> Contradictions)
    {
        public IReadOnlyList<string> ClaimFacts =>
            [.. Claims.Select(c => $"{c.Document.Source}:{c.Claim.Quantity.Span.Start}:{c.Claim.Quote}:{c.Claim.Key}").Order(StringComparer.Ordinal)];

        public IReadOnlyList<string> ContradictionFacts =>
            [.. Contradictions.Select(c => $"{c.Contradiction.Kind}:{c.A.Document.Source}:{c.A.Claim.Quote}~{c.B.Document.Source}:{c.B.Claim.Quote}")
                .Order(StringComparer.Ordinal)];

        /// <summary>
        /// The flags between figures each stated by a single document, as the store identifies a flag: its kind and the
        /// unordered pair of figures. A figure stated by several documents is compared through the first one stored,
        /// so which documents such a flag shows, and even its kind, follow the order documents arrive in.
        /// </summary>
        public IReadOnlyList<string> UnambiguousFlagFacts
        {
            get
            {
                var statedBy = Claims.GroupBy(c => c.Claim.Figure, StringComparer.Ordinal)
                    .ToDictionary(g => g.Key, g => g.Select(c => c.Document.Source).Distinct(StringComparer.Ordinal).Count(), StringComparer.Ordinal);
                return
                [
                    .. Contradictions
                        .Where(c => statedBy[c.A.Claim.Figure] == 1 && statedBy[c.B.Claim.Figure] == 1)
                        .Select(c => $"{c.Contradiction.Kind}:{string.Join('~', new[] { c.A.Claim.Figure, c.B.Claim.Figure }.Order(StringComparer.Ordinal))}")
                        .Order(StringComparer.Ordinal),
                ];
            }
        }
    }

    private sealed class Quiet : IRunProgress
    {
        public void Report(ItemOutcome outcome)
        {
        }
    }

    /// <summary>Cancels the run as soon as the first input is done: a Ctrl+C in the middle of a batch.</summary>
    public sealed class CancelAfterFirst(CancellationTokenSource cancel) : IRunProgress
    {
        public void Report(ItemOutcome outcome) => cancel.Cancel();
    }
}
