using ClaimExtractor.Core.Storage;

namespace ClaimExtractor.Cli.Commands;

/// <summary>What the commands that read the store share: opening it only when it exists, with a clear error otherwise.</summary>
public static class StoreCommands
{
    /// <summary>Opens <paramref name="database"/> when it is a connection string or an existing file; else prints why not and returns null.</summary>
    public static async Task<IClaimStore?> OpenExistingAsync(string database, string command, CancellationToken cancellationToken)
    {
        bool isFile = !database.Contains('=', StringComparison.Ordinal) && database != ":memory:";
        if (isFile && !File.Exists(database))
        {
            await Console.Error.WriteLineAsync($"claimx {command}: no database '{database}'; run 'claimx run PATH --db {database}' first, or pass --db")
                .ConfigureAwait(false);
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
}
