using System.Globalization;
using System.IO.Compression;
using System.Text;
using ClaimExtractor.Ingest.Files;

namespace ClaimExtractor.Ingest.Warc;

/// <summary>
/// Streams the records of a WARC file (ISO 28500, versions 1.0 and 1.1), plain or gzipped (one gzip member per record, as
/// Common Crawl writes them, or the whole file in one). Only one record's block is held at a time, and a block over the
/// cap is skipped, not read into memory. A file that ends inside a record or holds something that is not a record
/// stops the reader after one record with a <see cref="WarcRecord.Problem"/>.
/// </summary>
public sealed class WarcReader : IAsyncDisposable
{
    private const int MaxLineBytes = 64 * 1024;
    private const int MaxHeaderLines = 1000;

    private readonly Stream stream;
    private readonly byte[] buffer = new byte[64 * 1024];
    private int position;
    private int length;
    private int number;

    /// <summary>Reads records from <paramref name="stream"/>, already decompressed; the reader owns and disposes it.</summary>
    public WarcReader(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        this.stream = stream;
    }

    /// <summary>True once the file turned out to be truncated or not WARC; nothing more is read.</summary>
    public bool Broken { get; private set; }

    /// <summary>Opens a <c>.warc</c> or <c>.warc.gz</c> file; gzip is recognised by its magic bytes, not its name.</summary>
    public static WarcReader Open(string path)
    {
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, useAsync: true);
        Span<byte> magic = stackalloc byte[2];
        var gzip = file.Read(magic) == 2 && magic[0] == 0x1F && magic[1] == 0x8B;
        file.Position = 0;
        return new WarcReader(gzip ? new GZipStream(file, CompressionMode.Decompress) : file);
    }

    /// <summary>The next record, or null at the end of the file.</summary>
    public async Task<WarcRecord?> ReadAsync(long maxBlockBytes, CancellationToken cancellationToken)
    {
        if (Broken)
        {
            return null;
        }

        try
        {
            return await ReadRecordAsync(maxBlockBytes, cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidDataException ex)
        {
            return Stop(new Dictionary<string, string>(), "damaged gzip data: " + ex.Message);
        }
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => stream.DisposeAsync();

    private async Task<WarcRecord?> ReadRecordAsync(long maxBlockBytes, CancellationToken cancellationToken)
    {
        string? version;
        do
        {
            version = await ReadLineAsync(cancellationToken).ConfigureAwait(false);
            if (version is null)
            {
                return null;
            }
        }
        while (version.Length == 0); // the two line breaks after each block, and any stray blank lines

        number++;
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (!version.StartsWith("WARC/", StringComparison.Ordinal))
        {
            return Stop(headers, $"not a WARC record (it starts \"{Shorten(version)}\")");
        }

        for (var lines = 0; ; lines++)
        {
            var line = await ReadLineAsync(cancellationToken).ConfigureAwait(false);
            if (line is null)
            {
                return Stop(headers, "truncated record: the file ends inside its header");
            }

            if (line.Length == 0)
            {
                break;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || lines > MaxHeaderLines)
            {
                return Stop(headers, $"malformed WARC header line \"{Shorten(line)}\"");
            }

            headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }

        if (!headers.TryGetValue("Content-Length", out var lengthText)
            || !long.TryParse(lengthText, NumberStyles.None, CultureInfo.InvariantCulture, out var blockLength))
        {
            return Stop(headers, "the record has no valid Content-Length");
        }

        if (blockLength > maxBlockBytes)
        {
            var skipped = await SkipAsync(blockLength, cancellationToken).ConfigureAwait(false);
            return skipped
                ? new WarcRecord(number, headers, null, $"{ContentChecks.FormatSize(blockLength)} is over the {ContentChecks.FormatSize(maxBlockBytes)} cap (--max-size)")
                : Stop(headers, "truncated record: the file ends inside its block");
        }

        var block = new byte[blockLength];
        return await FillAsync(block, cancellationToken).ConfigureAwait(false)
            ? new WarcRecord(number, headers, block, null)
            : Stop(headers, "truncated record: the file ends inside its block");
    }

    private WarcRecord Stop(Dictionary<string, string> headers, string problem)
    {
        Broken = true;
        return new WarcRecord(Math.Max(number, 1), headers, null, problem);
    }

    private static string Shorten(string text) => text.Length > 40 ? text[..40] + "..." : text;

    private async Task<bool> MoreAsync(CancellationToken cancellationToken)
    {
        if (position < length)
        {
            return true;
        }

        (position, length) = (0, await stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false));
        return length > 0;
    }

    // a header line, without CR LF; null at the end of the file
    private async Task<string?> ReadLineAsync(CancellationToken cancellationToken)
    {
        using var line = new MemoryStream();
        while (await MoreAsync(cancellationToken).ConfigureAwait(false))
        {
            var span = buffer.AsSpan(position, length - position);
            var end = span.IndexOf((byte)'\n');
            var take = end < 0 ? span.Length : end;
            if (line.Length + take > MaxLineBytes)
            {
                throw new InvalidDataException("a header line is longer than 64 KB");
            }

            line.Write(span[..take]);
            position += end < 0 ? take : take + 1;
            if (end >= 0)
            {
                return Text(line);
            }
        }

        return line.Length == 0 ? null : Text(line);
    }

    private static string Text(MemoryStream line)
    {
        var bytes = line.GetBuffer().AsSpan(0, (int)line.Length);
        return Encoding.UTF8.GetString(bytes.EndsWith("\r"u8) ? bytes[..^1] : bytes);
    }

    private async Task<bool> FillAsync(Memory<byte> target, CancellationToken cancellationToken)
    {
        while (target.Length > 0)
        {
            if (!await MoreAsync(cancellationToken).ConfigureAwait(false))
            {
                return false;
            }

            var take = Math.Min(target.Length, length - position);
            buffer.AsMemory(position, take).CopyTo(target);
            position += take;
            target = target[take..];
        }

        return true;
    }

    private async Task<bool> SkipAsync(long count, CancellationToken cancellationToken)
    {
        while (count > 0)
        {
            if (!await MoreAsync(cancellationToken).ConfigureAwait(false))
            {
                return false;
            }

            var take = (int)Math.Min(count, length - position);
            position += take;
            count -= take;
        }

        return true;
    }
}
