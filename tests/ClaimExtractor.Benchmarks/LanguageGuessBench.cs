using BenchmarkDotNet.Attributes;
using ClaimExtractor.Nlp;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Benchmarks;

/// <summary>
/// The language check every article passes before the NLP stage: function words and script over the whole text, on
/// the bodies of real news pages (a few in other languages). The setup prints the characters per operation: MB/s =
/// characters / mean time.
/// </summary>
[MemoryDiagnoser]
public class LanguageGuessBench
{
    private LanguageGuess _languages = null!;
    private string[] _texts = [];

    [GlobalSetup]
    public void Setup()
    {
        _languages = NlpModels.Load(RepositoryPaths.Models).Languages;
        _texts = [.. BenchCorpus.NewsBodies()];
        Console.WriteLine($"// characters per operation: {_texts.Sum(t => t.Length)}");
    }

    [Benchmark]
    public int Guess()
    {
        int english = 0;
        foreach (string text in _texts)
        {
            english += _languages.Of(text) == LanguageGuess.English ? 1 : 0;
        }

        return english;
    }
}
