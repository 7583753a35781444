using System.Diagnostics;

namespace ClaimExtractor.EndToEnd.Tests;

/// <summary>Runs the real <c>claimx</c> executable (built beside the tests) in a working folder, as a user would.</summary>
internal static class Claimx
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    public static async Task<Result> RunAsync(string workingDirectory, params string[] args)
    {
        using var process = Process.Start(StartInfo(workingDirectory, args)) ?? throw new InvalidOperationException("could not start claimx");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return new Result(process.ExitCode, await stdout, await stderr);
    }

    /// <summary>Starts claimx without waiting for it (a worker), collecting its output as it comes.</summary>
    public static Running Start(string workingDirectory, params string[] args)
    {
        var process = Process.Start(StartInfo(workingDirectory, args)) ?? throw new InvalidOperationException("could not start claimx");
        var running = new Running(process);
        process.OutputDataReceived += (_, e) => running.Append(running.Stdout, e.Data);
        process.ErrorDataReceived += (_, e) => running.Append(running.Stderr, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return running;
    }

    private static ProcessStartInfo StartInfo(string workingDirectory, string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "claimx.dll"));
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return start;
    }

    /// <summary>A claimx process still running; disposing kills it if it is.</summary>
    public sealed class Running(Process process) : IDisposable
    {
        public Process Process { get; } = process;

        public System.Text.StringBuilder Stdout { get; } = new();

        public System.Text.StringBuilder Stderr { get; } = new();

        public async Task WaitAsync(TimeSpan timeout)
        {
            using var cancel = new CancellationTokenSource(timeout);
            await Process.WaitForExitAsync(cancel.Token);
        }

        public void Append(System.Text.StringBuilder to, string? line)
        {
            if (line is not null)
            {
                lock (to)
                {
                    to.AppendLine(line);
                }
            }
        }

        public void Dispose()
        {
            if (!Process.HasExited)
            {
                Process.Kill(entireProcessTree: true);
            }

            Process.Dispose();
        }
    }
}
