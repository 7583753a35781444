using System.IO.Compression;

namespace ClaimExtractor.Ingest.Files;

/// <summary>Undoes gzip and other content codings within a size cap, so a small bomb cannot fill memory.</summary>
internal static class Decompression
{
    /// <summary>Everything <paramref name="decoder"/> yields (it is disposed); null once more than <paramref name="cap"/> bytes come out.</summary>
    public static byte[]? Inflate(Stream decoder, long cap)
    {
        using (decoder)
        {
            using var output = new MemoryStream();
            var chunk = new byte[16 * 1024];
            int read;
            while ((read = decoder.Read(chunk)) > 0)
            {
                if (output.Length + read > cap)
                {
                    return null;
                }

                output.Write(chunk, 0, read);
            }

            return output.ToArray();
        }
    }

    /// <summary>The gunzipped bytes, or why there are none: not gzip, or over <paramref name="cap"/> unpacked.</summary>
    public static (byte[]? Bytes, string? Failure) Gunzip(byte[] bytes, long cap)
    {
        try
        {
            return Inflate(new GZipStream(new MemoryStream(bytes, writable: false), CompressionMode.Decompress), cap) is { } unpacked
                ? (unpacked, null)
                : (null, $"unpacked, it is over the {ContentChecks.FormatSize(cap)} cap (--max-size)");
        }
        catch (InvalidDataException ex)
        {
            return (null, "bad gzip: " + ex.Message);
        }
    }
}
