using System.Text;
using ClaimExtractor.Consistency;
using ClaimExtractor.Core.Claims;
using ClaimExtractor.Core.Consistency;
using ClaimExtractor.Core.Storage;

namespace ClaimExtractor.EndToEnd.Tests;

// Bad input: one line per file naming it and the reason, the batch goes on, nothing stored before is lost.
public sealed class BadInputTests
{
    [Fact]
    public async Task Each_bad_file_fails_with_its_reason_and_the_good_ones_are_processed()
    {
        using var temp = new TempDir();
        string articles = temp.CopySeeds();
        File.WriteAllBytes(Path.Combine(articles, "binary.txt"), [0x4e, 0x00, 0x01, 0x02, 0x00, 0x7f, 0x00]);
        File.WriteAllText(Path.Combine(articles, "empty.txt"), "");
        File.WriteAllBytes(Path.Combine(articles, "latin1.txt"), Encoding.Latin1.GetBytes("Le d\u00e9ficit atteint 3,2 milliards d'euros en 2024, selon l'Insee."));
        File.WriteAllText(Path.Combine(articles, "huge.txt"), new string('x', 300_000));
        File.WriteAllText(Path.Combine(articles, "photo.jpg"), "not an article");

        var result = await Pipeline.RunAsync(temp.File("claims.db"), [articles], maxBytes: 200_000);

        Assert.Equal(2, result.Summary.New);
        Assert.Equal(4, result.Summary.Failed);
        Assert.Equal(1, result.Summary.Skipped);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains(result.Problems, p => p.Source.EndsWith("binary.txt", StringComparison.Ordinal) && p.Reason!.Contains("binary", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(result.Problems, p => p.Source.EndsWith("empty.txt", StringComparison.Ordinal) && p.Reason!.Contains("empty", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(result.Problems, p => p.Source.EndsWith("latin1.txt", StringComparison.Ordinal) && p.Reason!.Contains("UTF-8", StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p.Source.EndsWith("huge.txt", StringComparison.Ordinal) && p.Reason!.Contains("cap", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(result.Problems, p => p.Source.EndsWith("photo.jpg", StringComparison.Ordinal) && p.Kind == ItemOutcomeKind.Skipped);
    }

    [Fact]
    public async Task A_file_that_turns_bad_keeps_its_stored_claims()
    {
        using var temp = new TempDir();
        string articles = temp.CopySeeds();
        string db = temp.File("claims.db");
        await Pipeline.RunAsync(db, [articles]);
        var before = await Pipeline.ReadAsync(db);

        File.WriteAllBytes(Path.Combine(articles, "02-seed003-financial-times.txt"), [0, 1, 2, 0, 0, 0]);
        var rerun = await Pipeline.RunAsync(db, [articles]);
        var after = await Pipeline.ReadAsync(db);

        Assert.Equal(1, rerun.Summary.Failed);
        Assert.Equal(before.ClaimFacts, after.ClaimFacts);
        Assert.Equal(before.ContradictionFacts, after.ContradictionFacts);
    }

    [Fact]
    public async Task A_run_where_nothing_succeeds_exits_non_zero()
    {
        using var temp = new TempDir();
        File.WriteAllText(temp.File("empty.txt"), "");

        var result = await Pipeline.RunAsync(temp.File("claims.db"), [temp.File("empty.txt"), temp.File("missing.txt")]);

        Assert.Equal(2, result.Summary.Failed);
        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public async Task A_check_that_breaks_on_one_documents_claims_leaves_it_unchecked_and_the_run_goes_on()
    {
        using var temp = new TempDir();
        string articles = temp.CopySeeds();
        string db = temp.File("claims.db");
        var breaking = new ConsistencyChecker([.. ConsistencyChecker.CreateDefault().Rules, new BreaksOn("financial-times")], ConsistencyOptions.Default);

        var result = await Pipeline.RunAsync(db, [articles], checker: breaking);

        Assert.Equal(2, result.Summary.New);
        var problem = Assert.Single(result.Problems);
        Assert.EndsWith("02-seed003-financial-times.txt", problem.Source, StringComparison.Ordinal);
        Assert.Contains("check failed: InvalidOperationException: no rule foresaw this", problem.Reason, StringComparison.Ordinal);

        // left unchecked, the document is checked by the next run, with rules that work
        var rerun = await Pipeline.RunAsync(db, [articles]);
        var fresh = await Pipeline.RunAsync(temp.File("fresh.db"), [articles]);

        Assert.Empty(rerun.Problems);
        Assert.Equal((await Pipeline.ReadAsync(temp.File("fresh.db"))).ContradictionFacts, (await Pipeline.ReadAsync(db)).ContradictionFacts);
        Assert.Equal(fresh.Summary.ContradictionsTotal, rerun.Summary.ContradictionsTotal);
    }

    [Fact]
    public async Task A_store_that_fails_mid_run_stops_the_run_with_its_cause_instead_of_hanging()
    {
        using var temp = new TempDir();
        string articles = temp.CopySeeds();
        string db = temp.File("claims.db");
        await Pipeline.ReadAsync(db);
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db}"))
        {
            await connection.OpenAsync();
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TRIGGER broken BEFORE INSERT ON claims BEGIN SELECT RAISE(ABORT, 'the disk is full'); END;";
            await command.ExecuteNonQueryAsync();
        }

        var run = Pipeline.RunAsync(db, [articles]);
        var finished = await Task.WhenAny(run, Task.Delay(TimeSpan.FromMinutes(1)));

        Assert.Same(run, finished);
        var failure = await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => run);
        Assert.Contains("the disk is full", failure.Message, StringComparison.Ordinal);
    }

    // A rule with a bug that only one document's claims reach.
    private sealed class BreaksOn(string source) : IConsistencyRule
    {
        public string Name => "breaks";

        public IEnumerable<Contradiction> Check(StoredClaim claim, ClaimContext context) =>
            claim.Document.Source.Contains(source, StringComparison.Ordinal) ? throw new InvalidOperationException("no rule foresaw this") : [];
    }
}
