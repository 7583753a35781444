using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Quantities;
using ClaimExtractor.Nlp.Tests.PeerSuites;
using ClaimExtractor.Nlp.Tests.Support;

namespace ClaimExtractor.Nlp.Tests;

/// <summary>
/// The scanner tries its readers only where a quantity can start (<see cref="QuantityOpenings"/>). Read with that gate
/// and without, the peer suites, the examples and the corpus give the same quantities and spans of time: a reader of a
/// new kind of figure opening with a word the openings lack fails here.
/// </summary>
public sealed class QuantityOpeningTests
{
    private static readonly Lazy<(NlpPipeline Gated, NlpPipeline EveryToken)> Pipelines = new(() =>
    (
        Build(new QuantityScanner(Shared.Models, everyToken: false)),
        Build(new QuantityScanner(Shared.Models, everyToken: true))));

    [PeerSuiteFact]
    public void The_peer_suites_read_the_same_quantities_with_the_opening_gate()
    {
        var texts = Directory.GetFiles(PeerSuiteFloors.Folder, "*.jsonl")
            .SelectMany(PeerCase.Read)
            .Select(c => (c.Input, c.Reference ?? new DateOnly(2024, 12, 19)));
        AssertSameQuantities(texts);
    }

    [Fact]
    public void The_examples_and_the_corpus_read_the_same_quantities_with_the_opening_gate()
    {
        var examples = new[] { "periods.md", "quantities.md", "quantities-news.md" }
            .SelectMany(f => SpecFile.Read(Path.Combine(RepositoryPaths.Root, "tests", "ClaimExtractor.Nlp.Tests", "Specs", f)))
            .Select(e => (e.Input, new DateOnly(2024, 12, 19)));
        var corpus = Directory.GetFiles(RepositoryPaths.Corpus, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".html", StringComparison.Ordinal))
            .Select(f => (File.ReadAllText(f), new DateOnly(2024, 12, 19)));
        AssertSameQuantities(examples.Concat(corpus));
    }

    private static void AssertSameQuantities(IEnumerable<(string Text, DateOnly Published)> texts)
    {
        var (gated, everyToken) = Pipelines.Value;
        var missed = new List<string>();
        int read = 0, found = 0;
        foreach (var (text, published) in texts)
        {
            var want = Quantities(everyToken.Run(text, published, CancellationToken.None));
            var got = Quantities(gated.Run(text, published, CancellationToken.None));
            missed.AddRange(want.Except(got).Concat(got.Except(want)).Select(q => $"{q} in \"{text[..Math.Min(text.Length, 80)]}\""));
            read++;
            found += want.Count;
        }

        Assert.True(read > 100 && found > 100, $"only {read} texts read, {found} quantities found");
        Assert.True(missed.Count == 0, $"{missed.Count} quantities differ with the gate:\n" + string.Join('\n', missed.Take(20)));
    }

    private static List<string> Quantities(AnalyzedDocument document) =>
    [
        .. document.Quantities.Select(q => $"{q.Quantity.Span.In(document.Text)} [{q.FirstToken},{q.EndToken}) {q.Quantity.Value} {q.Quantity.Unit} {q.Form}"),
        .. document.TimeSpans.Select(q => $"time {q.Span.In(document.Text)} [{q.Span.Start},{q.Span.End}) {q.Value} {q.Unit}"),
    ];

    private static NlpPipeline Build(QuantityScanner scanner) =>
        new NlpPipelineBuilder().UseDefaults(Shared.Models).Remove<QuantityScanner>().InsertBefore<Periods.PeriodResolver>(scanner).Build();
}
