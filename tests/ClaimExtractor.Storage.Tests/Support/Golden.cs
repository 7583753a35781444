using System.Runtime.CompilerServices;
using System.Text;

namespace ClaimExtractor.Storage.Tests.Support;

/// <summary>
/// Canonical files in <c>Golden/</c>, compared byte for byte. <c>CLAIMX_UPDATE_GOLDEN=1</c> rewrites them instead;
/// review that diff like code.
/// </summary>
public static class Golden
{
    public static bool Updating =>
        string.Equals(Environment.GetEnvironmentVariable("CLAIMX_UPDATE_GOLDEN"), "1", StringComparison.Ordinal);

    public static void Check(string name, byte[] actual)
    {
        var path = Path.Combine(Folder(), name);
        if (Updating)
        {
            File.WriteAllBytes(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"golden file {path} is missing; run the tests with CLAIMX_UPDATE_GOLDEN=1 to create it");
        var expected = File.ReadAllBytes(path);
        if (!expected.AsSpan().SequenceEqual(actual))
        {
            // Show the first differing line: whole exports are too long to read in a test failure.
            var expectedLines = Encoding.UTF8.GetString(expected).Split('\n');
            var actualLines = Encoding.UTF8.GetString(actual).Split('\n');
            var line = 0;
            while (line < Math.Min(expectedLines.Length, actualLines.Length) && string.Equals(expectedLines[line], actualLines[line], StringComparison.Ordinal))
            {
                line++;
            }

            Assert.Fail(
                $"{name} differs from its golden file at line {line + 1}\n" +
                $"expected: {(line < expectedLines.Length ? expectedLines[line] : "<end of file>")}\n" +
                $"actual:   {(line < actualLines.Length ? actualLines[line] : "<end of file>")}");
        }
    }

    // The source folder, not the build output: updates must land in the files under version control.
    // This file sits in Support/, beside Golden/.
    private static string Folder([CallerFilePath] string thisFile = "")
    {
        var project = Path.GetDirectoryName(Path.GetDirectoryName(thisFile))
            ?? throw new InvalidOperationException($"no project folder above {thisFile}");
        return Path.Combine(project, "Golden");
    }
}
