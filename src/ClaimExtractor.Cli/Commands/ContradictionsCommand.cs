using System.CommandLine;
using ClaimExtractor.Cli.Output;
using ClaimExtractor.Core.Consistency;
using ClaimExtractor.Core.Storage;
using ClaimExtractor.Storage.Export;

namespace ClaimExtractor.Cli.Commands;

/// <summary><c>claimx contradictions</c>: the flags, most severe first, filtered; readable blocks, JSON Lines or CSV.</summary>
public static class ContradictionsCommand
{
    /// <summary>Declares the command and its options.</summary>
    public static Command Create()
    {
        var database = CommonOptions.Database();
        var entity = CommonOptions.Entity();
        var metric = CommonOptions.Metric();
        var status = new Option<string?>("--status") { Description = "Only flags with this review status: open, confirmed, dismissed" };
        status.AcceptOnlyFromAmong("open", "confirmed", "dismissed");
        var kind = new Option<string?>("--kind") { Description = "Only this kind: value_mismatch, arithmetic, self, update" };
        kind.AcceptOnlyFromAmong("value_mismatch", "arithmetic", "self", "update");
        var format = CommonOptions.Format("table", "json", "csv");
        var limit = CommonOptions.Limit("Show at most N flags");
        var command = new Command("contradictions", "List flagged contradictions, most severe first") { database, entity, metric, status, kind, format, limit };
        command.SetAction(async (result, cancellationToken) =>
        {
            if (await StoreCommands.OpenExistingAsync(result.GetRequiredValue(database), "contradictions", cancellationToken).ConfigureAwait(false) is not { } store)
            {
                return 2;
            }

            await using (store.ConfigureAwait(false))
            {
                var query = new ContradictionQuery(
                    result.GetValue(entity), result.GetValue(metric),
                    result.GetValue(status) is { } s ? Enum.Parse<ContradictionStatus>(s, ignoreCase: true) : null,
                    result.GetValue(kind) is { } k ? ContradictionKindNames.Parse(k) : null,
                    result.GetValue(limit));
                var flags = store.ReadContradictionsAsync(query, cancellationToken);
                string chosen = result.GetRequiredValue(format);
                if (chosen == "table")
                {
                    var shown = await flags.ToListAsync(cancellationToken).ConfigureAwait(false);
                    ContradictionReport.Write(Consoles.Stdout(), shown, await store.CountContradictionsAsync(cancellationToken).ConfigureAwait(false));
                    return 0;
                }

                await using var stdout = Console.OpenStandardOutput();
                await ClaimExporter.WriteContradictionsAsync(flags, chosen == "csv" ? ExportFormat.Csv : ExportFormat.Jsonl, stdout, cancellationToken)
                    .ConfigureAwait(false);
                return 0;
            }
        });
        return command;
    }
}
