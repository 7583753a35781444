using System.CommandLine;
using ClaimExtractor.Storage.Export;

namespace ClaimExtractor.Cli.Commands;

/// <summary><c>claimx export --format jsonl|csv --out DIR</c>: documents, claims and contradictions as files (DESIGN.md's contract).</summary>
public static class ExportCommand
{
    /// <summary>Declares the command and its options.</summary>
    public static Command Create()
    {
        var database = CommonOptions.Database();
        var format = CommonOptions.Format("jsonl", "csv");
        var output = new Option<string>("--out") { Description = "Folder to write documents, claims and contradictions into", DefaultValueFactory = _ => "export", HelpName = "DIR" };
        var command = new Command("export", "Write documents, claims and contradictions as JSON Lines or CSV files") { database, format, output };
        command.SetAction(async (result, cancellationToken) =>
        {
            string db = result.GetRequiredValue(database);
            if (await StoreCommands.OpenExistingAsync(db, "export", cancellationToken).ConfigureAwait(false) is not { } store)
            {
                return 2;
            }

            await using (store.ConfigureAwait(false))
            {
                string dir = result.GetRequiredValue(output);
                var counts = await ClaimExporter.ExportAsync(store, result.GetRequiredValue(format) == "csv" ? ExportFormat.Csv : ExportFormat.Jsonl, dir, cancellationToken)
                    .ConfigureAwait(false);
                await Console.Error.WriteLineAsync($"wrote {counts.Documents} documents, {counts.Claims} claims, {counts.Contradictions} contradictions to {dir}")
                    .ConfigureAwait(false);
                return 0;
            }
        });
        return command;
    }
}
