using ClaimExtractor.Core.Quantities;
using ClaimExtractor.Storage.Tests.Support;

namespace ClaimExtractor.Storage.Tests;

/// <summary>Syndicated copies, fetch times and modified dates: what every backend must keep about where a document came from.</summary>
public abstract partial class ClaimStoreContract
{
    // a wire story from the team's corpus, a syndicated copy with its own headline and byline, and another outlet's
    // report of the same deal: all three state the same revenue figure, so each is the others' candidate
    private static string Wire => File.ReadAllText(Path.Combine(RepositoryPaths.Corpus, "dev", "merger-halvorsen-brightwater", "02-wire.txt"));

    private static string Syndicated => "Snack maker sold in $4.5 billion deal\nBy Staff Writer\n" + string.Join('\n', Wire.Split('\n').Skip(1));

    private static string OtherOutlet => File.ReadAllText(Path.Combine(RepositoryPaths.Corpus, "dev", "merger-halvorsen-brightwater", "01-business.txt"));

    [ContractFact]
    public async Task A_syndicated_copy_links_to_its_original_and_another_outlets_report_does_not()
    {
        var ids = (await Store.SaveDocumentsAsync(
            [
                Save("wire/original.txt", Wire, new DateOnly(2026, 6, 22)),
                Save("other/report.txt", OtherOutlet, new DateOnly(2026, 6, 23), "$9.8bn"),
                Save("partner/copy.txt", Syndicated, new DateOnly(2026, 6, 22)),
            ],
            None)).Documents;

        Assert.Equal([null, null, ids[0]], (await ReadAllDocumentsAsync()).Select(d => d.DuplicateOf));
    }

    [ContractFact]
    public async Task A_copy_stored_before_its_original_links_to_it_once_the_original_arrives()
    {
        await Store.SaveDocumentsAsync([Save("partner/copy.txt", Syndicated, new DateOnly(2026, 6, 23))], None);
        var ids = (await Store.SaveDocumentsAsync([Save("wire/original.txt", Wire, new DateOnly(2026, 6, 22))], None)).Documents;

        Assert.Equal([ids[0], null], (await ReadAllDocumentsAsync()).Select(d => d.DuplicateOf));
    }

    [ContractFact]
    public async Task A_fetch_time_and_a_modified_date_read_back_apart_from_the_publication_date()
    {
        var fetched = new DateTimeOffset(2026, 6, 22, 14, 5, 9, TimeSpan.FromHours(2));
        var article = Fixtures.Article("https://example.org/story", "Prices rose 3% in May.", new DateOnly(2026, 6, 21));
        article = article with { Metadata = article.Metadata with { Fetched = fetched, Modified = new DateOnly(2026, 6, 22) } };

        await Store.SaveDocumentsAsync([Fixtures.Save(article, [])], None);

        var stored = (await ReadAllDocumentsAsync()).Single().Metadata;
        Assert.Equal((fetched, new DateOnly(2026, 6, 21), new DateOnly(2026, 6, 22)), (stored.Fetched!.Value, stored.Published!.Value, stored.Modified!.Value));
        Assert.Equal(TimeSpan.Zero, stored.Fetched.Value.Offset);
    }

    private static Core.Storage.DocumentToSave Save(string source, string text, DateOnly published, string revenue = "$9.8 billion") =>
        Fixtures.Save(
            Fixtures.Article(source, text, published),
            [Fixtures.Claim(text, revenue, 9_800_000_000m, Unit.Usd, Fixtures.Chainwatch, metric: "annual revenue", metricKey: "revenue_value")]);
}
