using System.Data.Common;

namespace ClaimExtractor.Storage.Store;

/// <summary>
/// One SQL statement with its parameters created once and reused for every row of a batch: SQLite keeps the
/// compiled statement between executions, which is what makes 10,000-article runs fast; PostgreSQL is spared
/// rebuilding the command per row.
/// </summary>
internal sealed class PreparedCommand : IDisposable
{
    private readonly DbCommand _command;
    private readonly Dictionary<string, DbParameter> _parameters = new(StringComparer.Ordinal);

    public PreparedCommand(DbConnection connection, DbTransaction transaction, string sql, params string[] parameterNames)
    {
        _command = connection.CreateCommand();
        _command.Transaction = transaction;
        _command.CommandText = sql;
        foreach (var name in parameterNames)
        {
            var parameter = _command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = DBNull.Value;
            _command.Parameters.Add(parameter);
            _parameters[name] = parameter;
        }
    }

    public PreparedCommand Set(string name, object? value)
    {
        _parameters[name].Value = Stored(value);
        return this;
    }

    /// <summary>Sets the parameter declared at <paramref name="index"/> (in the order of the names given).</summary>
    public PreparedCommand SetAt(int index, object? value)
    {
        _command.Parameters[index].Value = Stored(value);
        return this;
    }

    // Every integer column is 64-bit on PostgreSQL, and a statement prepared while a parameter was NULL takes the
    // column's type for it: a later 32-bit value would not match what the server expects, so integers go as 64-bit.
    private static object Stored(object? value) => value switch
    {
        null => DBNull.Value,
        int number => (long)number,
        _ => value,
    };

    public Task<int> ExecuteAsync(CancellationToken cancellationToken) => _command.ExecuteNonQueryAsync(cancellationToken);

    public async Task<long?> ScalarAsync(CancellationToken cancellationToken) =>
        await _command.ExecuteScalarAsync(cancellationToken) is long value ? value : null;

    public async Task<List<T>> ReadAsync<T>(Func<DbDataReader, T> read, CancellationToken cancellationToken)
    {
        var rows = new List<T>();
        await using var reader = await _command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    public void Dispose() => _command.Dispose();
}
