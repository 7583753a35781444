using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace ClaimExtractor.Ingest.Web;

/// <summary>
/// Raw HTML responses on disk, one pair of files per requested URL (<c>HASH.body</c>, then <c>HASH.json</c> with the final
/// URL, status, media type, charset and fetch time), so reprocessing needs no refetch. The JSON is written last, so a
/// half-written entry is never read. Failures and non-HTML answers are not kept.
/// </summary>
internal sealed class ResponseCache(string directory)
{
    public async Task<FetchResult?> ReadAsync(Uri url, CancellationToken cancellationToken)
    {
        var (meta, body) = PathsFor(url);
        if (!File.Exists(meta) || !File.Exists(body))
        {
            return null;
        }

        try
        {
            var entry = JsonSerializer.Deserialize<Entry>(await File.ReadAllBytesAsync(meta, cancellationToken).ConfigureAwait(false));
            if (entry is null || !string.Equals(entry.Url, url.AbsoluteUri, StringComparison.Ordinal))
            {
                return null;
            }

            return new FetchResult
            {
                Url = url,
                FinalUrl = new Uri(entry.FinalUrl),
                Status = entry.Status,
                MediaType = entry.MediaType,
                Charset = entry.Charset,
                Body = await File.ReadAllBytesAsync(body, cancellationToken).ConfigureAwait(false),
                FetchedAt = entry.FetchedAt,
                FromCache = true,
            };
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException or UriFormatException)
        {
            return null; // a damaged entry is fetched again
        }
    }

    /// <summary>Keeps <paramref name="result"/>; returns why it could not, or null.</summary>
    public async Task<string?> WriteAsync(FetchResult result, CancellationToken cancellationToken)
    {
        if (result.Body is null || result.Failure is not null)
        {
            return null;
        }

        var (meta, body) = PathsFor(result.Url);
        try
        {
            Directory.CreateDirectory(directory);
            await WriteAtomicallyAsync(body, result.Body, cancellationToken).ConfigureAwait(false);
            var entry = new Entry(result.Url.AbsoluteUri, (result.FinalUrl ?? result.Url).AbsoluteUri, result.Status, result.MediaType, result.Charset, result.FetchedAt);
            await WriteAtomicallyAsync(meta, JsonSerializer.SerializeToUtf8Bytes(entry), cancellationToken).ConfigureAwait(false);
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return $"response not cached: {ex.Message}";
        }
    }

    private static async Task WriteAtomicallyAsync(string path, byte[] bytes, CancellationToken cancellationToken)
    {
        var temp = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        await File.WriteAllBytesAsync(temp, bytes, cancellationToken).ConfigureAwait(false);
        File.Move(temp, path, overwrite: true);
    }

    private (string Meta, string Body) PathsFor(Uri url)
    {
        var key = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(url.AbsoluteUri)));
        return (Path.Combine(directory, key + ".json"), Path.Combine(directory, key + ".body"));
    }

    private sealed record Entry(string Url, string FinalUrl, int Status, string? MediaType, string? Charset, DateTimeOffset? FetchedAt);
}
