using ClaimExtractor.Cli.Commands;
using ClaimExtractor.Consistency;

namespace ClaimExtractor.EndToEnd.Tests;

/// <summary>The runner checks a write batch's documents together; each must get exactly the flags it gets alone.</summary>
public sealed class BatchCheckTests
{
    [Fact]
    public async Task Checking_the_corpus_documents_together_finds_for_each_what_checking_it_alone_finds()
    {
        using var temp = new TempDir();
        var database = temp.File("claims.db");
        await Pipeline.RunAsync(database, [RepositoryPaths.Corpus]);
        await using var store = await Composition.OpenStoreAsync(database, CancellationToken.None);
        var ids = (await store.ReadDocumentsAsync(CancellationToken.None).ToListAsync()).Select(d => d.Id).ToList();
        var checker = ConsistencyChecker.CreateDefault();

        var together = await checker.CheckDocumentsAsync(store, ids, CancellationToken.None);

        Assert.Equal(ids, together.Select(c => c.Document));
        Assert.Contains(together, c => c.Found.Count > 0);
        foreach (var check in together)
        {
            Assert.Equal(await checker.CheckDocumentAsync(store, check.Document, CancellationToken.None), check.Found);
        }
    }

    [Fact]
    public async Task A_run_checking_through_a_second_connection_stores_what_a_run_on_one_connection_stores()
    {
        using var temp = new TempDir();
        await Pipeline.RunAsync(temp.File("one.db"), [RepositoryPaths.Corpus], oneConnection: true);
        await Pipeline.RunAsync(temp.File("two.db"), [RepositoryPaths.Corpus]);

        var one = await Pipeline.ReadAsync(temp.File("one.db"));
        var two = await Pipeline.ReadAsync(temp.File("two.db"));

        Assert.NotEmpty(one.ContradictionFacts);
        Assert.Equal(one.ClaimFacts, two.ClaimFacts);
        Assert.Equal(one.ContradictionFacts, two.ContradictionFacts);
    }
}
