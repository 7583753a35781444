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
        var texts = Directory.GetFiles(PeerSuiteFloors.Folder, "*date*.jsonl").Concat(Directory.GetFiles(PeerSuiteFloors.Folder, "*time*.jsonl"))
            .SelectMany(PeerCase.Read)
            .Select(c => (c.Input, c.Reference ?? new DateOnly(2024, 12, 19)));
        AssertSamePeriods(texts);
    }

    [Fact]
    public void The_examples_and_the_corpus_read_the_same_periods_with_the_anchor_gate()
    {
        var examples = new[] { "periods.md", "quantities.md", "quantities-news.md" }
            .SelectMany(f => SpecFile.Read(Path.Combine(RepositoryPaths.Root, "tests", "ClaimExtractor.Nlp.Tests", "Specs", f)))
            .Select(e => (e.Input, new DateOnly(2024, 12, 19)));
        var corpus = Directory.GetFiles(RepositoryPaths.Corpus, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".html", StringComparison.Ordinal))
            .Select(f => (File.ReadAllText(f), new DateOnly(2024, 12, 19)));
        AssertSamePeriods(examples.Concat(corpus));
    }

    private static void AssertSamePeriods(IEnumerable<(string Text, DateOnly Published)> texts)
    {
        var (gated, everyToken) = Pipelines.Value;
        var missed = new List<string>();
        int read = 0;
        foreach (var (text, published) in texts)
        {
            var want = Periods(everyToken.Run(text, published, CancellationToken.None));
            var got = Periods(gated.Run(text, published, CancellationToken.None));
            missed.AddRange(want.Except(got).Concat(got.Except(want)).Select(p => $"{p} in \"{text[..Math.Min(text.Length, 80)]}\""));
            read++;
        }

        Assert.True(read > 100, $"only {read} texts read");
        Assert.True(missed.Count == 0, $"{missed.Count} periods differ with the gate:\n" + string.Join('\n', missed.Take(20)));
    }

    private static List<string> Periods(AnalyzedDocument document) =>
        [.. document.Periods.Select(p => $"{p.Span.In(document.Text)} [{p.Span.Start},{p.Span.End}) {p.Period?.Label ?? "open"}")];

    private static NlpPipeline Build(PeriodResolver resolver) =>
        new NlpPipelineBuilder().UseDefaults(Shared.Models).Remove<PeriodResolver>().InsertBefore<Claims.ClaimAssembler>(resolver).Build();
}
