using System.IO.Compression;

namespace ClaimExtractor.Tests;

/// <summary>Reads gzip-compressed test data (the article-extraction benchmark's pages) whole.</summary>
public static class GzipFile
{
    public static byte[] ReadAllBytes(string path)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var memory = new MemoryStream();
        gzip.CopyTo(memory);
        return memory.ToArray();
    }
}
