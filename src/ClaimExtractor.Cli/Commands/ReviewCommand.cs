using System.CommandLine;
using ClaimExtractor.Cli.Output;
using ClaimExtractor.Cli.Review;
using ClaimExtractor.Core.Consistency;
using ClaimExtractor.Core.Storage;
using ClaimExtractor.Storage.Store;
using ClaimExtractor.Web.Pages;
using Spectre.Console;

namespace ClaimExtractor.Cli.Commands;

/// <summary><c>claimx review</c>: the review queue in the terminal, with the web UI's decisions and audit trail.</summary>
public static class ReviewCommand
{
    /// <summary>Declares the command and its options.</summary>
    public static Command Create()
    {
        var database = CommonOptions.Database();
        var reviewer = new Option<string?>("--reviewer") { Description = "Name recorded with every decision (also read from CLAIMX_REVIEWER; asked for when missing)", HelpName = "NAME" };
        var status = new Option<string>("--status") { Description = "Which flags: open (default), confirmed, dismissed or any", DefaultValueFactory = _ => "open" };
        status.AcceptOnlyFromAmong("open", "confirmed", "dismissed", "any");
        var kind = new Option<string?>("--kind") { Description = "Only this kind: value_mismatch, arithmetic, self, or update (updates are left out otherwise)" };
        kind.AcceptOnlyFromAmong("value_mismatch", "arithmetic", "self", "update");
        var entity = CommonOptions.Entity();
        var metric = CommonOptions.Metric();
        var outlet = new Option<string?>("--outlet") { Description = "Only flags with a document from this outlet (substring)", HelpName = "NAME" };
        var text = new Option<string?>("--search") { Description = "Only flags whose explanation, key, quotes or titles contain this text", HelpName = "TEXT" };
        var command = new Command("review", "Review flagged contradictions in the terminal: a confirm, x dismiss, space skip, u undo, j/k move, q quit")
        {
            database, reviewer, status, kind, entity, metric, outlet, text,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            string db = result.GetRequiredValue(database);
            if (!File.Exists(db))
            {
                await Console.Error.WriteLineAsync($"claimx review: no database '{db}'; run 'claimx run PATH --db {db}' first").ConfigureAwait(false);
                return 2;
            }

            if (Console.IsInputRedirected)
            {
                await Console.Error.WriteLineAsync("claimx review: needs a terminal to read keys from; use 'claimx serve' to review in a browser").ConfigureAwait(false);
                return 2;
            }

            var console = Consoles.Stdout();
            var name = ReviewerIdentity.Valid(result.GetValue(reviewer) ?? Environment.GetEnvironmentVariable("CLAIMX_REVIEWER"))
                ?? console.Prompt(new TextPrompt<string>("Reviewer name:").Validate(n => ReviewerIdentity.Valid(n) is not null, $"1 to {ReviewerIdentity.MaxLength} characters")).Trim();
            var filter = new ContradictionQuery(
                Entity: result.GetValue(entity),
                Metric: result.GetValue(metric),
                Status: result.GetRequiredValue(status) is "any" ? null : Names.ParseStatus(result.GetRequiredValue(status)),
                Kind: result.GetValue(kind) is { } k ? ContradictionKindNames.Parse(k) : null,
                Outlet: result.GetValue(outlet),
                Text: result.GetValue(text)).ForReview();
            var store = await ClaimStore.OpenAsync(db, cancellationToken).ConfigureAwait(false);
            await using (store.ConfigureAwait(false))
            {
                await store.MigrateAsync(cancellationToken).ConfigureAwait(false);
                await new TerminalReview(console, store, name).RunAsync(filter, cancellationToken).ConfigureAwait(false);
            }

            return 0;
        });
        return command;
    }
}
