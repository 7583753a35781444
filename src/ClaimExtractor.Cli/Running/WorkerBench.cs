using System.Diagnostics;
using System.Globalization;
using ClaimExtractor.Core.Storage;

namespace ClaimExtractor.Cli.Running;

/// <summary>
/// Times the shared deployment end to end: generates articles, enqueues them in the store at <c>--db</c>, starts
/// <c>--workers N</c> <c>claimx worker --exit-when-idle</c> processes of this same executable and waits for them. Reports
/// articles/s over the whole run and each worker's peak working set (each worker prints its own).
/// </summary>
public static class WorkerBench
{
    /// <summary>Runs the bench; returns 0 when every worker finished cleanly.</summary>
    public static async Task<int> RunAsync(
        IWorkQueue queue, string database, string input, int articles, long bytes, int workers, int jobs, TextWriter output,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(queue);
        ArgumentNullException.ThrowIfNull(output);
        var clock = Stopwatch.StartNew();
        await QueueInputs.EnqueueAsync(queue, [input], TimeProvider.System, cancellationToken).ConfigureAwait(false);
        var enqueued = clock.Elapsed;
        var processes = Enumerable.Range(0, workers).Select(_ => StartWorker(database, jobs)).ToList();
        var lines = new List<string>();
        try
        {
            var results = await Task.WhenAll(processes.Select(async p =>
            {
                var stdout = await p.StandardOutput.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
                await p.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
                return (p.ExitCode, Stdout: stdout.Trim());
            })).ConfigureAwait(false);
            clock.Stop();
            lines.AddRange(results.Select(r => r.Stdout));
            var seconds = clock.Elapsed.TotalSeconds;
            var c = CultureInfo.InvariantCulture;
            var counts = await queue.CountQueueAsync(cancellationToken).ConfigureAwait(false);
            await output.WriteLineAsync(string.Create(c,
                $"articles: {articles} ({bytes / 1024.0 / 1024.0:0.0} MB of text), workers: {workers}, jobs per worker: {jobs}, cores: {Environment.ProcessorCount}")).ConfigureAwait(false);
            await output.WriteLineAsync(string.Create(c,
                $"queue: {counts.Done} done, {counts.Failed} failed, {counts.Pending} pending; enqueue: {enqueued.TotalSeconds:0.0} s")).ConfigureAwait(false);
            await output.WriteLineAsync(string.Create(c,
                $"time: {seconds:0.00} s, {articles / seconds:0.0} articles/s, {bytes / 1024.0 / 1024.0 / seconds:0.00} MB/s")).ConfigureAwait(false);
            foreach (var line in lines)
            {
                await output.WriteLineAsync("  " + line).ConfigureAwait(false);
            }

            return results.All(r => r.ExitCode == 0) ? 0 : 1;
        }
        finally
        {
            foreach (var process in processes)
            {
                if (!process.HasExited)
                {
                    process.Kill(entireProcessTree: true);
                }

                process.Dispose();
            }
        }
    }

    // The same claimx: the apphost when run as one, else `dotnet claimx.dll`.
    private static Process StartWorker(string database, int jobs)
    {
        var host = Environment.ProcessPath ?? "dotnet";
        var start = new ProcessStartInfo(host) { RedirectStandardOutput = true };
        if (Path.GetFileNameWithoutExtension(host).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            start.ArgumentList.Add(typeof(WorkerBench).Assembly.Location);
        }

        foreach (var arg in new[] { "worker", "--db", database, "--exit-when-idle", "--jobs", jobs.ToString(CultureInfo.InvariantCulture), "--poll", "1" })
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start) ?? throw new InvalidOperationException("could not start a claimx worker");
    }
}
