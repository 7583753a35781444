using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace ClaimExtractor.Ingest.Files;

/// <summary>
/// Strict decoding for plain-text articles: UTF-8 (a byte order mark is fine and removed) or UTF-16 with a byte order mark.
/// Nothing else is changed, because gold annotations index the text as it is in the file.
/// </summary>
public static class TextDecoder
{
    /// <summary>The decoded text, or a reason a user can act on.</summary>
    public static (string? Text, string? Error) Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("\uFEFF"u8))
        {
            return DecodeUtf8(bytes[3..], 3);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return DecodeUtf16(bytes[2..], new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true));
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return DecodeUtf16(bytes[2..], new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true));
        }

        return ContentChecks.LooksBinary(bytes) ? (null, "binary content (NUL bytes)") : DecodeUtf8(bytes, 0);
    }

    private static (string? Text, string? Error) DecodeUtf8(ReadOnlySpan<byte> bytes, int offset)
    {
        if (Utf8.IsValid(bytes))
        {
            return (Encoding.UTF8.GetString(bytes), null);
        }

        // only a bad file pays for finding where it goes wrong; UTF-8 never needs more UTF-16 units than it has bytes
        var buffer = ArrayPool<char>.Shared.Rent(bytes.Length);
        try
        {
            Utf8.ToUtf16(bytes, buffer, out var read, out _, replaceInvalidSequences: false);
            return (null, string.Create(CultureInfo.InvariantCulture, $"invalid UTF-8 at byte {offset + read}"));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static (string? Text, string? Error) DecodeUtf16(ReadOnlySpan<byte> bytes, UnicodeEncoding encoding)
    {
        try
        {
            var text = encoding.GetString(bytes);
            return text.Contains('\0', StringComparison.Ordinal) ? (null, "binary content (NUL bytes)") : (text, null);
        }
        catch (DecoderFallbackException)
        {
            return (null, "invalid UTF-16 (odd length or unpaired surrogate)");
        }
    }
}
