using System.CommandLine;
using ClaimExtractor.Cli.Running;

namespace ClaimExtractor.Cli.Commands;

/// <summary><c>claimx enqueue INPUT...</c>: records sources as pending in the shared queue that <c>claimx worker</c> drains.</summary>
public static class EnqueueCommand
{
    /// <summary>Declares the command and its options.</summary>
    public static Command Create()
    {
        var inputs = new Argument<string[]>("INPUT")
        {
            Description = "Article files, folders (queued file by file), http(s) URLs, .warc/.warc.gz archives or .jsonl dumps",
            Arity = ArgumentArity.OneOrMore,
        };
        var database = CommonOptions.Database();
        var command = new Command("enqueue", "Queue sources for `claimx worker` processes (a source done before is queued again)") { inputs, database };
        command.SetAction((result, cancellationToken) =>
            ExecuteAsync(result.GetValue(inputs) ?? [], result.GetRequiredValue(database), cancellationToken));
        return command;
    }

    /// <summary>Queues the sources; exit 0, or 2 when the store cannot be opened.</summary>
    public static async Task<int> ExecuteAsync(IReadOnlyList<string> inputs, string database, CancellationToken cancellationToken)
    {
        Core.Storage.IWorkQueue queue;
        try
        {
            queue = await Composition.OpenQueueAsync(database, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await Console.Error.WriteLineAsync($"claimx enqueue: cannot open the store '{database}': {e.Message}").ConfigureAwait(false);
            return 2;
        }

        await using (queue.ConfigureAwait(false))
        {
            var (sources, added) = await QueueInputs.EnqueueAsync(queue, inputs, TimeProvider.System, cancellationToken).ConfigureAwait(false);
            var counts = await queue.CountQueueAsync(cancellationToken).ConfigureAwait(false);
            Console.WriteLine(
                $"queued: {sources} sources, {added} newly pending; queue: {counts.Pending} pending ({counts.Leased} leased), " +
                $"{counts.Done} done, {counts.Failed} failed");
            return 0;
        }
    }
}
