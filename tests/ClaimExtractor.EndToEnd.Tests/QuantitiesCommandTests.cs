using System.Text.Json;

namespace ClaimExtractor.EndToEnd.Tests;

// `claimx quantities` as a user or a scoring script runs it: one JSON object per input line, in order, offsets
// relative to the line.
public sealed class QuantitiesCommandTests
{
    private static readonly string[] Lines =
    [
        "North Korean groups have stolen $1.34 billion through cryptocurrency hacks this year.",
        "",
        "Nothing to count here.",
        "Its operatives carried out more than 47 separate attacks in 2023, up 21% from 2022.",
    ];

    [Fact]
    public async Task Jsonl_writes_one_object_per_input_line_in_order_even_for_empty_lines()
    {
        using var temp = new TempDir();
        File.WriteAllText(temp.File("input.txt"), string.Join('\n', Lines) + "\n");

        var result = await Claimx.RunAsync(temp.Path, "quantities", "input.txt", "--published", "2024-12-19", "--models", RepositoryPaths.Models);

        Assert.True(result.ExitCode == 0, result.Stderr + result.Stdout);
        var objects = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal([1, 2, 3, 4], objects.Select(o => o.GetProperty("line").GetInt32()));
        Assert.Equal([1, 0, 0, 2], objects.Select(o => o.GetProperty("quantities").GetArrayLength()));
    }

    [Fact]
    public async Task Offsets_index_the_line_and_every_field_of_the_contract_is_written()
    {
        using var temp = new TempDir();
        File.WriteAllText(temp.File("input.txt"), string.Join("\r\n", Lines));

        var result = await Claimx.RunAsync(temp.Path, "quantities", "input.txt", "--published", "2024-12-19", "--models", RepositoryPaths.Models);

        Assert.True(result.ExitCode == 0, result.Stderr + result.Stdout);
        var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var money = JsonDocument.Parse(lines[0]).RootElement.GetProperty("quantities")[0];
        Assert.Equal(
            """{"text":"$1.34 billion","start":32,"end":45,"value":1340000000,"value_low":1335000000,"value_high":1345000000,"unit":"USD","noun":null,"qualifier":null,"change":null,"period":"2024"}""",
            money.GetRawText());
        var attacks = JsonDocument.Parse(lines[3]).RootElement.GetProperty("quantities");
        foreach (var q in attacks.EnumerateArray())
        {
            int start = q.GetProperty("start").GetInt32(), end = q.GetProperty("end").GetInt32();
            Assert.Equal(q.GetProperty("text").GetString(), Lines[3][start..end]);
        }

        Assert.Equal(("count", "attacks", "more_than", JsonValueKind.Null), Fields(attacks[0]));
        Assert.Equal(("percent", null, null, JsonValueKind.Number), Fields(attacks[1]));
        Assert.Equal("increase", attacks[1].GetProperty("change").GetString());
    }

    [Fact]
    public async Task A_span_of_time_inside_a_time_expression_is_printed_with_that_expressions_period()
    {
        using var temp = new TempDir();
        File.WriteAllText(temp.File("input.txt"), "The firm was founded 10 years ago.\nIts staff has tripled over the past two decades.\n");

        var result = await Claimx.RunAsync(temp.Path, "quantities", "input.txt", "--published", "2024-06-01", "--models", RepositoryPaths.Models);

        Assert.True(result.ExitCode == 0, result.Stderr + result.Stdout);
        var found = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(line => JsonDocument.Parse(line).RootElement.GetProperty("quantities").EnumerateArray())
            .Select(q => (q.GetProperty("text").GetString(), q.GetProperty("unit").GetString(), q.GetProperty("period").GetString())).ToList();
        Assert.Equal([("10 years", "year", "2014"), ("tripled", "ratio", "2004-06-01/2024-06-01"), ("two decades", "year", "2004-06-01/2024-06-01")], found);
    }

    [Fact]
    public async Task Without_a_publication_date_relative_periods_stay_unresolved()
    {
        using var temp = new TempDir();
        File.WriteAllText(temp.File("input.txt"), Lines[0]);

        var result = await Claimx.RunAsync(temp.Path, "quantities", "input.txt", "--models", RepositoryPaths.Models);

        Assert.True(result.ExitCode == 0, result.Stderr + result.Stdout);
        var money = JsonDocument.Parse(result.Stdout).RootElement.GetProperty("quantities")[0];
        Assert.Equal(JsonValueKind.Null, money.GetProperty("period").ValueKind);
    }

    [Fact]
    public async Task Table_format_lists_each_quantity_with_its_line_number()
    {
        using var temp = new TempDir();
        File.WriteAllText(temp.File("input.txt"), string.Join('\n', Lines));

        var result = await Claimx.RunAsync(temp.Path, "quantities", "input.txt", "--format", "table", "--models", RepositoryPaths.Models);

        Assert.True(result.ExitCode == 0, result.Stderr + result.Stdout);
        Assert.Contains("$1.34 billion", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("attacks", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Non_ascii_text_is_written_as_it_stands_in_the_line()
    {
        using var temp = new TempDir();
        File.WriteAllText(temp.File("input.txt"), "Profits rose to €1.5bn, up 2½ points.\n");

        var result = await Claimx.RunAsync(temp.Path, "quantities", "input.txt", "--models", RepositoryPaths.Models);

        Assert.True(result.ExitCode == 0, result.Stderr + result.Stdout);
        Assert.Contains("\"text\":\"€1.5bn\"", result.Stdout, StringComparison.Ordinal);
        var euro = JsonDocument.Parse(result.Stdout).RootElement.GetProperty("quantities")[0];
        Assert.Equal(("EUR", 1500000000m), (euro.GetProperty("unit").GetString(), euro.GetProperty("value").GetDecimal()));
    }

    [Fact]
    public async Task A_missing_input_file_is_refused_with_exit_code_two()
    {
        using var temp = new TempDir();

        var result = await Claimx.RunAsync(temp.Path, "quantities", "missing.txt", "--models", RepositoryPaths.Models);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no such file", result.Stderr, StringComparison.Ordinal);
    }

    private static (string? Unit, string? Noun, string? Qualifier, JsonValueKind High) Fields(JsonElement q) =>
        (q.GetProperty("unit").GetString(), q.GetProperty("noun").GetString(), q.GetProperty("qualifier").GetString(), q.GetProperty("value_high").ValueKind);
}
