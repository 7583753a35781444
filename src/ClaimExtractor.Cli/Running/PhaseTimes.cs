using System.Diagnostics;
using System.Globalization;

namespace ClaimExtractor.Cli.Running;

/// <summary>
/// Wall time spent per phase of a run (reading the queue, NLP, storing, checking, saving flags), summed over every call
/// and every parallel job: where a worker's time goes, printed in its summary line. Thread-safe.
/// </summary>
public sealed class PhaseTimes
{
    private readonly Lock _lock = new();
    private readonly List<(string Phase, long Ticks, int Calls)> _phases = [];

    /// <summary>Runs <paramref name="action"/> and adds its wall time to <paramref name="phase"/>.</summary>
    public async Task<T> TimeAsync<T>(string phase, Func<Task<T>> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var start = Stopwatch.GetTimestamp();
        try
        {
            return await action().ConfigureAwait(false);
        }
        finally
        {
            Add(phase, Stopwatch.GetElapsedTime(start));
        }
    }

    /// <summary>Adds <paramref name="elapsed"/> and one call to <paramref name="phase"/>.</summary>
    public void Add(string phase, TimeSpan elapsed)
    {
        lock (_lock)
        {
            var index = _phases.FindIndex(p => string.Equals(p.Phase, phase, StringComparison.Ordinal));
            if (index < 0)
            {
                _phases.Add((phase, elapsed.Ticks, 1));
            }
            else
            {
                _phases[index] = (phase, _phases[index].Ticks + elapsed.Ticks, _phases[index].Calls + 1);
            }
        }
    }

    /// <summary>The seconds and calls of <paramref name="phase"/> so far (0 when it never ran).</summary>
    public (double Seconds, int Calls) Of(string phase)
    {
        lock (_lock)
        {
            var found = _phases.Find(p => string.Equals(p.Phase, phase, StringComparison.Ordinal));
            return (TimeSpan.FromTicks(found.Ticks).TotalSeconds, found.Calls);
        }
    }

    /// <summary>"find 0.4 s/500, nlp 3.1 s/500, save 2.0 s/16, ...": each phase's seconds and calls, in first-seen order.</summary>
    public override string ToString()
    {
        lock (_lock)
        {
            return string.Join(", ", _phases.Select(p => string.Create(CultureInfo.InvariantCulture,
                $"{p.Phase} {TimeSpan.FromTicks(p.Ticks).TotalSeconds:0.0} s/{p.Calls}")));
        }
    }
}
