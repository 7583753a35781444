namespace ClaimExtractor.Nlp.Tests.PeerSuites;

/// <summary>Where the peer suites are: <c>../shared/eval/quantities</c> beside the folder holding ClaimExtractor.sln.</summary>
internal static class PeerSuiteFolder
{
    public static string Path { get; } = System.IO.Path.GetFullPath(System.IO.Path.Combine(FindRoot(), "..", "shared", "eval", "quantities"));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "ClaimExtractor.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("ClaimExtractor.sln not found above " + AppContext.BaseDirectory);
    }
}
