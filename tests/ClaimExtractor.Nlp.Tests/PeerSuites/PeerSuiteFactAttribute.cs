namespace ClaimExtractor.Nlp.Tests.PeerSuites;

/// <summary>A fact over the peer suites, skipped like <see cref="PeerSuiteTheoryAttribute"/> where they are missing.</summary>
public sealed class PeerSuiteFactAttribute : FactAttribute
{
    public PeerSuiteFactAttribute()
    {
        if (!Directory.Exists(PeerSuiteFolder.Path) && Environment.GetEnvironmentVariable("CI") is null)
        {
            Skip = $"the peer suites are not at {PeerSuiteFolder.Path}";
        }
    }
}
