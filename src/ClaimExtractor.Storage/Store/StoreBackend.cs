namespace ClaimExtractor.Storage.Store;

/// <summary>The database server behind a store.</summary>
public enum StoreBackend
{
    /// <summary>An embedded SQLite file (the default): one writer process at a time.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server: one shared store for any number of workers.</summary>
    Postgres,
}
