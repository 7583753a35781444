using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Tests.PeerSuites;

namespace ClaimExtractor.Nlp.Tests.Support;

/// <summary>
/// The texts a reading gate (<see cref="Periods.PeriodAnchors"/>, <see cref="Quantities.QuantityOpenings"/>) is checked
/// on: read with the gate and without, they must give the same readings.
/// </summary>
internal static class GateTexts
{
    private static readonly DateOnly Published = new(2024, 12, 19);

    /// <summary>The inputs of the peer-suite files matching <paramref name="patterns"/>, each with its reference date.</summary>
    public static IEnumerable<(string Text, DateOnly Published)> PeerCases(params string[] patterns) =>
        patterns.SelectMany(pattern => Directory.GetFiles(PeerSuiteFloors.Folder, pattern))
            .SelectMany(PeerCase.Read)
            .Select(c => (c.Input, c.Reference ?? Published));

    /// <summary>Every example of the period and quantity specs, and every corpus article.</summary>
    public static IEnumerable<(string Text, DateOnly Published)> ExamplesAndCorpus()
    {
        var examples = new[] { "periods.md", "quantities.md", "quantities-news.md" }
            .SelectMany(f => SpecFile.Read(Path.Combine(RepositoryPaths.Root, "tests", "ClaimExtractor.Nlp.Tests", "Specs", f)))
            .Select(e => (e.Input, Published));
        var corpus = Directory.GetFiles(RepositoryPaths.Corpus, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".html", StringComparison.Ordinal))
            .Select(f => (File.ReadAllText(f), Published));
        return examples.Concat(corpus);
    }

    /// <summary>
    /// Asserts that <paramref name="gated"/> reads every one of <paramref name="texts"/> as <paramref name="everyToken"/>
    /// does, by the <paramref name="readings"/> (named <paramref name="what"/>) each leaves in the document, and that the
    /// texts were enough to tell (more than 100 of them, more than 100 readings).
    /// </summary>
    public static void AssertSameReadings(IEnumerable<(string Text, DateOnly Published)> texts, NlpPipeline gated, NlpPipeline everyToken,
        Func<AnalyzedDocument, List<string>> readings, string what)
    {
        var missed = new List<string>();
        int read = 0, found = 0;
        foreach (var (text, published) in texts)
        {
            var want = readings(everyToken.Run(text, published, CancellationToken.None));
            var got = readings(gated.Run(text, published, CancellationToken.None));
            missed.AddRange(want.Except(got).Concat(got.Except(want)).Select(r => $"{r} in \"{text[..Math.Min(text.Length, 80)]}\""));
            read++;
            found += want.Count;
        }

        Assert.True(read > 100 && found > 100, $"only {read} texts read, {found} {what} found");
        Assert.True(missed.Count == 0, $"{missed.Count} {what} differ with the gate:\n" + string.Join('\n', missed.Take(20)));
    }
}
