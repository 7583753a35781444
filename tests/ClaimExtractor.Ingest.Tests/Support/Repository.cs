namespace ClaimExtractor.Ingest.Tests.Support;

internal static class Repository
{
    /// <summary>A saved page copied beside the test binaries from <c>Pages/</c>.</summary>
    public static string Page(string name) => Path.Combine(AppContext.BaseDirectory, "Pages", name);
}
