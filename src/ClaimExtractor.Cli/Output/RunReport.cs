using ClaimExtractor.Cli.Running;
using ClaimExtractor.Core.Storage;
using Spectre.Console;

namespace ClaimExtractor.Cli.Output;

/// <summary>The summary printed after <c>claimx run</c>: counts, then every input that failed or was skipped.</summary>
public static class RunReport
{
    /// <summary>Writes the summary to <paramref name="console"/>.</summary>
    public static void Write(IAnsiConsole console, RunResult result, string database)
    {
        var s = result.Summary;
        console.MarkupLine(s.Cancelled ? "[yellow]Run cancelled[/]: committed work is kept; rerun to resume." : "[bold]Run complete[/]");
        console.MarkupLine(
            $"documents: [green]{s.New} new[/], {s.Unchanged} unchanged, {s.Changed} changed, " +
            $"{(s.Failed > 0 ? $"[red]{s.Failed} failed[/]" : "0 failed")}, {s.Skipped} skipped");
        console.MarkupLine($"claims: {s.Claims} extracted from the documents processed in this run");
        console.MarkupLine($"contradictions: [bold]{s.ContradictionsNew} new[/], {s.ContradictionsTotal} total in {Markup.Escape(database)}");
        foreach (var problem in result.Problems)
        {
            string colour = problem.Kind == ItemOutcomeKind.Failed ? "red" : "grey";
            console.MarkupLine($"  [{colour}]{Outcomes.Name(problem.Kind)}[/] {Markup.Escape(problem.Source)}: {Markup.Escape(problem.Reason ?? "")}");
        }
    }
}
