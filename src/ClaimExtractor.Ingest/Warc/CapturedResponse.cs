using System.Globalization;
using System.IO.Compression;
using System.Text;
using ClaimExtractor.Ingest.Files;

namespace ClaimExtractor.Ingest.Warc;

/// <summary>
/// The HTTP response inside a WARC <c>response</c> record: status, headers and the body with any chunked transfer
/// coding and gzip, deflate or brotli content coding undone (archives keep the bytes as they came off the wire;
/// Common Crawl renames the headers it already undid to <c>X-Crawler-*</c>, so those are left alone).
/// </summary>
public sealed record CapturedResponse(int Status, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    /// <summary>The media type, lower case, or null.</summary>
    public string? MediaType => Header("Content-Type")?.Split(';')[0].Trim().ToLowerInvariant() is { Length: > 0 } type ? type : null;

    /// <summary>The charset named in <c>Content-Type</c>, or null.</summary>
    public string? Charset
    {
        get
        {
            foreach (var part in (Header("Content-Type") ?? "").Split(';').Skip(1))
            {
                var pair = part.Split('=', 2);
                if (pair.Length == 2 && pair[0].Trim().Equals("charset", StringComparison.OrdinalIgnoreCase))
                {
                    return pair[1].Trim().Trim('"', '\'');
                }
            }

            return null;
        }
    }

    /// <summary>Parses <paramref name="block"/>; returns a reason instead when it is not an HTTP response or cannot be decoded.</summary>
    public static (CapturedResponse? Response, string? Problem) Parse(byte[] block, long maxBodyBytes)
    {
        var span = block.AsSpan();
        var crlf = span.IndexOf("\r\n\r\n"u8);
        var lf = span.IndexOf("\n\n"u8);
        var (headEnd, bodyStart) = crlf >= 0 && (lf < 0 || crlf < lf) ? (crlf, crlf + 4) : lf >= 0 ? (lf, lf + 2) : (span.Length, span.Length);
        var lines = Encoding.Latin1.GetString(span[..headEnd]).Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        var statusLine = lines[0].Split(' ', 3);
        if (!lines[0].StartsWith("HTTP/", StringComparison.Ordinal) || statusLine.Length < 2
            || !int.TryParse(statusLine[1], NumberStyles.None, CultureInfo.InvariantCulture, out var status))
        {
            return (null, "not an HTTP response");
        }

        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                var name = line[..colon].Trim();
                var value = line[(colon + 1)..].Trim();
                headers[name] = headers.TryGetValue(name, out var earlier) ? earlier + ", " + value : value;
            }
        }

        var body = block[bodyStart..];
        var response = new CapturedResponse(status, headers, body);
        if (response.Header("Transfer-Encoding")?.Contains("chunked", StringComparison.OrdinalIgnoreCase) == true)
        {
            body = Dechunk(body) ?? body; // some archivers store the body already dechunked but keep the header
        }

        try
        {
            body = response.Header("Content-Encoding")?.Trim().ToLowerInvariant() switch
            {
                "gzip" or "x-gzip" => Decompression.Inflate(new GZipStream(new MemoryStream(body), CompressionMode.Decompress), maxBodyBytes),
                "deflate" => Decompression.Inflate(new ZLibStream(new MemoryStream(body), CompressionMode.Decompress), maxBodyBytes),
                "br" => Decompression.Inflate(new BrotliStream(new MemoryStream(body), CompressionMode.Decompress), maxBodyBytes),
                _ => body,
            };
        }
        catch (InvalidDataException ex)
        {
            return (null, "body cannot be decompressed: " + ex.Message);
        }

        return body is null
            ? (null, $"decompressed body is over the cap (--max-size)")
            : (response with { Body = body }, null);
    }

    private string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    // chunked transfer coding (RFC 9112 §7.1); null when the bytes are not chunked after all
    private static byte[]? Dechunk(byte[] body)
    {
        using var output = new MemoryStream();
        var pos = 0;
        while (true)
        {
            var lineEnd = body.AsSpan(pos).IndexOf("\r\n"u8);
            if (lineEnd < 0)
            {
                return null;
            }

            var sizeText = Encoding.Latin1.GetString(body, pos, lineEnd).Split(';')[0].Trim();
            if (!int.TryParse(sizeText, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var size) || size < 0)
            {
                return null;
            }

            pos += lineEnd + 2;
            if (size == 0)
            {
                return output.ToArray();
            }

            if ((long)pos + size + 2 > body.Length)
            {
                return null;
            }

            output.Write(body, pos, size);
            pos += size + 2;
        }
    }
}
