using System.Globalization;

namespace ClaimExtractor.Ingest.Files;

/// <summary>Cheap checks on raw bytes before decoding, and the wording of size limits.</summary>
public static class ContentChecks
{
    private const int SniffBytes = 8 * 1024;

    // Text has few control characters besides tab, line feed, form feed and carriage return; more than this share means binary.
    private const double MaxControlShare = 0.10;

    /// <summary>True when the first 8 KB hold a NUL byte or a high share of control characters.</summary>
    public static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, SniffBytes)];
        if (head.Contains((byte)0))
        {
            return true;
        }

        var control = 0;
        foreach (var b in head)
        {
            if (b < 0x20 && b is not (byte)'\t' and not (byte)'\n' and not (byte)'\r' and not 0x0C and not 0x1B)
            {
                control++;
            }
        }

        return head.Length > 0 && control > head.Length * MaxControlShare;
    }

    /// <summary>A size for people: "512 bytes", "3.2 KB", "12.4 MB" (binary multiples).</summary>
    public static string FormatSize(long bytes) => bytes switch
    {
        < 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes"),
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024.0):0.#} MB"),
    };
}
