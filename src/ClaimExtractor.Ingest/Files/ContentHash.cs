using System.Security.Cryptography;
using System.Text;
using ClaimExtractor.Core.Documents;

namespace ClaimExtractor.Ingest.Files;

/// <summary>
/// Lower-case hex SHA-256 over the raw file bytes and the resolved metadata, so that editing a sidecar or manifest
/// makes the article new to the store while re-reading an unchanged one does not.
/// </summary>
public static class ContentHash
{
    public static string Compute(ReadOnlySpan<byte> raw, ArticleMetadata metadata)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(raw);
        hash.AppendData(Encoding.UTF8.GetBytes(Canonical(metadata)));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    // A separator byte that cannot occur in the fields keeps "ab"+"c" apart from "a"+"bc".
    private static string Canonical(ArticleMetadata metadata) => string.Join(
        '\u001e',
        "metadata-v1",
        metadata.Title,
        metadata.Outlet,
        metadata.Url,
        string.Join('\u001f', metadata.Authors),
        metadata.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        metadata.PublishedFrom.ToName(),
        metadata.Language);
}
