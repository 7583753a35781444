using System.CommandLine;
using ClaimExtractor.Cli.Output;
using ClaimExtractor.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;

namespace ClaimExtractor.Cli.Commands;

/// <summary><c>claimx serve</c>: the review queue, document views and JSON API in the browser.</summary>
public static class ServeCommand
{
    /// <summary>Declares the command and its options.</summary>
    public static Command Create()
    {
        var database = CommonOptions.Database();
        var urls = new Option<string>("--urls") { Description = "Where to listen (';'-separated); anything but loopback needs --token", DefaultValueFactory = _ => ReviewApp.DefaultUrls, HelpName = "URLS" };
        var token = new Option<string?>("--token") { Description = "Secret every request must carry (also read from CLAIMX_TOKEN)", HelpName = "SECRET" };
        var command = new Command("serve", "Review flagged contradictions in the browser, and serve the JSON API") { database, urls, token };
        command.SetAction(async (result, cancellationToken) =>
        {
            string db = result.GetRequiredValue(database);
            if (StoreCommands.MissingProblem(db) is { } problem)
            {
                await Console.Error.WriteLineAsync($"claimx serve: {problem}").ConfigureAwait(false);
                return 2;
            }

            WebApplication app;
            try
            {
                app = ReviewApp.Build(db, result.GetRequiredValue(urls), result.GetValue(token) ?? Environment.GetEnvironmentVariable("CLAIMX_TOKEN"), []);
            }
            catch (ArgumentException e)
            {
                await Console.Error.WriteLineAsync($"claimx serve: {Errors.UserMessage(e)}").ConfigureAwait(false);
                return 2;
            }

            await using (app.ConfigureAwait(false))
            {
                await app.StartAsync(cancellationToken).ConfigureAwait(false);
                await Console.Error.WriteLineAsync($"claimx serve: reviewing {db} at {string.Join(", ", app.Urls)}; Ctrl+C stops").ConfigureAwait(false);
                await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
            }

            return 0;
        });
        return command;
    }
}
