using System.Text.Json;

namespace ClaimExtractor.EndToEnd.Tests;

// The claimx executable as a user runs it: the README's main command, exit codes, messages and exports.
public sealed class CommandLineTests
{
    [Fact]
    public async Task Run_on_the_seed_corpus_prints_the_summary_and_the_contradictions_with_both_sentences()
    {
        using var temp = new TempDir();

        var result = await Claimx.RunAsync(temp.Path, "run", RepositoryPaths.Seed, "--models", RepositoryPaths.Models);

        Assert.True(result.ExitCode == 0, result.Stderr + result.Stdout);
        Assert.Contains("2 new", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("value_mismatch", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("North Korean groups have stolen $1.34 billion", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("topped $1.6 billion in cryptocurrency theft", result.Stdout, StringComparison.Ordinal);
        Assert.True(File.Exists(temp.File("claims.db")));
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("2", false)]
    public async Task Tolerance_sets_how_far_apart_two_exact_figures_may_be_before_they_conflict(string? percent, bool flagged)
    {
        using var temp = new TempDir();
        temp.Write("news/a.txt", "Irish jobless count falls\n\nThe number of people unemployed in Ireland fell to 124,600 in October, the statistics office said.\n");
        temp.Write("news/a.meta.json", """{"outlet": "The Irish Ledger", "published": "2026-11-05"}""");
        temp.Write("news/b.txt", "Irish jobless count falls\n\nThe number of people unemployed in Ireland fell to 126,400 in October, the statistics office said.\n");
        temp.Write("news/b.meta.json", """{"outlet": "Continental Press", "published": "2026-11-05"}""");
        string[] tolerance = percent is null ? [] : ["--tolerance", percent];

        var result = await Claimx.RunAsync(temp.Path, ["run", "news", "--models", RepositoryPaths.Models, .. tolerance]);

        Assert.True(result.ExitCode == 0, result.Stderr + result.Stdout);
        Assert.Equal(flagged, result.Stdout.Contains("#1 value_mismatch", StringComparison.Ordinal));
    }


    [Fact]
    public async Task A_later_report_revising_a_figure_is_listed_as_an_update_apart_from_the_contradictions()
    {
        using var temp = new TempDir();
        temp.Write("news/a.txt", "Floods in Valdora: death toll reaches 12\n\nThe death toll from the floods in Valdora reached 12 on Monday, the regional government said.\n");
        temp.Write("news/a.meta.json", """{"outlet": "Valley Wire", "published": "2026-08-03"}""");
        temp.Write("news/b.txt", "Valdora flood toll rises\n\nThe death toll from the floods in Valdora has risen to 19 on Monday, the regional government said in its latest update.\n");
        temp.Write("news/b.meta.json", """{"outlet": "Continental Press", "published": "2026-08-05"}""");

        var result = await Claimx.RunAsync(temp.Path, "run", "news", "--models", RepositoryPaths.Models);

        Assert.True(result.ExitCode == 0, result.Stderr + result.Stdout);
        var updates = result.Stdout.IndexOf("Updates (a later report revises a figure)", StringComparison.Ordinal);
        Assert.True(updates > 0, result.Stdout);
        Assert.Contains("No contradictions found.", result.Stdout[..updates], StringComparison.Ordinal);
        Assert.Contains("#1 update", result.Stdout[updates..], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--articles", "10")]
    [InlineData("--workers", "2", "--db", "postgres://nobody@127.0.0.1:1/none")]
    public async Task Bench_without_its_corpus_names_the_folder_and_exits_2(params string[] options)
    {
        using var temp = new TempDir();

        var result = await Claimx.RunAsync(temp.Path, ["bench", "--corpus", "no-such-corpus", .. options]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("corpus folder 'no-such-corpus' not found", result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--published", "2024-12-19", "--published needs a single input file")]
    [InlineData("--tolerance", "-1", "--tolerance must be a percentage from 0 to 100")]
    public async Task A_bad_run_option_is_refused_with_how_to_fix_it(string option, string value, string message)
    {
        using var temp = new TempDir();

        var result = await Claimx.RunAsync(temp.Path, "run", RepositoryPaths.Seed, option, value, "--models", RepositoryPaths.Models);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_writes_the_three_contract_files_in_both_formats()
    {
        using var temp = new TempDir();
        await Claimx.RunAsync(temp.Path, "run", RepositoryPaths.Seed, "--models", RepositoryPaths.Models, "--top", "0");

        var jsonl = await Claimx.RunAsync(temp.Path, "export", "--format", "jsonl", "--out", "out");
        var csv = await Claimx.RunAsync(temp.Path, "export", "--format", "csv", "--out", "out");

        Assert.Equal((0, 0), (jsonl.ExitCode, csv.ExitCode));
        foreach (string name in new[] { "documents", "claims", "contradictions" })
        {
            Assert.NotEmpty(File.ReadAllLines(Path.Combine(temp.Path, "out", name + ".jsonl")));
            Assert.True(File.ReadAllLines(Path.Combine(temp.Path, "out", name + ".csv")).Length > 1, name + ".csv has no rows");
        }
    }

    [Fact]
    public async Task Listing_commands_filter_by_entity_and_metric()
    {
        using var temp = new TempDir();
        await Claimx.RunAsync(temp.Path, "run", RepositoryPaths.Seed, "--models", RepositoryPaths.Models, "--top", "0");

        var claims = await Claimx.RunAsync(temp.Path, "claims", "--entity", "north korea", "--format", "json");
        var flags = await Claimx.RunAsync(temp.Path, "contradictions", "--kind", "self", "--format", "csv");

        Assert.Equal(0, claims.ExitCode);
        var lines = claims.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(lines);
        Assert.All(lines, l => Assert.Contains("\"North Korea\"", l, StringComparison.Ordinal));
        Assert.Equal(0, flags.ExitCode);
        Assert.All(flags.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1), l => Assert.Contains("self", l, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Claims_filter_by_confidence_and_a_confidence_past_one_is_refused()
    {
        using var temp = new TempDir();
        await Claimx.RunAsync(temp.Path, "run", RepositoryPaths.Seed, "--models", RepositoryPaths.Models, "--top", "0");

        var all = await Claimx.RunAsync(temp.Path, "claims", "--format", "json");
        var sure = await Claimx.RunAsync(temp.Path, "claims", "--format", "json", "--min-confidence", "0.85");
        var bad = await Claimx.RunAsync(temp.Path, "claims", "--min-confidence", "1.5");

        var sureLines = sure.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(sureLines);
        Assert.True(sureLines.Length < all.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length, all.Stdout);
        Assert.All(sureLines, l => Assert.True(JsonDocument.Parse(l).RootElement.GetProperty("confidence").GetDouble() >= 0.85, l));
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("--min-confidence must be between 0 and 1", bad.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("claims", "--bogus", "Unrecognized command or argument '--bogus'")]
    [InlineData("claims", "--limit", "ten", "Cannot parse argument 'ten' for option '--limit'")]
    [InlineData("run", "--jobs", "many", "Cannot parse argument 'many' for option '--jobs'")]
    public async Task An_option_that_does_not_parse_exits_with_the_bad_option_code(params string[] argsThenMessage)
    {
        using var temp = new TempDir();

        var result = await Claimx.RunAsync(temp.Path, argsThenMessage[..^1]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(argsThenMessage[^1], result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reading_a_database_that_does_not_exist_says_so()
    {
        using var temp = new TempDir();

        var result = await Claimx.RunAsync(temp.Path, "claims", "--db", "nowhere.db");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no database 'nowhere.db'", result.Stderr, StringComparison.Ordinal);
    }
}
