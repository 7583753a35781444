using BenchmarkDotNet.Attributes;
using ClaimExtractor.Cli.Commands;
using ClaimExtractor.Nlp;

namespace ClaimExtractor.Benchmarks;

/// <summary>
/// Tokens per second of the NLP stage on corpus articles, one thread, with and without the trained tagger and name
/// recognizer. The setup prints the token count: tokens/s = tokens / mean time.
/// </summary>
[MemoryDiagnoser]
public class NlpStageBench
{
    private NlpPipeline _pipeline = null!;
    private string[] _texts = [];

    [Params(false, true)]
    public bool TrainedNames { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _pipeline = Composition.CreatePipeline(RepositoryPaths.Models, TrainedNames);
        _texts = [.. BenchCorpus.Articles(100).Select(a => a.Text)];
        Console.WriteLine($"// tokens per operation: {Analyze()}");
    }

    [Benchmark]
    public int Analyze()
    {
        int tokens = 0;
        foreach (string text in _texts)
        {
            tokens += _pipeline.Run(text, new DateOnly(2024, 12, 19), CancellationToken.None).Tokens.Count;
        }

        return tokens;
    }
}
