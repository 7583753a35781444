using ClaimExtractor.Cli.Running;
using ClaimExtractor.Core.Storage;
using Spectre.Console;

namespace ClaimExtractor.Cli.Output;

/// <summary>Progress on stderr: a live bar on a terminal, plain lines when stderr is redirected.</summary>
public static class ProgressReporters
{
    /// <summary>Runs <paramref name="work"/> with the progress display that suits stderr.</summary>
    public static async Task<T> WithProgressAsync<T>(Func<IRunProgress, Task<T>> work)
    {
        if (Console.IsErrorRedirected)
        {
            return await work(new PlainProgress(Console.Error)).ConfigureAwait(false);
        }

        var console = Consoles.Stderr();
        // Assigned inside StartAsync, which always runs the callback before returning.
        T result = default!;
        await console.Progress()
            .AutoClear(true)
            .Columns(new SpinnerColumn(), new TaskDescriptionColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("reading articles");
                task.IsIndeterminate = true;
                result = await work(new BarProgress(task)).ConfigureAwait(false);
                task.StopTask();
            }).ConfigureAwait(false);
        return result;
    }

    /// <summary>One line per failed or skipped input and a count every 500 inputs.</summary>
    private sealed class PlainProgress(TextWriter error) : IRunProgress
    {
        private int _seen;

        public void Report(ItemOutcome outcome)
        {
            int seen = Interlocked.Increment(ref _seen);
            if (outcome.Kind is ItemOutcomeKind.Failed or ItemOutcomeKind.Skipped)
            {
                error.WriteLine($"{Outcomes.Name(outcome.Kind)}: {outcome.Source}: {outcome.Reason}");
            }

            if (seen % 500 == 0)
            {
                error.WriteLine($"... {seen} inputs done");
            }
        }
    }

    /// <summary>Live counts in the bar's description.</summary>
    private sealed class BarProgress(ProgressTask task) : IRunProgress
    {
        private readonly Lock _lock = new();
        private int _seen;
        private int _failed;

        public void Report(ItemOutcome outcome)
        {
            lock (_lock)
            {
                _seen++;
                _failed += outcome.Kind == ItemOutcomeKind.Failed ? 1 : 0;
                task.Description = $"{_seen} inputs done, {_failed} failed · {Markup.Escape(outcome.Source)}";
            }
        }
    }
}
