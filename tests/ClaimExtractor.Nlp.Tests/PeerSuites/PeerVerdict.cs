namespace ClaimExtractor.Nlp.Tests.PeerSuites;

/// <summary>A judged case: passed, failed with a group (for the summary) and a detail line, or not judged.</summary>
internal sealed record PeerVerdict(bool Judged, bool Passed, string Group, string Detail)
{
    public static PeerVerdict Pass { get; } = new(true, true, "", "");

    public static PeerVerdict NotJudged { get; } = new(false, false, "", "");

    /// <summary>Passed only under a documented difference of convention, named in <paramref name="group"/>.</summary>
    public static PeerVerdict PassUnder(string group, string detail) => new(true, true, group, detail);

    public static PeerVerdict Fail(string group, string detail) => new(true, false, group, detail);
}
