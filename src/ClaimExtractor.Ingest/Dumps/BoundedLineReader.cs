using System.Text;

namespace ClaimExtractor.Ingest.Dumps;

/// <summary>Reads UTF-8 lines without ever holding more than a cap of one line; a longer line is skipped and reported.</summary>
internal sealed class BoundedLineReader(Stream stream, long maxBytes) : IDisposable
{
    private readonly byte[] buffer = new byte[64 * 1024];
    private readonly MemoryStream line = new();
    private int position;
    private int length;

    /// <summary>The next line's bytes (without CR LF) or, when it was over the cap, null bytes and its length; null at the end.</summary>
    public async Task<(byte[]? Bytes, long Length)?> ReadAsync(CancellationToken cancellationToken)
    {
        line.SetLength(0);
        long total = 0;
        var any = false;
        while (true)
        {
            if (position == length)
            {
                (position, length) = (0, await stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false));
                if (length == 0)
                {
                    return any ? Done(total) : null;
                }
            }

            any = true;
            var span = buffer.AsSpan(position, length - position);
            var end = span.IndexOf((byte)'\n');
            var take = end < 0 ? span.Length : end;
            total += take;
            if (total <= maxBytes)
            {
                line.Write(span[..take]);
            }

            position += end < 0 ? take : take + 1;
            if (end >= 0)
            {
                return Done(total);
            }
        }
    }

    public void Dispose()
    {
        line.Dispose();
        stream.Dispose();
    }

    private (byte[]? Bytes, long Length) Done(long total)
    {
        if (total > maxBytes)
        {
            return (null, total);
        }

        var bytes = line.ToArray();
        return bytes.AsSpan().EndsWith("\r"u8) ? (bytes[..^1], total - 1) : (bytes, total);
    }

    internal static string Text(byte[] bytes) => Encoding.UTF8.GetString(bytes);
}
