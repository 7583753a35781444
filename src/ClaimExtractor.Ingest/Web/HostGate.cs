using System.Collections.Concurrent;

namespace ClaimExtractor.Ingest.Web;

/// <summary>Per-host politeness: at most N requests in flight to one host, and request starts spaced by a delay.</summary>
internal sealed class HostGate(int concurrency, TimeSpan delay, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, Slot> slots = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Waits for a turn at <paramref name="host"/>; dispose the result when the response is read.</summary>
    public async Task<IDisposable> EnterAsync(string host, CancellationToken cancellationToken)
    {
        var slot = slots.GetOrAdd(host, _ => new Slot(concurrency, delay));
        await slot.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            TimeSpan wait;
            lock (slot)
            {
                var now = time.GetUtcNow();
                var start = now > slot.NextStart ? now : slot.NextStart;
                slot.NextStart = start + slot.Delay;
                wait = start - now;
            }

            if (wait > TimeSpan.Zero)
            {
                // timers count whole milliseconds and may round a fraction down: round up so a start is never early
                await Task.Delay(TimeSpan.FromMilliseconds(Math.Ceiling(wait.TotalMilliseconds)), time, cancellationToken).ConfigureAwait(false);
            }

            return new Lease(slot.Gate);
        }
        catch
        {
            slot.Gate.Release();
            throw;
        }
    }

    /// <summary>Raises the host's delay to at least <paramref name="minimum"/> (a robots.txt <c>Crawl-delay</c>).</summary>
    public void AtLeast(string host, TimeSpan minimum)
    {
        var slot = slots.GetOrAdd(host, _ => new Slot(concurrency, delay));
        lock (slot)
        {
            slot.Delay = slot.Delay > minimum ? slot.Delay : minimum;
        }
    }

    private sealed class Slot(int concurrency, TimeSpan delay)
    {
        public SemaphoreSlim Gate { get; } = new(concurrency, concurrency);

        public TimeSpan Delay { get; set; } = delay;

        public DateTimeOffset NextStart { get; set; } = DateTimeOffset.MinValue;
    }

    private sealed class Lease(SemaphoreSlim gate) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}
