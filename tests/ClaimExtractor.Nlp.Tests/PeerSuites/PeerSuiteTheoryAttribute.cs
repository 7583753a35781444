namespace ClaimExtractor.Nlp.Tests.PeerSuites;

/// <summary>
/// A theory over the peer suites in <c>../shared/eval/quantities</c> beside the repository. Where they are missing the
/// theory is skipped with the reason on a developer machine, and fails under CI (the <c>CI</c> variable set).
/// </summary>
public sealed class PeerSuiteTheoryAttribute : TheoryAttribute
{
    public PeerSuiteTheoryAttribute()
    {
        Skip = RepositoryPaths.SkipWhenMissing(PeerSuiteFloors.Folder, "the peer suites are");
    }
}
