using System.Data.Common;
using System.Globalization;

namespace ClaimExtractor.Storage.Store;

/// <summary>
/// An <c>INSERT ... VALUES (...), (...)</c> of many rows in one statement: one round trip (and, on SQLite, one statement
/// step) per chunk of rows instead of one per row. The statement for each row count is prepared once and reused for the
/// batch, and chunks are powers of two (ten rows go as eight and two), so a few shapes serve every batch; chunks stay under both backends' parameter limits
/// and under the rows per statement the dialect gives.
/// </summary>
internal sealed class MultiRowInsert : IRowInsert
{
    // SQLite takes 32,766 parameters per statement, PostgreSQL 65,535; a chunk stays far below both.
    private const int MaxParameters = 4096;

    private readonly DbConnection _connection;
    private readonly DbTransaction _transaction;
    private readonly string _head;
    private readonly string _tail;
    private readonly int _columns;
    private readonly int _maxRows;
    private readonly Dictionary<int, PreparedCommand> _commands = [];

    /// <param name="connection">The connection the batch writes through.</param>
    /// <param name="transaction">The batch's transaction.</param>
    /// <param name="rowsPerStatement">The most rows one statement carries.</param>
    /// <param name="head">The statement up to <c>VALUES</c>: <c>INSERT INTO t (a, b)</c>.</param>
    /// <param name="columns">How many values each row has.</param>
    /// <param name="tail">What follows the rows, such as an <c>ON CONFLICT</c> clause.</param>
    public MultiRowInsert(DbConnection connection, DbTransaction transaction, int rowsPerStatement, string head, int columns, string tail = "")
    {
        _connection = connection;
        _transaction = transaction;
        _head = head;
        _tail = tail;
        _columns = columns;
        _maxRows = Math.Clamp(MaxParameters / columns, 1, rowsPerStatement);
    }

    /// <inheritdoc />
    public async Task<int> ExecuteAsync(IReadOnlyList<object?[]> rows, CancellationToken cancellationToken)
    {
        var affected = 0;
        for (int start = 0, count; start < rows.Count; start += count)
        {
            // Chunks of a power of two rows: a handful of statement shapes per table, each prepared once per connection,
            // rather than a new statement for every remainder.
            count = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Min(_maxRows, rows.Count - start) + 1) / 2;
            var command = CommandFor(count);
            for (var row = 0; row < count; row++)
            {
                var values = rows[start + row];
                if (values.Length != _columns)
                {
                    throw new ArgumentException($"a row has {values.Length} values for {_columns} columns", nameof(rows));
                }

                for (var column = 0; column < _columns; column++)
                {
                    command.SetAt((row * _columns) + column, values[column]);
                }
            }

            affected += await command.ExecuteAsync(cancellationToken);
        }

        return affected;
    }

    public void Dispose()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }
    }

    private static string Name(int row, int column) => string.Create(CultureInfo.InvariantCulture, $"@r{row}c{column}");

    private PreparedCommand CommandFor(int rows)
    {
        if (!_commands.TryGetValue(rows, out var command))
        {
            var names = Enumerable.Range(0, rows).Select(r => Enumerable.Range(0, _columns).Select(c => Name(r, c)).ToArray()).ToArray();
            var sql = $"{_head} VALUES {string.Join(", ", names.Select(row => $"({string.Join(", ", row)})"))} {_tail}";
            command = new PreparedCommand(_connection, _transaction, sql, [.. names.SelectMany(n => n)]);
            _commands[rows] = command;
        }

        return command;
    }
}
