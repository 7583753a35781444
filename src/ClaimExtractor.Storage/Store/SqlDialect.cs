using System.Data.Common;

namespace ClaimExtractor.Storage.Store;

/// <summary>
/// Everything one backend does differently from the portable SQL in the migrations and queries: how a connection
/// is opened and configured, how migrations are rewritten and serialized, case-insensitive matching, list
/// parameters, row locking, and which errors are worth retrying. One subclass per backend holds all of it.
/// </summary>
internal abstract class SqlDialect
{
    /// <summary>
    /// Opens and configures a connection; <paramref name="readOnly"/> gives one that refuses every write, and
    /// <paramref name="pooled"/> one that returns to a pool when closed (for short requests, such as the review app's).
    /// </summary>
    public abstract Task<DbConnection> OpenAsync(string connectionString, bool readOnly, bool pooled, CancellationToken cancellationToken);

    /// <summary>Rewrites a migration written in the portable SQL into this backend's flavour.</summary>
    public abstract string PrepareMigration(string sql);

    /// <summary>
    /// Runs <paramref name="migrate"/> so that no other process migrates the same database at the same time
    /// (many workers may start together).
    /// </summary>
    public abstract Task SerializeMigrationsAsync(DbConnection connection, Func<Task> migrate, CancellationToken cancellationToken);

    /// <summary>A case-insensitive substring test of <paramref name="column"/> against a <see cref="ContainsPattern"/> parameter.</summary>
    public abstract string ContainsIgnoreCase(string column, string parameter);

    /// <summary><paramref name="column"/> is one of the values of the list parameter <paramref name="parameter"/>.</summary>
    public abstract string InList(string column, string parameter);

    /// <summary>What to pass as the <see cref="InList"/> parameter holding <paramref name="values"/>.</summary>
    public abstract object ListValue<T>(IReadOnlyCollection<T> values);

    /// <summary>
    /// An insert of many rows of one shape inside <paramref name="transaction"/>: <paramref name="head"/> is the statement
    /// up to <c>VALUES</c> (<c>INSERT INTO t (a, b)</c>), <paramref name="tail"/> what follows the values (an
    /// <c>ON CONFLICT</c> clause). Multi-row statements where each statement is a round trip to a server, one prepared
    /// row bound by position where the database runs in process.
    /// </summary>
    public abstract IRowInsert CreateInsert(DbConnection connection, DbTransaction transaction, string head, int columns, string tail = "");

    /// <summary>
    /// <paramref name="count"/> new ids for rows of <paramref name="table"/> (an integer <c>id</c> key), taken inside the
    /// writing <paramref name="transaction"/>: a batch inserts its rows with them and knows each row's id without reading
    /// the rows back.
    /// </summary>
    public abstract Task<IReadOnlyList<long>> ReserveIdsAsync(
        DbConnection connection, DbTransaction transaction, string table, int count, CancellationToken cancellationToken);

    /// <summary>Appended to a SELECT that claims rows: skip rows another transaction holds, lock the ones returned.</summary>
    public abstract string LockSkippingLocked { get; }

    /// <summary>
    /// True when <paramref name="exception"/> is a conflict with a concurrent writer (deadlock, serialization failure,
    /// a unique key inserted by another transaction since we looked) after which the whole transaction can be redone.
    /// </summary>
    public abstract bool IsConcurrencyConflict(Exception exception);

    /// <summary>The LIKE pattern for "contains <paramref name="text"/>", with LIKE's wildcards escaped by a backslash.</summary>
    public string ContainsPattern(string text) =>
        "%" + text.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal) + "%";
}
