namespace ClaimExtractor.Tests;

/// <summary>
/// The repository's folders, found from the test binaries (the folder holding <c>ClaimExtractor.sln</c>), and the
/// shared evaluation data beside it. Compiled into every test project by <c>tests/Directory.Build.props</c>.
/// </summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Corpus => Path.Combine(Root, "corpus");

    public static string Seed => Path.Combine(Corpus, "seed");

    public static string Models => Path.Combine(Root, "models");

    /// <summary>A path under <c>../shared</c> beside the repository (read in place, never copied in).</summary>
    public static string SharedData(params string[] parts) =>
        Path.GetFullPath(Path.Combine([Root, "..", "shared", .. parts]));

    /// <summary>
    /// Why a test needing <paramref name="path"/> (shared data) is skipped: it is missing on a developer machine. Null
    /// when it is there, and under CI (the <c>CI</c> variable set), which always has it, so the test runs and fails.
    /// </summary>
    public static string? SkipWhenMissing(string path, string what) =>
        File.Exists(path) || Directory.Exists(path) || Environment.GetEnvironmentVariable("CI") is not null
            ? null
            : $"{what} not at {path}";

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ClaimExtractor.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("ClaimExtractor.sln not found above " + AppContext.BaseDirectory);
    }
}
