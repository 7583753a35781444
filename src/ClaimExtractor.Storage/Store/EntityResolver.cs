using System.Data.Common;
using ClaimExtractor.Core.Entities;

namespace ClaimExtractor.Storage.Store;

/// <summary>
/// Finds or creates entities by canonical (name, type) and records their aliases, inside one batch's transaction.
/// Caches what it has seen, so a name that recurs across a batch costs one lookup.
/// </summary>
internal sealed class EntityResolver : IDisposable
{
    private readonly PreparedCommand _insert;
    private readonly PreparedCommand _find;
    private readonly PreparedCommand _alias;
    private readonly Dictionary<EntityRef, long> _ids = [];
    private readonly HashSet<(long, string)> _aliases = [];

    public EntityResolver(DbConnection connection, DbTransaction transaction)
    {
        _insert = new PreparedCommand(connection, transaction,
            "INSERT INTO entities (name, type) VALUES (@name, @type) ON CONFLICT (name, type) DO NOTHING", "@name", "@type");
        _find = new PreparedCommand(connection, transaction,
            "SELECT id FROM entities WHERE name = @name AND type = @type", "@name", "@type");
        _alias = new PreparedCommand(connection, transaction,
            "INSERT INTO entity_aliases (entity_id, alias) VALUES (@entity_id, @alias) ON CONFLICT (entity_id, alias) DO NOTHING",
            "@entity_id", "@alias");
    }

    public async Task<long> ResolveAsync(EntityRef entity, CancellationToken cancellationToken)
    {
        if (_ids.TryGetValue(entity, out var known))
        {
            return known;
        }

        var type = entity.Type.ToName();
        await _insert.Set("@name", entity.Name).Set("@type", type).ExecuteAsync(cancellationToken);
        var id = await _find.Set("@name", entity.Name).Set("@type", type).ScalarAsync(cancellationToken)
            ?? throw new InvalidOperationException($"entity '{entity.Name}' ({type}) vanished inside its own transaction");
        _ids[entity] = id;
        return id;
    }

    public async Task AddAliasAsync(EntityRef entity, string alias, CancellationToken cancellationToken)
    {
        var id = await ResolveAsync(entity, cancellationToken);
        if (alias.Length == 0 || !_aliases.Add((id, alias)))
        {
            return;
        }

        await _alias.Set("@entity_id", id).Set("@alias", alias).ExecuteAsync(cancellationToken);
    }

    public void Dispose()
    {
        _insert.Dispose();
        _find.Dispose();
        _alias.Dispose();
    }
}
