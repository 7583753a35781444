using ClaimExtractor.Core.Analysis;
using ClaimExtractor.Core.Storage;
using ClaimExtractor.Nlp;
using ClaimExtractor.Nlp.Names;
using ClaimExtractor.Storage.Store;

namespace ClaimExtractor.Cli.Commands;

/// <summary>The composition root's parts: which store, which extractor. Commands call these and nothing else builds them.</summary>
public static class Composition
{
    /// <summary>Opens and migrates the store named by <paramref name="database"/> (a SQLite file, a PostgreSQL URL or connection string: see <see cref="StoreLocation"/>).</summary>
    public static async Task<IClaimStore> OpenStoreAsync(string database, CancellationToken cancellationToken) =>
        await OpenMigratedAsync(database, cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// Opens the work queue of the store named by <paramref name="database"/> on a connection of its own (migrated
    /// first, so <c>claimx enqueue</c> works on a new database).
    /// </summary>
    public static async Task<IWorkQueue> OpenQueueAsync(string database, CancellationToken cancellationToken) =>
        await OpenMigratedAsync(database, cancellationToken).ConfigureAwait(false);

    /// <summary>The NLP pipeline with the lexicons and models in <paramref name="modelsDirectory"/>.</summary>
    public static IClaimExtractor CreateExtractor(string modelsDirectory) => CreatePipeline(modelsDirectory);

    /// <summary>
    /// The NLP pipeline and, from the same loaded lexicons, the canonical name of the entity a name or alias stands
    /// for ("UK" → "United Kingdom", else null), as <c>claimx eval</c> scores subjects.
    /// </summary>
    public static (IClaimExtractor Extractor, Func<string, string?> ResolveName) CreateExtractorWithNames(string modelsDirectory)
    {
        var models = NlpModels.Load(modelsDirectory);
        return (new NlpPipelineBuilder().UseDefaults(models).Build(), name => models.Resolve(name)?.Name);
    }

    /// <summary>
    /// The same pipeline with its layers exposed (tokens, quantities, periods), for commands that show them. With
    /// <paramref name="trainedNames"/>, the trained tagger and name recognizer run after the lexicon step; off by
    /// default, as on the corpus gold they lower subject accuracy (0.910 to 0.862, with the recognizer of 2026-11-22).
    /// </summary>
    public static NlpPipeline CreatePipeline(string modelsDirectory, bool trainedNames = false)
    {
        var models = NlpModels.Load(modelsDirectory);
        var builder = new NlpPipelineBuilder().UseDefaults(models);
        return (trainedNames ? builder.UseTrainedNames(NameTagger.Load(modelsDirectory, models)) : builder).Build();
    }

    /// <summary>
    /// A second, read-only connection to <paramref name="database"/> (opened and migrated already) for the checker, so a
    /// stored batch is checked while the next is saved; none for an in-memory SQLite store, which a second connection
    /// cannot see.
    /// </summary>
    public static async Task<IClaimStore?> OpenCheckStoreAsync(string database, CancellationToken cancellationToken)
    {
        var location = StoreLocation.Parse(database);
        return location.Backend == StoreBackend.Sqlite && location.File is null
            ? null
            : await ClaimStore.OpenReadOnlyAsync(database, pooled: false, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<ClaimStore> OpenMigratedAsync(string database, CancellationToken cancellationToken)
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
}
