namespace ClaimExtractor.EndToEnd.Tests;

/// <summary>The seed articles as a user's folder.</summary>
internal static class SeedArticles
{
    /// <summary>Copies the seed articles and their sidecars (not the gold) into <paramref name="folder"/> under <paramref name="temp"/>.</summary>
    public static string CopySeeds(this TempDir temp, string folder = "articles") =>
        temp.CopyFrom(RepositoryPaths.Seed, folder,
            f => f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".meta.json", StringComparison.Ordinal));
}
