using ClaimExtractor.Ingest.Files;

namespace ClaimExtractor.Cli.Running;

/// <summary>
/// What <c>claimx enqueue</c> puts in the queue: each folder becomes its article files (walked as <c>claimx run</c>
/// walks it, in the same order and named the same way, so a worker stores the same sources a run would), while files,
/// URLs, archives and dumps are queued as given. A source is one unit of work that any worker can take.
/// </summary>
public static class QueueInputs
{
    private const int EnqueueChunk = 5000;

    /// <summary>The sources to queue for <paramref name="inputs"/>, in order; a missing path is queued and fails in the worker with its reason.</summary>
    public static IEnumerable<string> Expand(IEnumerable<string> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        foreach (var input in inputs)
        {
            var source = input.Replace('\\', '/').TrimEnd('/');
            if (source.Length > 0 && Directory.Exists(input))
            {
                foreach (var file in Walk(new DirectoryInfo(input), source))
                {
                    yield return file;
                }
            }
            else
            {
                yield return source.Length == 0 ? input : source;
            }
        }
    }

    /// <summary>
    /// Queues the sources of <paramref name="inputs"/> a chunk at a time, so a folder of millions of files is never
    /// listed in memory whole; returns how many sources were given and how many became newly pending.
    /// </summary>
    public static async Task<(int Sources, int Added)> EnqueueAsync(
        Core.Storage.IWorkQueue queue, IEnumerable<string> inputs, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(queue);
        ArgumentNullException.ThrowIfNull(time);
        var (sources, added) = (0, 0);
        foreach (var chunk in Expand(inputs).Chunk(EnqueueChunk))
        {
            sources += chunk.Length;
            added += await queue.EnqueueAsync(chunk, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        }

        return (sources, added);
    }

    private static IEnumerable<string> Walk(DirectoryInfo folder, string source)
    {
        var entries = folder.EnumerateFileSystemInfos().Where(e => !e.Name.StartsWith('.')).ToList();
        entries.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        foreach (var entry in entries)
        {
            var path = source + "/" + entry.Name;
            if (entry is DirectoryInfo subfolder)
            {
                foreach (var file in Walk(subfolder, path))
                {
                    yield return file;
                }
            }
            else if (FileKinds.RoleOf(entry.Name) is FileRole.Text or FileRole.Html or FileRole.Archive)
            {
                yield return path;
            }
        }
    }
}
