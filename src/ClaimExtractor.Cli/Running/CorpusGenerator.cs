using System.Globalization;
using System.Text;

namespace ClaimExtractor.Cli.Running;

/// <summary>
/// Writes a larger corpus for benchmarks by recombining the lines of real articles: each generated article takes
/// a seeded random run of lines and a random 2023-2025 publication date in a sidecar, so runs are repeatable.
/// </summary>
public static class CorpusGenerator
{
    /// <summary>Writes <paramref name="count"/> articles into <paramref name="outputDirectory"/> and returns their total size in bytes.</summary>
    public static long Generate(string corpusDirectory, string outputDirectory, int count, int seed = 42)
    {
        var lines = Directory.EnumerateFiles(corpusDirectory, "*.txt", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .SelectMany(File.ReadLines)
            .Select(l => l.Trim())
            .Where(l => l.Length >= 40)
            .ToArray();
        if (lines.Length == 0)
        {
            throw new InvalidOperationException($"no article lines of 40 characters or more under '{corpusDirectory}'");
        }

        Directory.CreateDirectory(outputDirectory);
        var random = new Random(seed);
        var first = new DateOnly(2023, 1, 1);
        long bytes = 0;
        var text = new StringBuilder();
        for (int i = 0; i < count; i++)
        {
            text.Clear();
            int length = random.Next(6, 16);
            for (int j = 0; j < length; j++)
            {
                text.Append(lines[random.Next(lines.Length)]).Append('\n');
            }

            string name = Path.Combine(outputDirectory, i.ToString("D6", CultureInfo.InvariantCulture));
            string published = first.AddDays(random.Next(0, 3 * 365)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            File.WriteAllText(name + ".txt", text.ToString());
            File.WriteAllText(name + ".meta.json", $"{{\"title\":\"Generated article {i}\",\"outlet\":\"Bench {i % 7}\",\"published\":\"{published}\"}}");
            bytes += Encoding.UTF8.GetByteCount(text.ToString());
        }

        return bytes;
    }
}
