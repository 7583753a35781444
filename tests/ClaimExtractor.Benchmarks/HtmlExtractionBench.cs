using BenchmarkDotNet.Attributes;
using ClaimExtractor.Ingest.Html;

namespace ClaimExtractor.Benchmarks;

/// <summary>
/// Page reading on the 181 real news pages of the article-extraction benchmark (<c>../shared/eval/articles</c>), one
/// thread: decoding, one parse, metadata and main text, as every HTML input goes. Pages/s = 181 / the mean time.
/// </summary>
[MemoryDiagnoser]
public class HtmlExtractionBench
{
    private IReadOnlyList<byte[]> _pages = [];

    [GlobalSetup]
    public void Setup()
    {
        var folder = RepositoryPaths.SharedData("eval", "articles", "html");
        _pages = [.. Directory.EnumerateFiles(folder, "*.html.gz").Order(StringComparer.Ordinal).Select(GzipFile.ReadAllBytes)];
    }

    /// <summary>All pages, bytes to article text and metadata.</summary>
    [Benchmark]
    public int ReadAllPages()
    {
        int characters = 0;
        foreach (var bytes in _pages)
        {
            characters += HtmlArticleReader.Read(HtmlDecoder.Decode(bytes).Html).Text.Length;
        }

        return characters;
    }
}
