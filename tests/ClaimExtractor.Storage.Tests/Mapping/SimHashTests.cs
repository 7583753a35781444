using ClaimExtractor.Storage.Mapping;

namespace ClaimExtractor.Storage.Tests.Mapping;

public sealed class SimHashTests
{
    private static readonly string Dev = Path.Combine(RepositoryPaths.Corpus, "dev");

    public static TheoryData<string> DevArticles() => [.. Files()];

    /// <summary>Every two articles of one cluster: different outlets' own reports of one event.</summary>
    public static TheoryData<string, string> SameEventPairs()
    {
        var data = new TheoryData<string, string>();
        foreach (var cluster in Files().GroupBy(f => Path.GetDirectoryName(f), StringComparer.Ordinal))
        {
            var files = cluster.ToList();
            for (var i = 0; i < files.Count; i++)
            {
                for (var j = i + 1; j < files.Count; j++)
                {
                    data.Add(files[i], files[j]);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DevArticles))]
    public void A_copy_with_a_new_headline_and_byline_is_a_near_duplicate(string file)
    {
        var text = Read(file);
        var copy = "A different headline for the same story\nBy Staff Writer\n" + string.Join('\n', text.Split('\n').Skip(1));

        Assert.InRange(SimHash.Distance(Hash(text), Hash(copy)), 0, SimHash.MaxDistance);
    }

    [Theory]
    [MemberData(nameof(DevArticles))]
    public void A_copy_without_its_last_paragraph_is_a_near_duplicate(string file)
    {
        var lines = Read(file).Split('\n').ToList();
        lines.RemoveAt(lines.FindLastIndex(l => l.Trim().Length > 0));

        Assert.InRange(SimHash.Distance(Hash(Read(file)), Hash(string.Join('\n', lines))), 0, SimHash.MaxDistance);
    }

    [Theory]
    [MemberData(nameof(SameEventPairs))]
    public void Two_outlets_reports_of_one_event_are_not_near_duplicates(string first, string second)
    {
        Assert.True(SimHash.Distance(Hash(Read(first)), Hash(Read(second))) > SimHash.MaxDistance + 6, $"{first} vs {second}");
    }

    [Fact]
    public void Case_punctuation_and_spacing_do_not_change_the_hash()
    {
        var text = Read(Files().First());

        Assert.Equal(Hash(text), Hash(text.ToUpperInvariant().Replace(",", " ,", StringComparison.Ordinal).Replace("\n", "\n\n", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_short_text_has_no_hash()
    {
        Assert.Null(SimHash.Compute(string.Join(' ', Enumerable.Repeat("word", SimHash.MinWords - 1))));
        Assert.NotNull(SimHash.Compute(string.Join(' ', Enumerable.Range(0, SimHash.MinWords).Select(i => $"w{i}"))));
    }

    [Fact]
    public void Hashes_within_three_bits_share_a_band()
    {
        var hash = Hash(Read(Files().First()));
        for (var bits = 0; bits < 64 * 64 * 8; bits += 7)
        {
            var other = hash ^ (1L << (bits % 64)) ^ (1L << ((bits / 64) % 64)) ^ (1L << ((bits / 7) % 64));
            Assert.True(
                SimHash.Distance(hash, other) > 3 || Enumerable.Range(0, SimHash.Bands).Any(b => SimHash.Band(hash, b) == SimHash.Band(other, b)));
        }
    }

    private static IEnumerable<string> Files() =>
        Directory.EnumerateFiles(Dev, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(f => Path.GetRelativePath(Dev, f));

    private static string Read(string file) => File.ReadAllText(Path.Combine(Dev, file));

    private static long Hash(string text) => SimHash.Compute(text) ?? throw new InvalidOperationException("too short to hash");
}
