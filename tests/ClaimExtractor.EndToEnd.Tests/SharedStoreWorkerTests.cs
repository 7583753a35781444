using System.Diagnostics;
using ClaimExtractor.Cli.Running;
using ClaimExtractor.Storage.Tests.Support;
using Dapper;
using Npgsql;

namespace ClaimExtractor.EndToEnd.Tests;

/// <summary>
/// Many <c>claimx worker</c> processes on one PostgreSQL store, one of them killed with SIGKILL in the middle of a
/// batch, store exactly what one process stores in SQLite from the same articles: nothing lost, nothing twice, no flag missed.
/// Flags are compared where their figures are each stated by one document: where several state one, which of them the
/// checker compares is the first stored, so its date and wording (a later "revised to" makes an update) follow the order
/// documents arrive in, for one process as for many.
/// </summary>
public sealed class SharedStoreWorkerTests
{
    private const int Articles = 1000;
    private const int Workers = 4;

    [PostgresFact]
    public async Task Four_workers_one_killed_midway_store_the_same_claims_and_contradictions_as_one_sqlite_run()
    {
        using var temp = new TempDir();
        var articles = temp.File("articles");
        CorpusGenerator.Generate(RepositoryPaths.Corpus, articles, Articles);
        await using var database = await PostgresTestDatabase.CreateAsync();

        var single = temp.File("single.db");
        await Pipeline.RunAsync(single, [articles]);
        var expected = await Pipeline.ReadAsync(single);

        var enqueued = await Claimx.RunAsync(temp.Path, "enqueue", articles, "--db", database.ConnectionString);
        Assert.True(enqueued.ExitCode == 0, enqueued.Stderr);
        var workers = Enumerable.Range(0, Workers).Select(_ => Claimx.Start(temp.Path,
            "worker", "--db", database.ConnectionString, "--exit-when-idle", "--batch", "16", "--lease", "5", "--poll", "0.5", "--jobs", "1")).ToList();
        try
        {
            var victim = workers[0];
            await WaitUntilAsync(database, "SELECT COUNT(*) FROM queue WHERE state = 'done'", done => done >= Articles / 4);
            await WaitUntilAsync(database, $"SELECT COUNT(*) FROM queue WHERE leased_by LIKE '%:{victim.Process.Id}:%'", leased => leased > 0);
            victim.Process.Kill(entireProcessTree: true); // SIGKILL: no cleanup, its batch stays leased until the lease runs out

            foreach (var worker in workers.Skip(1))
            {
                await worker.WaitAsync(TimeSpan.FromMinutes(15));
                Assert.True(worker.Process.ExitCode == 0, worker.Stderr.ToString());
            }
        }
        finally
        {
            foreach (var worker in workers)
            {
                worker.Dispose();
            }
        }

        var actual = await Pipeline.ReadAsync(database.ConnectionString);
        Assert.Equal(expected.Documents, actual.Documents);
        Assert.Equal(expected.ClaimFacts, actual.ClaimFacts);
        Assert.True(expected.UnambiguousFlagFacts.SequenceEqual(actual.UnambiguousFlagFacts),
            "only in the single run:\n" + string.Join('\n', expected.UnambiguousFlagFacts.Except(actual.UnambiguousFlagFacts)) +
            "\nonly with workers:\n" + string.Join('\n', actual.UnambiguousFlagFacts.Except(expected.UnambiguousFlagFacts)));
        Assert.NotEmpty(expected.UnambiguousFlagFacts);
    }

    private static async Task WaitUntilAsync(PostgresTestDatabase database, string sql, Func<long, bool> done)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        var deadline = Stopwatch.StartNew();
        while (!done(await connection.ExecuteScalarAsync<long>(sql)))
        {
            Assert.True(deadline.Elapsed < TimeSpan.FromMinutes(10), $"timed out waiting for: {sql}");
            await Task.Delay(50);
        }
    }
}
