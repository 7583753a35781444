namespace ClaimExtractor.Nlp.Tests.Support;

/// <summary>
/// Reads a spec file (STYLE.md §7): prose, then fenced <c>example</c> blocks holding the input, a line with a single
/// <c>.</c>, and the expected JSON.
/// </summary>
public static class SpecFile
{
    private const string Fence = "```";

    public static IReadOnlyList<SpecExample> Read(string path)
    {
        var lines = File.ReadAllLines(path);
        var examples = new List<SpecExample>();
        string name = Path.GetFileName(path);
        for (int i = 0; i < lines.Length; i++)
        {
            if (!lines[i].StartsWith(Fence + "example", StringComparison.Ordinal))
            {
                continue;
            }

            int start = i + 1;
            int dot = Array.FindIndex(lines, start, l => l == ".");
            int close = Array.FindIndex(lines, start, l => l.StartsWith(Fence, StringComparison.Ordinal));
            if (dot < 0 || close < 0 || dot > close)
            {
                throw new FormatException($"{name}:{i + 1}: an example needs an input, a '.' line and expected JSON before its closing fence.");
            }

            examples.Add(new SpecExample(name, examples.Count + 1, i + 1,
                string.Join('\n', lines[start..dot]), string.Join('\n', lines[(dot + 1)..close])));
            i = close;
        }

        return examples;
    }

    /// <summary>Theory data: every example of the files in <c>Specs/</c>, by file and number.</summary>
    public static TheoryData<string, int> Numbers(params string[] files)
    {
        var data = new TheoryData<string, int>();
        foreach (string file in files)
        {
            foreach (var example in Read(PathOf(file)))
            {
                data.Add(file, example.Number);
            }
        }

        return data;
    }

    public static SpecExample Get(string file, int number) => Read(PathOf(file))[number - 1];

    /// <summary>Shows spaces and line breaks so a failure message makes whitespace differences visible.</summary>
    public static string Visible(string text) => text.Replace(" ", "·", StringComparison.Ordinal).Replace("\n", "⏎\n", StringComparison.Ordinal).Replace("\t", "→", StringComparison.Ordinal);

    private static string PathOf(string file) => Path.Combine(AppContext.BaseDirectory, "Specs", file);
}
