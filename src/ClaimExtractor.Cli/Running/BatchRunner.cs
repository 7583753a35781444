using System.Data.Common;
using System.Threading.Channels;
using ClaimExtractor.Consistency;
using ClaimExtractor.Core.Analysis;
using ClaimExtractor.Core.Documents;
using ClaimExtractor.Core.Ingest;
using ClaimExtractor.Core.Storage;

namespace ClaimExtractor.Cli.Running;

/// <summary>
/// Runs a batch end to end: source → (unchanged? skip) → NLP on <c>Jobs</c> workers → one writer that stores batches
/// in transactions → a checker that checks each stored batch against the store and saves its flags. Streams: nothing
/// holds the corpus. One bad input never stops the batch; a store failure does.
/// </summary>
/// <param name="extractor">The NLP stage.</param>
/// <param name="checker">The consistency checker.</param>
/// <param name="store">The store documents, claims and flags are written to.</param>
/// <param name="time">The clock for run records and batch waits.</param>
/// <param name="checkStore">
/// A second connection to the same store that checks (and the look-ups of sources already stored) read through, so a
/// stored batch is checked while the writer saves the next (two cores busy instead of one). A check reads what is
/// committed when it runs, as it does with one connection. Without it, saves and checks take turns on
/// <paramref name="store"/>.
/// </param>
public sealed class BatchRunner(
    IClaimExtractor extractor, ConsistencyChecker checker, IClaimStore store, TimeProvider time, IClaimStore? checkStore = null)
{
    // Documents per transaction: a commit rewrites every index page the batch touched (figures and claims go in at
    // random keys), and until an index outgrows the batch that is every page of it, so fewer, larger commits write
    // each page once for more claims. bench --claims (quiet machine): 1,024 a batch took 51.5 s for a million claims
    // and 139.5 s for two million; 4,096 take 46.7 s and 102.1 s, with the managed heap under 400 MB.
    private const int WriteBatchSize = 4096;

    // How long the writer waits for a fuller batch once it has one document: one transaction per document would cost a
    // commit (and a check round) each, while a short wait lets the NLP jobs catch up.
    private static readonly TimeSpan MaxBatchWait = TimeSpan.FromSeconds(1);

    // The store is one connection: every call goes through this gate.
    private readonly SemaphoreSlim _gate = new(1, 1);

    // The check store's connection, used by the reads alone (they go through _gate when there is none).
    private readonly SemaphoreSlim _checkGate = new(1, 1);

    // Where checks and look-ups read: the check store, else the store.
    private IClaimStore ReadStore => checkStore ?? store;

    private SemaphoreSlim ReaderGate => checkStore is null ? _gate : _checkGate;

    /// <summary>Where this runner's time went, over every run so far (see <see cref="PhaseTimes"/>).</summary>
    public PhaseTimes Phases { get; } = new();

    /// <summary>Processes every item of <paramref name="source"/>; cancelling stops cleanly with committed work kept.</summary>
    public async Task<RunResult> RunAsync(IArticleSource source, BatchOptions options, IRunProgress progress, CancellationToken cancellationToken)
    {
        var run = await Locked("runs", ct => store.StartRunAsync(options.Arguments, time.GetUtcNow(), ct), cancellationToken).ConfigureAwait(false);
        var tally = new RunTally(progress);
        var storedUnchecked = new List<DocumentId>();
        var toNlp = Channel.CreateBounded<Pending>(Math.Max(4, options.Jobs * 4));
        var toWriter = Channel.CreateBounded<Analyzed>(WriteBatchSize);
        var toChecker = Channel.CreateBounded<SavedBatch>(1);
        bool cancelled = false;

        // A stage that fails (the store, most likely) stops the others, which would otherwise wait on full channels.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Task[] stages =
        [
            StopOnFailure(ProduceAsync(source, run, tally, toNlp.Writer, storedUnchecked, stop.Token), stop),
            StopOnFailure(AnalyzeAsync(toNlp.Reader, toWriter.Writer, options.Jobs, run, tally, stop.Token), stop),
            StopOnFailure(WriteAsync(toWriter.Reader, toChecker.Writer, run, tally, stop.Token), stop),
            StopOnFailure(CheckSavedAsync(toChecker.Reader, run, tally, stop.Token), stop),
        ];
        try
        {
            await Task.WhenAll(stages).ConfigureAwait(false);
            await CheckAllAsync(options.CheckLeftovers ? await Locked("find", store.FindUncheckedDocumentsAsync, stop.Token).ConfigureAwait(false) : storedUnchecked, run, tally, stop.Token)
                .ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            cancelled = true;
        }
        catch (OperationCanceledException) when (FirstFailure(stages) is { } failure)
        {
            // The other stages were cancelled because of this one: report the cause, not the cancellations.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        }

        // The run record is closed even after Ctrl+C, so the runs table tells what happened.
        int total = await Locked("runs", store.CountContradictionsAsync, CancellationToken.None).ConfigureAwait(false);
        var summary = tally.Summary(total, cancelled);
        await Locked("runs", ct => store.FinishRunAsync(run, summary, time.GetUtcNow(), ct), CancellationToken.None).ConfigureAwait(false);
        return new RunResult(summary, tally.Problems);
    }

    private static async Task StopOnFailure(Task stage, CancellationTokenSource stop)
    {
        try
        {
            await stage.ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await stop.CancelAsync().ConfigureAwait(false);
            throw;
        }
    }

    private static Exception? FirstFailure(IEnumerable<Task> stages) =>
        stages.Select(s => s.Exception?.InnerException).FirstOrDefault(e => e is not null and not OperationCanceledException);

    // Unchanged sources are skipped; one stored but never checked (its worker died in between) is listed in storedUnchecked.
    private async Task ProduceAsync(
        IArticleSource source, RunId run, RunTally tally, ChannelWriter<Pending> output, List<DocumentId> storedUnchecked, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var item in source.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                switch (item.Kind)
                {
                    case SourceItemKind.Article when item.Article is { } article:
                        var state = await Locked(ReaderGate, "find", ct => ReadStore.FindDocumentAsync(article.Source, ct), cancellationToken).ConfigureAwait(false);
                        if (state is not null && state.ContentHash == article.ContentHash && state.ExtractorVersion == extractor.Version)
                        {
                            if (!state.Checked)
                            {
                                storedUnchecked.Add(state.Id);
                            }

                            tally.Add(new ItemOutcome(article.Source, ItemOutcomeKind.Unchanged, null));
                            continue;
                        }

                        var kind = state is null ? ItemOutcomeKind.New : ItemOutcomeKind.Changed;
                        await output.WriteAsync(new Pending(article, kind), cancellationToken).ConfigureAwait(false);
                        break;
                    case SourceItemKind.Skipped:
                        await RecordProblemAsync(run, tally, new ItemOutcome(item.Source, ItemOutcomeKind.Skipped, item.Reason), cancellationToken).ConfigureAwait(false);
                        break;
                    default:
                        await RecordFailureAsync(run, tally, item.Source, item.Reason ?? "unreadable", cancellationToken).ConfigureAwait(false);
                        break;
                }
            }
        }
        finally
        {
            output.Complete();
        }
    }

    private async Task AnalyzeAsync(ChannelReader<Pending> input, ChannelWriter<Analyzed> output, int jobs, RunId run, RunTally tally,
        CancellationToken cancellationToken)
    {
        try
        {
            var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, jobs), CancellationToken = cancellationToken };
            await Parallel.ForEachAsync(input.ReadAllAsync(cancellationToken), options, async (pending, ct) =>
            {
                DocumentAnalysis analysis;
                var start = System.Diagnostics.Stopwatch.GetTimestamp();
                try
                {
                    analysis = extractor.Analyze(pending.Article, ct);
                    Phases.Add("nlp", System.Diagnostics.Stopwatch.GetElapsedTime(start));
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // A bug in the NLP stage on one article must not sink the batch: record it with the article.
                    await RecordFailureAsync(run, tally, pending.Article.Source, $"extraction failed: {e.GetType().Name}: {e.Message}", ct).ConfigureAwait(false);
                    return;
                }

                await output.WriteAsync(new Analyzed(pending, analysis), ct).ConfigureAwait(false);
            }).ConfigureAwait(false);
        }
        finally
        {
            output.Complete();
        }
    }

    private async Task WriteAsync(ChannelReader<Analyzed> input, ChannelWriter<SavedBatch> output, RunId run, RunTally tally, CancellationToken cancellationToken)
    {
        try
        {
            var batch = new List<Analyzed>(WriteBatchSize);
            while (await input.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
            {
                batch.Clear();
                await FillAsync(input, batch, cancellationToken).ConfigureAwait(false);
                await output.WriteAsync(await SaveAsync(batch, run, tally, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            output.Complete();
        }
    }

    // Each stored batch in turn, with the claims its save returned; at most one more waits, so memory stays bounded.
    private async Task CheckSavedAsync(ChannelReader<SavedBatch> input, RunId run, RunTally tally, CancellationToken cancellationToken)
    {
        await foreach (var saved in input.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            await CheckIsolatingAsync(saved, run, tally, cancellationToken).ConfigureAwait(false);
        }
    }

    // A rule that breaks on one document's claims (input no rule foresaw) must not sink the run: the batch is checked
    // again document by document, and a document whose check still breaks is reported by name and left unchecked, so a
    // later run checks it again. A store failure (DbException) still stops the run.
    private async Task CheckIsolatingAsync(SavedBatch saved, RunId run, RunTally tally, CancellationToken cancellationToken)
    {
        try
        {
            await CheckAsync(ct => checker.CheckDocumentsAsync(ReadStore, saved, ct), tally, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not (DbException or OperationCanceledException or OutOfMemoryException))
        {
            if (saved.Documents.Count > 1)
            {
                foreach (var document in saved.Documents)
                {
                    await CheckIsolatingAsync(saved.Only(document), run, tally, cancellationToken).ConfigureAwait(false);
                }

                return;
            }

            var problem = new ItemOutcome(saved.NameOf(saved.Documents[0]), ItemOutcomeKind.Failed, $"stored, but its check failed: {e.GetType().Name}: {e.Message}");
            await Locked("runs", ct => store.RecordOutcomeAsync(run, problem, ct), cancellationToken).ConfigureAwait(false);
            tally.AddCheckFailure(saved.Documents[0], problem);
        }
    }

    // Takes what is ready, then waits for more until the batch is full, the input ends, or MaxBatchWait has passed.
    private async Task FillAsync(ChannelReader<Analyzed> input, List<Analyzed> batch, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(MaxBatchWait, time);
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        while (true)
        {
            while (batch.Count < WriteBatchSize && input.TryRead(out var next))
            {
                batch.Add(next);
            }

            try
            {
                if (batch.Count == WriteBatchSize || !await input.WaitToReadAsync(wait.Token).ConfigureAwait(false))
                {
                    return;
                }
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    // One transaction per batch; if the store refuses the batch because of one bad document, the batch is saved
    // one document at a time so only that document fails.
    private async Task<SavedBatch> SaveAsync(List<Analyzed> batch, RunId run, RunTally tally, CancellationToken cancellationToken)
    {
        try
        {
            var saved = await Locked("save", ct => store.SaveDocumentsAsync([.. batch.Select(Saving)], ct), cancellationToken).ConfigureAwait(false);
            foreach (var analyzed in batch)
            {
                tally.Add(new ItemOutcome(analyzed.Pending.Article.Source, analyzed.Pending.Kind, null), analyzed.Analysis.Claims.Count);
            }

            return saved;
        }
        catch (ArgumentException) when (batch.Count > 1)
        {
            var parts = new List<SavedBatch>();
            foreach (var analyzed in batch)
            {
                parts.Add(await SaveAsync([analyzed], run, tally, cancellationToken).ConfigureAwait(false));
            }

            return new SavedBatch([.. parts.SelectMany(p => p.Documents)], [.. parts.SelectMany(p => p.Claims)]);
        }
        catch (ArgumentException e)
        {
            await RecordFailureAsync(run, tally, batch[0].Pending.Article.Source, $"could not store the analysis: {e.Message}", cancellationToken)
                .ConfigureAwait(false);
            return SavedBatch.Empty;
        }
    }

    private DocumentToSave Saving(Analyzed analyzed) => new(analyzed.Pending.Article, analyzed.Analysis, extractor.Version);

    // Documents stored but never checked: from this run's end, or from an earlier run stopped by Ctrl+C (not those
    // whose check failed in this run: the next run tries them again).
    private async Task CheckAllAsync(IReadOnlyList<DocumentId> pending, RunId run, RunTally tally, CancellationToken cancellationToken)
    {
        foreach (var chunk in pending.Where(d => !tally.CheckFailed(d)).Chunk(WriteBatchSize))
        {
            var claims = await Locked(ReaderGate, "check", ct => ReadStore.ReadDocumentClaimsAsync([.. chunk], ct), cancellationToken).ConfigureAwait(false);
            await CheckIsolatingAsync(new SavedBatch(chunk, claims), run, tally, cancellationToken).ConfigureAwait(false);
        }
    }

    // The documents of one write batch are checked together (a few reads for the batch, not per document) and their
    // flags saved in one transaction: one commit per batch, not per document.
    private async Task CheckAsync(Func<CancellationToken, Task<IReadOnlyList<DocumentCheck>>> check, RunTally tally, CancellationToken cancellationToken)
    {
        var checks = await Locked(ReaderGate, "check", check, cancellationToken).ConfigureAwait(false);
        tally.AddContradictions(await Locked("flags", ct => store.SaveContradictionsAsync(checks, ct), cancellationToken).ConfigureAwait(false));
    }

    private async Task RecordFailureAsync(RunId run, RunTally tally, string source, string reason, CancellationToken cancellationToken)
    {
        await Locked("runs", ct => store.SaveFailedDocumentAsync(source, reason, ct), cancellationToken).ConfigureAwait(false);
        await RecordProblemAsync(run, tally, new ItemOutcome(source, ItemOutcomeKind.Failed, reason), cancellationToken).ConfigureAwait(false);
    }

    private async Task RecordProblemAsync(RunId run, RunTally tally, ItemOutcome outcome, CancellationToken cancellationToken)
    {
        await Locked("runs", ct => store.RecordOutcomeAsync(run, outcome, ct), cancellationToken).ConfigureAwait(false);
        tally.Add(outcome);
    }

    private Task Locked(string phase, Func<CancellationToken, Task> action, CancellationToken cancellationToken) =>
        Locked(phase, async ct =>
        {
            await action(ct).ConfigureAwait(false);
            return true;
        }, cancellationToken);

    private Task<T> Locked<T>(string phase, Func<CancellationToken, Task<T>> action, CancellationToken cancellationToken) =>
        Locked(_gate, phase, action, cancellationToken);

    // One call at a time on a connection, its time (not the wait for the gate) added to phase.
    private async Task<T> Locked<T>(SemaphoreSlim gate, string phase, Func<CancellationToken, Task<T>> action, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await Phases.TimeAsync(phase, () => action(cancellationToken)).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }

    private sealed record Pending(Article Article, ItemOutcomeKind Kind);

    private sealed record Analyzed(Pending Pending, DocumentAnalysis Analysis);
}
