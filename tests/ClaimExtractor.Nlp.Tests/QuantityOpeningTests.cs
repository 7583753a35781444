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
        AssertSameQuantities(GateTexts.PeerCases("*.jsonl"));
    }

    [Fact]
    public void The_examples_and_the_corpus_read_the_same_quantities_with_the_opening_gate()
    {
        AssertSameQuantities(GateTexts.ExamplesAndCorpus());
    }

    private static void AssertSameQuantities(IEnumerable<(string Text, DateOnly Published)> texts) =>
        GateTexts.AssertSameReadings(texts, Pipelines.Value.Gated, Pipelines.Value.EveryToken, Quantities, "quantities");

    private static List<string> Quantities(AnalyzedDocument document) =>
    [
        .. document.Quantities.Select(q => $"{q.Quantity.Span.In(document.Text)} [{q.FirstToken},{q.EndToken}) {q.Quantity.Value} {q.Quantity.Unit} {q.Form}"),
        .. document.TimeSpans.Select(q => $"time {q.Span.In(document.Text)} [{q.Span.Start},{q.Span.End}) {q.Value} {q.Unit}"),
    ];

    private static NlpPipeline Build(QuantityScanner scanner) =>
        new NlpPipelineBuilder().UseDefaults(Shared.Models).Remove<QuantityScanner>().InsertBefore<Periods.PeriodResolver>(scanner).Build();
}
