namespace ClaimExtractor.Nlp.Tests.Support;

/// <summary>Finds the repository's folders from the test binaries, so tests read <c>models/</c> and <c>corpus/</c> in place.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Models => Path.Combine(Root, "models");

    public static string Seed => Path.Combine(Root, "corpus", "seed");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, "models")) && Directory.Exists(Path.Combine(dir.FullName, "corpus")))
            {
                return dir.FullName;
            }

            dir = dir.Parent;
        }

        throw new DirectoryNotFoundException("No folder above the test binaries holds models/ and corpus/.");
    }
}
