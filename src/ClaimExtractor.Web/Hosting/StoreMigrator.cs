namespace ClaimExtractor.Web.Hosting;

/// <summary>Creates or upgrades the schema before the server starts listening.</summary>
public sealed class StoreMigrator(ReviewStores stores) : IHostedService
{
    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var store = await stores.OpenWriterAsync(cancellationToken);
        await store.MigrateAsync(cancellationToken);
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
