namespace ClaimExtractor.Cli.Running;

/// <summary>What one worker did over all its batches.</summary>
public sealed class WorkerTally
{
    /// <summary>Batches run.</summary>
    public int Batches { get; private set; }

    /// <summary>Sources stored (new or changed).</summary>
    public int Processed { get; private set; }

    /// <summary>Sources already stored with the same content and extractor.</summary>
    public int Unchanged { get; private set; }

    /// <summary>Sources that failed.</summary>
    public int Failed { get; private set; }

    /// <summary>Flags this worker added.</summary>
    public int ContradictionsNew { get; private set; }

    /// <summary>Whether the worker was stopped (Ctrl+C, SIGTERM) rather than running out of work.</summary>
    public bool Cancelled { get; private set; }

    internal void Add(RunResult result)
    {
        Batches++;
        Processed += result.Summary.New + result.Summary.Changed;
        Unchanged += result.Summary.Unchanged;
        Failed += result.Summary.Failed;
        ContradictionsNew += result.Summary.ContradictionsNew;
        Cancelled |= result.Summary.Cancelled;
    }
}
