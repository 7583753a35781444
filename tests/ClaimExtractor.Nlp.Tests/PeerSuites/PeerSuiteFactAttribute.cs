namespace ClaimExtractor.Nlp.Tests.PeerSuites;

/// <summary>A fact over the peer suites, skipped like <see cref="PeerSuiteTheoryAttribute"/> where they are missing.</summary>
public sealed class PeerSuiteFactAttribute : FactAttribute
{
    public PeerSuiteFactAttribute()
    {
        Skip = RepositoryPaths.SkipWhenMissing(PeerSuiteFloors.Folder, "the peer suites are");
    }
}
