using BenchmarkDotNet.Attributes;
using ClaimExtractor.Cli.Commands;
using ClaimExtractor.Core.Analysis;
using ClaimExtractor.Core.Documents;

namespace ClaimExtractor.Benchmarks;

/// <summary>The whole NLP stage (tokens to claim frames) on corpus articles, one thread.</summary>
[MemoryDiagnoser]
public class PipelineBench
{
    private IClaimExtractor _extractor = null!;
    private IReadOnlyList<Article> _articles = [];

    [Params(10, 100)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _extractor = Composition.CreateExtractor(RepositoryPaths.Models);
        _articles = BenchCorpus.Articles(Articles);
    }

    [Benchmark]
    public int Analyze()
    {
        int claims = 0;
        foreach (var article in _articles)
        {
            claims += _extractor.Analyze(article, CancellationToken.None).Claims.Count;
        }

        return claims;
    }
}
