using System.Text;

namespace ClaimExtractor.Tests;

/// <summary>A fresh folder under the system temp folder, deleted with everything in it on dispose.</summary>
internal sealed class TempDir : IDisposable
{
    public TempDir() => Path = Directory.CreateTempSubdirectory("claimx-test-").FullName;

    public string Path { get; }

    /// <summary>A path inside this folder (nothing is created).</summary>
    public string File(string relativePath) => System.IO.Path.Combine(Path, relativePath);

    /// <summary>Writes UTF-8 text (no byte order mark) to a path inside this folder, creating folders as needed.</summary>
    public string Write(string relativePath, string text) => Write(relativePath, new UTF8Encoding(false).GetBytes(text));

    /// <summary>Writes bytes to a path inside this folder, creating folders as needed.</summary>
    public string Write(string relativePath, byte[] bytes)
    {
        string full = File(relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!); // a file inside this folder always has a parent
        System.IO.File.WriteAllBytes(full, bytes);
        return full;
    }

    /// <summary>Copies the files of <paramref name="source"/> (recursively, those <paramref name="include"/> keeps) into <paramref name="into"/>; returns that folder.</summary>
    public string CopyFrom(string source, string into = "", Func<string, bool>? include = null)
    {
        string target = File(into);
        foreach (string file in Directory.GetFiles(source, "*", SearchOption.AllDirectories).Where(f => include?.Invoke(f) ?? true))
        {
            string copy = System.IO.Path.Combine(target, System.IO.Path.GetRelativePath(source, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(copy)!); // a file path always has a folder
            System.IO.File.Copy(file, copy);
        }

        Directory.CreateDirectory(target);
        return target;
    }

    public void Dispose()
    {
        try
        {
            // A test may have made a file unreadable on purpose.
            if (!OperatingSystem.IsWindows())
            {
                foreach (string file in Directory.EnumerateFiles(Path, "*", SearchOption.AllDirectories))
                {
                    System.IO.File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
                }
            }

            Directory.Delete(Path, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A leftover temp folder (a SQLite WAL still open) must not fail the test that made it.
        }
    }
}
