using ClaimExtractor.Storage.Store;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace ClaimExtractor.Storage.Sqlite;

/// <summary>
/// A one-row <c>INSERT</c> with positional parameters, prepared once on the connection's handle and run for every row
/// of a batch inside the batch's transaction. Values are bound by position: through ADO.NET every execution would look
/// each named parameter up by a linear search of the statement's names (a claim row has 45) and go through a data
/// reader, which cost more than the insert itself.
/// </summary>
internal sealed class SqliteRowInsert : IRowInsert
{
    private readonly sqlite3 _database;
    private readonly sqlite3_stmt _statement;
    private readonly int _columns;

    /// <param name="connection">The open connection whose transaction the rows join.</param>
    /// <param name="head">The statement up to <c>VALUES</c>: <c>INSERT INTO t (a, b)</c>.</param>
    /// <param name="columns">How many values each row has.</param>
    /// <param name="tail">What follows the row, such as an <c>ON CONFLICT</c> clause.</param>
    public SqliteRowInsert(SqliteConnection connection, string head, int columns, string tail)
    {
        _database = connection.Handle ?? throw new InvalidOperationException("the SQLite connection is not open");
        _columns = columns;
        var sql = $"{head} VALUES ({string.Join(", ", Enumerable.Repeat("?", columns))}) {tail}";
        SqliteException.ThrowExceptionForRC(raw.sqlite3_prepare_v2(_database, sql, out _statement), _database);
    }

    public Task<int> ExecuteAsync(IReadOnlyList<object?[]> rows, CancellationToken cancellationToken)
    {
        var inserted = 0;
        foreach (var values in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (values.Length != _columns)
            {
                throw new ArgumentException($"a row has {values.Length} values for {_columns} columns", nameof(rows));
            }

            for (var column = 0; column < values.Length; column++)
            {
                Bind(column + 1, values[column]);
            }

            var result = raw.sqlite3_step(_statement);
            if (result != raw.SQLITE_DONE)
            {
                raw.sqlite3_reset(_statement);
                SqliteException.ThrowExceptionForRC(result, _database);
            }

            inserted += raw.sqlite3_changes(_database);
            raw.sqlite3_reset(_statement);
        }

        return Task.FromResult(inserted);
    }

    public void Dispose() => _statement.Dispose();

    private void Bind(int position, object? value)
    {
        var result = value switch
        {
            null => raw.sqlite3_bind_null(_statement, position),
            string text => raw.sqlite3_bind_text(_statement, position, text),
            long number => raw.sqlite3_bind_int64(_statement, position, number),
            int number => raw.sqlite3_bind_int64(_statement, position, number),
            double number => raw.sqlite3_bind_double(_statement, position, number),
            _ => throw new ArgumentException($"a value of type {value.GetType().Name} cannot be stored", nameof(value)),
        };
        SqliteException.ThrowExceptionForRC(result, _database);
    }
}
