using ClaimExtractor.Core.Ingest;
using ClaimExtractor.Ingest.Files;

namespace ClaimExtractor.Ingest.Tests.Support;

internal static class SourceItems
{
    public static async Task<List<SourceItem>> ReadAllAsync(IArticleSource source)
    {
        var items = new List<SourceItem>();
        await foreach (var item in source.ReadAsync(CancellationToken.None))
        {
            items.Add(item);
        }

        return items;
    }

    public static Task<List<SourceItem>> ReadAllAsync(string path, FileSourceOptions? options = null) =>
        ReadAllAsync(new FileSystemSource([path], options ?? new FileSourceOptions()));

    public static async Task<SourceItem> ReadOneAsync(string path, FileSourceOptions? options = null) =>
        Assert.Single(await ReadAllAsync(path, options));

    public static string Describe(IEnumerable<SourceItem> items) =>
        string.Join("\n", items.Select(i => $"{i.Kind} {i.Source}{(i.Reason is null ? "" : " : " + i.Reason)}"));
}
