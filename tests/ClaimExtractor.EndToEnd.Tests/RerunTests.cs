namespace ClaimExtractor.EndToEnd.Tests;

// claimx run is idempotent: a rerun redoes nothing, a changed file replaces its claims, a rebuilt database is the same.
public sealed class RerunTests
{
    [Fact]
    public async Task Rerunning_on_the_same_inputs_does_no_work_and_adds_no_rows()
    {
        using var temp = new TempDir();
        string articles = temp.CopySeeds();
        string db = temp.File("claims.db");

        var first = await Pipeline.RunAsync(db, [articles]);
        var before = await Pipeline.ReadAsync(db);
        var second = await Pipeline.RunAsync(db, [articles]);
        var after = await Pipeline.ReadAsync(db);

        Assert.Equal((2, 0, 0), (first.Summary.New, first.Summary.Unchanged, first.Summary.Changed));
        Assert.Equal((0, 2, 0, 0), (second.Summary.New, second.Summary.Unchanged, second.Summary.Changed, second.Summary.ContradictionsNew));
        Assert.NotEmpty(before.Claims);
        Assert.Equal(before.ClaimFacts, after.ClaimFacts);
        Assert.Equal(before.ContradictionFacts, after.ContradictionFacts);
        Assert.Equal(before.Claims.Select(c => c.Id), after.Claims.Select(c => c.Id));
    }

    [Fact]
    public async Task A_queue_worker_checks_an_unchanged_source_that_its_first_worker_stored_but_died_before_checking()
    {
        using var temp = new TempDir();
        string articles = temp.CopySeeds();
        string db = temp.File("claims.db");
        await Pipeline.RunAsync(db, [articles]);
        var before = await Pipeline.ReadAsync(db);

        // What a worker killed between storing and checking leaves: the documents stored and unchecked, no flags.
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db};Pooling=False"))
        {
            await connection.OpenAsync();
            await Dapper.SqlMapper.ExecuteAsync(connection, "DELETE FROM contradictions; UPDATE documents SET checked = 0;");
        }

        // The worker that leases the same sources again finds them unchanged, and checks only what it was given.
        var redo = await Pipeline.RunAsync(db, [articles], checkLeftovers: false);
        var after = await Pipeline.ReadAsync(db);

        Assert.Equal(2, redo.Summary.Unchanged);
        Assert.NotEmpty(before.Contradictions);
        Assert.Equal(before.ContradictionFacts, after.ContradictionFacts);
    }

    [Fact]
    public async Task A_changed_file_replaces_its_claims_and_its_contradictions_are_recomputed()
    {
        using var temp = new TempDir();
        string articles = temp.CopySeeds();
        string db = temp.File("claims.db");
        await Pipeline.RunAsync(db, [articles]);
        string ft = Path.Combine(articles, "02-seed003-financial-times.txt");

        // The FT now agrees with the other outlet's $1.6 billion: the cross-document flag on $1.34 billion must go.
        File.WriteAllText(ft, File.ReadAllText(ft).Replace("$1.34 billion", "$1.6 billion", StringComparison.Ordinal));
        var rerun = await Pipeline.RunAsync(db, [articles]);
        var after = await Pipeline.ReadAsync(db);

        Assert.Equal((0, 1, 1), (rerun.Summary.New, rerun.Summary.Unchanged, rerun.Summary.Changed));
        Assert.DoesNotContain(after.Claims, c => c.Claim.Quote == "$1.34 billion");
        Assert.DoesNotContain(after.Contradictions, c => c.A.Claim.Quote == "$1.34 billion" || c.B.Claim.Quote == "$1.34 billion");
    }

    [Fact]
    public async Task Deleting_the_database_and_rerunning_gives_the_same_results()
    {
        using var temp = new TempDir();
        string articles = temp.CopySeeds();

        await Pipeline.RunAsync(temp.File("one.db"), [articles]);
        await Pipeline.RunAsync(temp.File("two.db"), [articles]);
        var one = await Pipeline.ReadAsync(temp.File("one.db"));
        var two = await Pipeline.ReadAsync(temp.File("two.db"));

        Assert.Equal(one.ClaimFacts, two.ClaimFacts);
        Assert.Equal(one.ContradictionFacts, two.ContradictionFacts);
        Assert.NotEmpty(one.ContradictionFacts);
    }

    [Fact]
    public async Task A_cancelled_run_leaves_a_consistent_store_that_the_next_run_completes()
    {
        using var temp = new TempDir();
        string articles = temp.CopySeeds();
        string db = temp.File("claims.db");
        using (var cancel = new CancellationTokenSource())
        {
            var cancelled = await Pipeline.RunAsync(db, [articles], progress: new Pipeline.CancelAfterFirst(cancel), cancellationToken: cancel.Token);
            Assert.True(cancelled.Summary.Cancelled);
            Assert.Equal(130, cancelled.ExitCode);
        }

        await Pipeline.RunAsync(db, [articles]);
        await Pipeline.RunAsync(temp.File("fresh.db"), [articles]);

        Assert.Equal((await Pipeline.ReadAsync(temp.File("fresh.db"))).ContradictionFacts, (await Pipeline.ReadAsync(db)).ContradictionFacts);
    }
}
