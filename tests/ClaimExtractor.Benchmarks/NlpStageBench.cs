using BenchmarkDotNet.Attributes;
using ClaimExtractor.Cli.Commands;
using ClaimExtractor.Nlp;
using ClaimExtractor.Nlp.Claims;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Benchmarks;

/// <summary>
/// Tokens per second of the NLP stage on the English bodies of real news pages (the article-extraction benchmark's
/// ground truth; pages that read as another language are left out, as the stage leaves them), one thread, with and without the trained tagger and name
/// recognizer, and either whole or up to quantities and periods (without claim assembly: the stage the Quantities
/// issue measures). The setup prints the token count: tokens/s = tokens / mean time.
/// </summary>
[MemoryDiagnoser]
public class NlpStageBench
{
    private NlpPipeline _pipeline = null!;
    private string[] _texts = [];

    [Params(false, true)]
    public bool TrainedNames { get; set; }

    /// <summary>True: every process; false: the processes up to periods (claim assembly left out).</summary>
    [Params(true, false)]
    public bool WithClaims { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var pipeline = Composition.CreatePipeline(RepositoryPaths.Models, TrainedNames);
        _pipeline = WithClaims ? pipeline : Without<ClaimAssembler>(pipeline);
        var languages = NlpModels.Load(RepositoryPaths.Models).Languages;
        _texts = [.. BenchCorpus.NewsBodies().Where(text => languages.Of(text) is null or LanguageGuess.English)];
        Console.WriteLine($"// articles: {_texts.Length}, characters: {_texts.Sum(t => t.Length)}");
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

    private static NlpPipeline Without<T>(NlpPipeline pipeline)
        where T : IDocumentProcess
    {
        var builder = new NlpPipelineBuilder();
        foreach (var process in pipeline.Processes.Where(p => p is not T))
        {
            builder.Use(process);
        }

        return builder.Build();
    }
}
