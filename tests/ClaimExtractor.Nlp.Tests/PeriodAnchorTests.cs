using ClaimExtractor.Nlp.Periods;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Tests.PeerSuites;
using ClaimExtractor.Nlp.Tests.Support;

namespace ClaimExtractor.Nlp.Tests;

/// <summary>
/// The resolver tries its readers only near the words every time expression holds (<see cref="PeriodAnchors"/>). Read
/// with that gate and without, the date suites, the period and quantity examples and the corpus give the same periods:
/// a reader of a new kind of expression whose words the anchors lack fails here.
/// </summary>
public sealed class PeriodAnchorTests
{
    private static readonly Lazy<(NlpPipeline Gated, NlpPipeline EveryToken)> Pipelines = new(() =>
    (
        Build(new PeriodResolver(Shared.Models.Holidays, everyToken: false)),
        Build(new PeriodResolver(Shared.Models.Holidays, everyToken: true))));

    [PeerSuiteFact]
    public void The_date_suites_read_the_same_periods_with_the_anchor_gate()
    {
        AssertSamePeriods(GateTexts.PeerCases("*date*.jsonl", "*time*.jsonl"));
    }

    [Fact]
    public void The_examples_and_the_corpus_read_the_same_periods_with_the_anchor_gate()
    {
        AssertSamePeriods(GateTexts.ExamplesAndCorpus());
    }

    private static void AssertSamePeriods(IEnumerable<(string Text, DateOnly Published)> texts) =>
        GateTexts.AssertSameReadings(texts, Pipelines.Value.Gated, Pipelines.Value.EveryToken, Periods, "periods");

    private static List<string> Periods(AnalyzedDocument document) =>
        [.. document.Periods.Select(p => $"{p.Span.In(document.Text)} [{p.Span.Start},{p.Span.End}) {p.Period?.Label ?? "open"}")];

    private static NlpPipeline Build(PeriodResolver resolver) =>
        new NlpPipelineBuilder().UseDefaults(Shared.Models).Remove<PeriodResolver>().InsertBefore<Claims.ClaimAssembler>(resolver).Build();
}
