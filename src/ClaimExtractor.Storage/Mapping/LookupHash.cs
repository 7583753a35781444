using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace ClaimExtractor.Storage.Mapping;

/// <summary>
/// The 64-bit integer the store indexes a figure or an alignment key by (<c>figures.figure_hash</c>,
/// <c>figures.key_hash</c>, <c>claims.figure_hash</c>): the first 8 bytes of the SHA-256 of the text's UTF-8, read as a
/// signed big-endian integer. Both backends compute the same value in SQL as <c>claimx_hash(text)</c> (SQLite calls
/// <see cref="Of"/>, PostgreSQL runs <c>sha256</c>), so a migration can fill the column for rows stored before it.
/// </summary>
internal static class LookupHash
{
    /// <summary>The SQL function both backends define.</summary>
    public const string SqlFunction = "claimx_hash";

    /// <summary>The hash of <paramref name="text"/>.</summary>
    public static long Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var length = Encoding.UTF8.GetMaxByteCount(text.Length);
        var bytes = length <= 512 ? stackalloc byte[length] : new byte[length];
        var written = Encoding.UTF8.GetBytes(text, bytes);
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(bytes[..written], digest);
        return BinaryPrimitives.ReadInt64BigEndian(digest);
    }
}
