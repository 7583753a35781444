using System.Data.Common;
using ClaimExtractor.Core.Entities;
using Dapper;

namespace ClaimExtractor.Storage.Store;

/// <summary>
/// Finds or creates entities by canonical (name, type) and records their aliases, for a whole batch at once inside
/// its transaction: one multi-row insert of the entities, one read of their ids, one multi-row insert of the aliases.
/// Rows go in sorted, so two writers inserting the same new names wait for each other in the same order (no deadlock);
/// a name already stored is not locked at all (<c>ON CONFLICT DO NOTHING</c>).
/// </summary>
internal sealed class EntityResolver : IDisposable
{
    private const int NamesPerRead = 500;

    private readonly DbConnection _connection;
    private readonly DbTransaction _transaction;
    private readonly SqlDialect _dialect;
    private readonly IRowInsert _insert;
    private readonly IRowInsert _aliases;

    public EntityResolver(DbConnection connection, DbTransaction transaction, SqlDialect dialect)
    {
        _connection = connection;
        _transaction = transaction;
        _dialect = dialect;
        _insert = dialect.CreateInsert(connection, transaction,
            "INSERT INTO entities (name, type)", 2, "ON CONFLICT (name, type) DO NOTHING");
        _aliases = dialect.CreateInsert(connection, transaction,
            "INSERT INTO entity_aliases (entity_id, alias)", 2, "ON CONFLICT (entity_id, alias) DO NOTHING");
    }

    /// <summary>The id of each of <paramref name="entities"/>, creating those not stored yet.</summary>
    public async Task<IReadOnlyDictionary<EntityRef, long>> ResolveAsync(IEnumerable<EntityRef> entities, CancellationToken cancellationToken)
    {
        var wanted = entities.Distinct().OrderBy(e => e.Name, StringComparer.Ordinal).ThenBy(e => e.Type).ToList();
        var ids = new Dictionary<EntityRef, long>(wanted.Count);
        if (wanted.Count == 0)
        {
            return ids;
        }

        await _insert.ExecuteAsync([.. wanted.Select(e => new object?[] { e.Name, e.Type.ToName() })], cancellationToken);
        var byName = wanted.ToLookup(e => (e.Name, Type: e.Type.ToName()));
        foreach (var names in wanted.Select(e => e.Name).Distinct(StringComparer.Ordinal).Chunk(NamesPerRead))
        {
            var rows = await _connection.QueryAsync<(long Id, string Name, string Type)>(new CommandDefinition(
                $"SELECT id, name, type FROM entities WHERE {_dialect.InList("name", "@names")}",
                new { names = _dialect.ListValue(names) }, _transaction, cancellationToken: cancellationToken));
            foreach (var row in rows)
            {
                foreach (var entity in byName[(row.Name, row.Type)])
                {
                    ids[entity] = row.Id;
                }
            }
        }

        if (wanted.FirstOrDefault(e => !ids.ContainsKey(e)) is { } missing)
        {
            throw new InvalidOperationException($"entity '{missing.Name}' ({missing.Type.ToName()}) vanished inside its own transaction");
        }

        return ids;
    }

    /// <summary>Records each (entity id, surface form) not recorded yet; empty forms are skipped.</summary>
    public Task AddAliasesAsync(IEnumerable<(long EntityId, string Alias)> aliases, CancellationToken cancellationToken) =>
        _aliases.ExecuteAsync(
            [.. aliases.Where(a => a.Alias.Length > 0).Distinct().OrderBy(a => a.EntityId).ThenBy(a => a.Alias, StringComparer.Ordinal)
                .Select(a => new object?[] { a.EntityId, a.Alias })],
            cancellationToken);

    public void Dispose()
    {
        _insert.Dispose();
        _aliases.Dispose();
    }
}
