using ClaimExtractor.Core.Documents;
using ClaimExtractor.Core.Storage;

namespace ClaimExtractor.Cli.Running;

/// <summary>Thread-safe counts of a run, and the inputs that failed or were skipped, in the order they came.</summary>
internal sealed class RunTally(IRunProgress progress)
{
    private readonly Lock _lock = new();
    private readonly List<ItemOutcome> _problems = [];
    private readonly Dictionary<ItemOutcomeKind, int> _counts = [];
    private readonly HashSet<DocumentId> _checkFailed = [];
    private int _claims;
    private int _contradictions;

    public IReadOnlyList<ItemOutcome> Problems
    {
        get
        {
            lock (_lock)
            {
                return [.. _problems];
            }
        }
    }

    public void Add(ItemOutcome outcome, int claims = 0)
    {
        lock (_lock)
        {
            _counts[outcome.Kind] = _counts.GetValueOrDefault(outcome.Kind) + 1;
            _claims += claims;
            if (outcome.Kind is ItemOutcomeKind.Failed or ItemOutcomeKind.Skipped)
            {
                _problems.Add(outcome);
            }
        }

        progress.Report(outcome);
    }

    /// <summary>
    /// A stored document whose check failed: listed as a problem but not counted again, and not checked again in this
    /// run (<see cref="CheckFailed"/>).
    /// </summary>
    public void AddCheckFailure(DocumentId document, ItemOutcome outcome)
    {
        lock (_lock)
        {
            _problems.Add(outcome);
            _checkFailed.Add(document);
        }
    }

    /// <summary>True when this run already failed to check <paramref name="document"/>.</summary>
    public bool CheckFailed(DocumentId document)
    {
        lock (_lock)
        {
            return _checkFailed.Contains(document);
        }
    }

    public void AddContradictions(int count) => Interlocked.Add(ref _contradictions, count);

    public RunSummary Summary(int contradictionsTotal, bool cancelled)
    {
        lock (_lock)
        {
            return new RunSummary(
                Count(ItemOutcomeKind.New), Count(ItemOutcomeKind.Unchanged), Count(ItemOutcomeKind.Changed),
                Count(ItemOutcomeKind.Failed), Count(ItemOutcomeKind.Skipped), _claims,
                Volatile.Read(ref _contradictions), contradictionsTotal, cancelled);
        }
    }

    private int Count(ItemOutcomeKind kind) => _counts.GetValueOrDefault(kind);
}
