namespace ClaimExtractor.EndToEnd.Tests;

/// <summary>A temporary folder that deletes itself.</summary>
internal sealed class TempDir : IDisposable
{
    public TempDir() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "claimx-test-" + Guid.NewGuid().ToString("N"));

    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Copies the seed articles and their sidecars (not the gold) into <paramref name="folder"/> under this dir.</summary>
    public string CopySeeds(string folder = "articles")
    {
        string target = File(folder);
        Directory.CreateDirectory(target);
        foreach (string file in Directory.EnumerateFiles(RepositoryPaths.Seed).Where(f => f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".meta.json", StringComparison.Ordinal)))
        {
            System.IO.File.Copy(file, System.IO.Path.Combine(target, System.IO.Path.GetFileName(file)));
        }

        return target;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open (a SQLite WAL) must not fail the test; the OS temp cleaner takes it.
        }
    }
}
