namespace ClaimExtractor.Nlp.Tests.PeerSuites;

/// <summary>
/// Every peer-suite file in <c>../shared/eval/quantities</c>, how its cases are judged, and the pass rate the pipeline
/// must keep on it. The floors sit at the rate reached; raise them in the change that raises the score.
/// </summary>
internal static class PeerSuiteFloors
{
    /// <summary>Where the suites are: <c>../shared/eval/quantities</c> beside the repository.</summary>
    public static string Folder { get; } = RepositoryPaths.SharedData("eval", "quantities");

    public static IReadOnlyList<PeerSuite> All { get; } =
    [
        new("recognizers-en-number.jsonl", PeerKind.Number, 0.952),
        new("recognizers-en-percent.jsonl", PeerKind.Percent, 1.000),
        new("recognizers-en-currency.jsonl", PeerKind.Money, 0.954),
        new("recognizers-en-numberrange.jsonl", PeerKind.NumberRange, 0.954),
        new("recognizers-en-dimension.jsonl", PeerKind.Dimension, 0.929),
        new("recognizers-en-temperature.jsonl", PeerKind.Measure, 0.906),
        new("recognizers-en-age.jsonl", PeerKind.Any, 0.736),
        new("recognizers-en-ordinal.jsonl", PeerKind.Number, 0.037),
        new("recognizers-en-date-parser.jsonl", PeerKind.Date, 0.934),
        new("recognizers-en-dateperiod-parser.jsonl", PeerKind.Date, 0.920),
        new("recognizers-en-date-extractor.jsonl", PeerKind.Date, 0.959),
        new("recognizers-en-dateperiod-extractor.jsonl", PeerKind.Date, 0.963),
        new("recognizers-en-datetime.jsonl", PeerKind.Date, 0.470),
        new("recognizers-en-duration-extractor.jsonl", PeerKind.Duration, 0.387),
        new("recognizers-en-duration-parser.jsonl", PeerKind.Duration, 0.428),
        new("quantulum3-en-quantities.jsonl", PeerKind.Any, 0.920),
        new("quantulum3-en-ambiguity.jsonl", PeerKind.Any, 0.300),
        new("duckling-en-amount-of-money.jsonl", PeerKind.Money, 0.965),
        new("duckling-en-number.jsonl", PeerKind.Number, 0.876),
        new("duckling-en-ordinal.jsonl", PeerKind.Number, 0.000),
        new("duckling-en-distance.jsonl", PeerKind.Measure, 0.750),
        new("duckling-en-quantity.jsonl", PeerKind.Measure, 0.814),
        new("duckling-en-volume.jsonl", PeerKind.Measure, 0.925),
        new("duckling-en-temperature.jsonl", PeerKind.Measure, 0.818),
        new("duckling-en-duration.jsonl", PeerKind.Duration, 0.204),
        new("duckling-en-time.jsonl", PeerKind.Date, 0.429),
    ];

    public static PeerSuite Get(string file) => All.Single(s => string.Equals(s.File, file, StringComparison.Ordinal));
}

/// <summary>One suite file, the kind of entity it expects, and its pass-rate floor (0 to 1).</summary>
internal sealed record PeerSuite(string File, PeerKind Kind, double Floor);
