using ClaimExtractor.Core.Storage;
using ClaimExtractor.Storage.Store;

namespace ClaimExtractor.Cli.Commands;

/// <summary>What the commands that read the store share: opening it only when it exists, with a clear error otherwise.</summary>
public static class StoreCommands
{
    /// <summary>Opens <paramref name="database"/> when it is a connection string or an existing file; else prints why not and returns null.</summary>
    public static async Task<IClaimStore?> OpenExistingAsync(string database, string command, CancellationToken cancellationToken)
    {
        if (MissingProblem(database) is { } problem)
        {
            await Console.Error.WriteLineAsync($"claimx {command}: {problem}").ConfigureAwait(false);
            return null;
        }

        try
        {
            return await Composition.OpenStoreAsync(database, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await Console.Error.WriteLineAsync($"claimx {command}: cannot open the store '{database}': {e.Message}").ConfigureAwait(false);
            return null;
        }
    }

    /// <summary>
    /// Why <paramref name="database"/> cannot be read: a SQLite file that does not exist, or a malformed PostgreSQL
    /// location; null when it can be opened (a server's reachability is found out by opening it).
    /// </summary>
    public static string? MissingProblem(string database)
    {
        try
        {
            return StoreLocation.Parse(database).IsMissingFile
                ? $"no database '{database}'; run 'claimx run PATH --db {database}' first, or pass --db"
                : null;
        }
        catch (ArgumentException e)
        {
            return e.Message;
        }
    }
}
