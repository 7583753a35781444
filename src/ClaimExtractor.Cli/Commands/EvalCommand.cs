using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using ClaimExtractor.Cli.Evaluation;
using ClaimExtractor.Cli.Output;
using ClaimExtractor.Consistency;
using Spectre.Console;

namespace ClaimExtractor.Cli.Commands;

/// <summary><c>claimx eval DIR</c>: scores the pipeline against every gold cluster under DIR.</summary>
public static class EvalCommand
{
    /// <summary>Declares the command and its options.</summary>
    public static Command Create()
    {
        var directory = new Argument<string>("DIR") { Description = "Folder holding gold clusters (each a folder with gold.json)" };
        var format = CommonOptions.Format("table", "json");
        var models = CommonOptions.Models();
        var verbose = new Option<bool>("--verbose") { Description = "List missed claims and wrong or missed flags" };
        var frameMisses = new Option<bool>("--misses") { Description = "List matched claims whose subject or period is wrong, grouped by cause, with their sentences" };
        var command = new Command("eval", "Score claims and contradictions against gold annotations") { directory, format, models, verbose, frameMisses };
        command.SetAction((result, cancellationToken) => ExecuteAsync(
            result.GetRequiredValue(directory), result.GetRequiredValue(format), result.GetRequiredValue(models),
            (result.GetValue(verbose), result.GetValue(frameMisses)), cancellationToken));
        return command;
    }

    private static async Task<int> ExecuteAsync(string directory, string format, string models, (bool Verbose, bool FrameMisses) listing, CancellationToken cancellationToken)
    {
        var clusters = Directory.Exists(directory) ? EvalRunner.FindClusters(directory) : [];
        if (clusters.Count == 0)
        {
            await Console.Error.WriteLineAsync($"claimx eval: no gold.json under '{directory}'").ConfigureAwait(false);
            return 2;
        }

        var (extractor, resolveName) = Composition.CreateExtractorWithNames(models);
        var runner = new EvalRunner(extractor, ConsistencyChecker.CreateDefault(), resolveName);
        var scores = new List<ClusterScore>();
        foreach (string cluster in clusters)
        {
            scores.Add(await runner.ScoreClusterAsync(cluster, cancellationToken).ConfigureAwait(false));
        }

        scores.Add(ClusterScore.Total(scores));
        if (format == "json")
        {
            Console.WriteLine(JsonSerializer.Serialize(scores.Select(Json), new JsonSerializerOptions { WriteIndented = true }));
        }
        else
        {
            Consoles.Stdout().Write(Table(scores));
        }

        if (listing.Verbose)
        {
            foreach (string miss in scores[^1].Misses)
            {
                Console.WriteLine(miss);
            }
        }

        if (listing.FrameMisses)
        {
            WriteByCause(scores[^1].FrameMisses);
        }

        return 0;
    }

    // Most frequent cause first; a miss wrong in both subject and period is listed under each.
    private static void WriteByCause(IReadOnlyList<FrameMiss> misses)
    {
        var groups = misses.SelectMany(m => m.Causes.Select(c => (Cause: c, Miss: m)))
            .GroupBy(x => x.Cause, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal);
        foreach (var group in groups)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"\n{group.Key}: {group.Count()}"));
            foreach (var (_, miss) in group)
            {
                Console.WriteLine("  " + miss);
            }
        }
    }

    private static Table Table(IReadOnlyList<ClusterScore> scores)
    {
        var table = new Table().AddColumns("cluster", "claims P", "claims R", "claims F1", "contr. P", "contr. R", "contr. F1", "subject", "period", "traps flagged");
        foreach (var s in scores)
        {
            table.AddRow(Markup.Escape(s.Cluster), F(s.Claims.Precision), F(s.Claims.Recall), F(s.Claims.F1),
                F(s.Contradictions.Precision), F(s.Contradictions.Recall), F(s.Contradictions.F1),
                F(s.Subject.Value), F(s.Period.Value), $"{s.TrapsFlagged.Count}/{s.TrapsFlagged.Of}");
        }

        return table;
    }

    private static object Json(ClusterScore s) => new
    {
        cluster = s.Cluster,
        claims = new { precision = s.Claims.Precision, recall = s.Claims.Recall, f1 = s.Claims.F1, matched = s.Claims.TruePositives, predicted = s.Claims.Predicted, gold = s.Claims.Gold },
        contradictions = new { precision = s.Contradictions.Precision, recall = s.Contradictions.Recall, f1 = s.Contradictions.F1, predicted = s.Contradictions.Predicted, gold = s.Contradictions.Gold },
        subject_accuracy = s.Subject.Value,
        period_accuracy = s.Period.Value,
        traps_flagged = s.TrapsFlagged.Count,
        traps = s.TrapsFlagged.Of,
    };

    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
