using System.CommandLine;
using System.Globalization;
using ClaimExtractor.Cli.Output;
using ClaimExtractor.Consistency.Explaining;
using ClaimExtractor.Core.Claims;
using ClaimExtractor.Core.Storage;
using ClaimExtractor.Storage.Export;
using Spectre.Console;

namespace ClaimExtractor.Cli.Commands;

/// <summary><c>claimx claims</c>: list and filter stored claims in the terminal, or as JSON Lines / CSV on stdout.</summary>
public static class ClaimsCommand
{
    /// <summary>Declares the command and its options.</summary>
    public static Command Create()
    {
        var database = CommonOptions.Database();
        var entity = CommonOptions.Entity();
        var metric = CommonOptions.Metric();
        var source = new Option<string?>("--source") { Description = "Only claims from documents whose path or URL contains this" };
        var minConfidence = new Option<double?>("--min-confidence")
        {
            Description = "Only claims at least this claim-worthy (0 to 1: a figure with a subject, a named metric and a counted noun is 0.9)",
            HelpName = "X",
        };
        minConfidence.Validators.Add(r =>
        {
            if (r.GetValue(minConfidence) is { } x && x is < 0 or > 1)
            {
                r.AddError("--min-confidence must be between 0 and 1");
            }
        });
        var format = CommonOptions.Format("table", "json", "csv");
        var limit = CommonOptions.Limit("Show at most N claims");
        var command = new Command("claims", "List extracted claims") { database, entity, metric, source, minConfidence, format, limit };
        command.SetAction(async (result, cancellationToken) =>
        {
            if (await StoreCommands.OpenExistingAsync(result.GetRequiredValue(database), "claims", cancellationToken).ConfigureAwait(false) is not { } store)
            {
                return 2;
            }

            await using (store.ConfigureAwait(false))
            {
                var query = new ClaimQuery(result.GetValue(entity), result.GetValue(metric), result.GetValue(source), result.GetValue(limit), result.GetValue(minConfidence));
                var claims = store.ReadClaimsAsync(query, cancellationToken);
                string chosen = result.GetRequiredValue(format);
                if (chosen == "table")
                {
                    Consoles.Stdout().Write(await TableAsync(claims, cancellationToken).ConfigureAwait(false));
                    return 0;
                }

                await using var stdout = Console.OpenStandardOutput();
                await ClaimExporter.WriteClaimsAsync(claims, chosen == "csv" ? ExportFormat.Csv : ExportFormat.Jsonl, stdout, cancellationToken)
                    .ConfigureAwait(false);
                return 0;
            }
        });
        return command;
    }

    private static async Task<Table> TableAsync(IAsyncEnumerable<StoredClaim> claims, CancellationToken cancellationToken)
    {
        var table = new Table().AddColumns("id", "value", "unit", "subject", "metric", "period", "attribution", "document");
        await foreach (var c in claims.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            table.AddRow(
                c.Id.ToString(), Markup.Escape(ClaimPhrases.Value(c)), c.Claim.Quantity.Unit.Code,
                Markup.Escape(c.Claim.Subject?.Name ?? "—"), Markup.Escape(c.Claim.MetricKey), c.Claim.Period?.Label ?? "—",
                Markup.Escape(c.Claim.Attribution ?? "—"),
                Markup.Escape(Path.GetFileName(c.Document.Source)) + ":" + c.Claim.Quantity.Span.Start.ToString(CultureInfo.InvariantCulture));
        }

        return table;
    }
}
