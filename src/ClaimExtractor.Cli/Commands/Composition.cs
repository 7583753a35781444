using ClaimExtractor.Core.Analysis;
using ClaimExtractor.Core.Storage;
using ClaimExtractor.Nlp;
using ClaimExtractor.Storage.Store;

namespace ClaimExtractor.Cli.Commands;

/// <summary>The composition root's parts: which store, which extractor. Commands call these and nothing else builds them.</summary>
public static class Composition
{
    /// <summary>Opens and migrates the store named by <paramref name="database"/> (a SQLite file, a PostgreSQL URL or connection string: see <see cref="StoreLocation"/>).</summary>
    public static async Task<IClaimStore> OpenStoreAsync(string database, CancellationToken cancellationToken)
    {
        var store = await ClaimStore.OpenAsync(database, cancellationToken).ConfigureAwait(false);
        try
        {
            await store.MigrateAsync(cancellationToken).ConfigureAwait(false);
            return store;
        }
        catch
        {
            await store.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>The NLP pipeline with the lexicons and models in <paramref name="modelsDirectory"/>.</summary>
    public static IClaimExtractor CreateExtractor(string modelsDirectory) => CreatePipeline(modelsDirectory);

    /// <summary>The same pipeline with its layers exposed (tokens, quantities, periods), for commands that show them.</summary>
    public static NlpPipeline CreatePipeline(string modelsDirectory) =>
        new NlpPipelineBuilder().UseDefaults(NlpModels.Load(modelsDirectory)).Build();
}
