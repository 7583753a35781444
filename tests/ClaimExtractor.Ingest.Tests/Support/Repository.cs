namespace ClaimExtractor.Ingest.Tests.Support;

internal static class Repository
{
    /// <summary>The repository root: the first folder above the test binaries that holds <c>corpus/seed</c>.</summary>
    public static string Root { get; } = FindRoot();

    public static string Page(string name) => Path.Combine(AppContext.BaseDirectory, "Pages", name);

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (Directory.Exists(Path.Combine(folder.FullName, "corpus", "seed")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException($"no corpus/seed above {AppContext.BaseDirectory}");
    }
}
