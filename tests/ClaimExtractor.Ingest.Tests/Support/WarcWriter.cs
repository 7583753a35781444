using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace ClaimExtractor.Ingest.Tests.Support;

/// <summary>Writes a small WARC 1.0 file the way crawlers do: each record CR LF delimited, and gzipped one member per record.</summary>
internal sealed class WarcWriter
{
    private readonly List<byte[]> records = [];

    public WarcWriter Record(string type, string? uri, string contentType, byte[] block)
    {
        var head = new StringBuilder("WARC/1.0\r\n")
            .Append("WARC-Type: ").Append(type).Append("\r\n")
            .Append("WARC-Date: 2024-05-02T08:30:00Z\r\n")
            .Append("WARC-Record-ID: <urn:uuid:").Append(Guid.NewGuid()).Append(">\r\n");
        if (uri is not null)
        {
            head.Append("WARC-Target-URI: ").Append(uri).Append("\r\n");
        }

        head.Append("Content-Type: ").Append(contentType).Append("\r\n")
            .Append("Content-Length: ").Append(block.Length.ToString(CultureInfo.InvariantCulture)).Append("\r\n\r\n");
        records.Add([.. Encoding.UTF8.GetBytes(head.ToString()), .. block, .. "\r\n\r\n"u8]);
        return this;
    }

    public WarcWriter Info() => Record("warcinfo", null, "application/warc-fields", "software: test\r\n"u8.ToArray());

    public WarcWriter Request(string uri) =>
        Record("request", uri, "application/http; msgtype=request", Encoding.ASCII.GetBytes($"GET {new Uri(uri).PathAndQuery} HTTP/1.1\r\nHost: {new Uri(uri).Host}\r\n\r\n"));

    public WarcWriter Response(string uri, int status, string? mediaType, byte[] body, params string[] headers)
    {
        var head = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"HTTP/1.1 {status} X\r\n"));
        if (mediaType is not null)
        {
            head.Append("Content-Type: ").Append(mediaType).Append("\r\n");
        }

        foreach (var header in headers)
        {
            head.Append(header).Append("\r\n");
        }

        return Record("response", uri, "application/http; msgtype=response", [.. Encoding.ASCII.GetBytes(head.Append("\r\n").ToString()), .. body]);
    }

    public WarcWriter Html(string uri, string html) => Response(uri, 200, "text/html; charset=utf-8", Encoding.UTF8.GetBytes(html));

    public byte[] Plain() => [.. records.SelectMany(r => r)];

    public byte[] Gzipped()
    {
        using var output = new MemoryStream();
        foreach (var record in records)
        {
            using var member = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true);
            member.Write(record);
        }

        return output.ToArray();
    }
}
