namespace ClaimExtractor.EndToEnd.Tests;

/// <summary>Paths in the repository and beside it, found from the test's folder upwards.</summary>
internal static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Corpus => Path.Combine(Root, "corpus");

    public static string Seed => Path.Combine(Corpus, "seed");

    public static string Models => Path.Combine(Root, "models");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ClaimExtractor.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ClaimExtractor.sln not found above " + AppContext.BaseDirectory);
    }
}
