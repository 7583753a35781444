using ClaimExtractor.Ingest.Tests.Support;

namespace ClaimExtractor.Ingest.Tests.Files;

public sealed class ContentHashTests : IDisposable
{
    private const string Story = "The ferry service carried 1.2 million passengers in 2023, up 9 percent on the year before.";

    private readonly TempDir dir = new();

    public void Dispose() => dir.Dispose();

    [Fact]
    public async Task The_hash_is_lower_case_hex_SHA256_and_stable_across_reads()
    {
        var path = dir.Write("story.txt", Story);

        var first = await HashAsync(path);
        File.SetLastWriteTimeUtc(path, new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        dir.Write("other.txt", "An unrelated story in the same folder.");
        var second = await HashAsync(path);

        Assert.Matches("^[0-9a-f]{64}$", first);
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task The_hash_changes_when_the_file_changes()
    {
        var path = dir.Write("story.txt", Story);
        var before = await HashAsync(path);

        dir.Write("story.txt", Story.Replace("9 percent", "8 percent", StringComparison.Ordinal));

        Assert.NotEqual(before, await HashAsync(path));
    }

    [Theory]
    [InlineData("""{"title": "Ferry record"}""")]
    [InlineData("""{"published": "2024-01-31"}""")]
    [InlineData("""{"author": ["Ola Berg"]}""")]
    public async Task The_hash_changes_when_the_sidecar_changes_what_is_known(string sidecar)
    {
        var path = dir.Write("story.txt", Story);
        var before = await HashAsync(path);

        dir.Write("story.meta.json", sidecar);

        Assert.NotEqual(before, await HashAsync(path));
    }

    private static async Task<string?> HashAsync(string path) => (await SourceItems.ReadOneAsync(path)).Article?.ContentHash;
}
