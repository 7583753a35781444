using Microsoft.Data.Sqlite;

namespace ClaimExtractor.Storage.Sqlite;

/// <summary>
/// One SQL statement with its parameters created once and reused for every row of a batch: SQLite keeps the
/// compiled statement between executions, which is what makes 10,000-article runs fast.
/// </summary>
internal sealed class PreparedCommand : IDisposable
{
    private readonly SqliteCommand _command;
    private readonly Dictionary<string, SqliteParameter> _parameters = new(StringComparer.Ordinal);

    public PreparedCommand(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] parameterNames)
    {
        _command = connection.CreateCommand();
        _command.Transaction = transaction;
        _command.CommandText = sql;
        foreach (var name in parameterNames)
        {
            _parameters[name] = _command.Parameters.Add(new SqliteParameter(name, DBNull.Value));
        }
    }

    public PreparedCommand Set(string name, object? value)
    {
        _parameters[name].Value = value ?? DBNull.Value;
        return this;
    }

    public Task<int> ExecuteAsync(CancellationToken cancellationToken) => _command.ExecuteNonQueryAsync(cancellationToken);

    public async Task<long?> ScalarAsync(CancellationToken cancellationToken) =>
        await _command.ExecuteScalarAsync(cancellationToken) is long value ? value : null;

    public void Dispose() => _command.Dispose();
}
