using System.Text;
using ClaimExtractor.Core.Claims;
using ClaimExtractor.Core.Documents;
using ClaimExtractor.Core.Storage;
using Dapper;

namespace ClaimExtractor.Storage.Store;

/// <summary>Paged reads for the JSON API: claims, documents and entities.</summary>
public sealed partial class ClaimStore
{
    /// <summary>The largest page any paged read returns.</summary>
    public const int MaxPage = 1000;

    /// <summary>
    /// One page of claims matching <paramref name="query"/> (its <see cref="ClaimQuery.Limit"/> ignored), by document
    /// then offset.
    /// </summary>
    public async Task<IReadOnlyList<StoredClaim>> ReadClaimPageAsync(
        ClaimQuery query, int offset, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (sql, parameters) = ClaimsMatching(query);
        sql.Append(" ORDER BY c.document_id, c.\"start\", c.id LIMIT @limit OFFSET @offset");
        parameters.Add("offset", Math.Max(0, offset));
        parameters.Add("limit", Math.Clamp(limit, 0, MaxPage));
        var rows = await _connection.QueryAsync<ClaimRow>(new CommandDefinition(
            sql.ToString(), parameters, cancellationToken: cancellationToken));
        return await ToStoredAsync(rows, cancellationToken);
    }

    /// <summary>One page of documents in id order, optionally those whose outlet contains <paramref name="outlet"/>.</summary>
    public async Task<IReadOnlyList<DocumentRecord>> ReadDocumentPageAsync(
        string? outlet, int offset, int limit, CancellationToken cancellationToken)
    {
        var sql = new StringBuilder(DocumentRow.Select).Append(" WHERE 1 = 1");
        var parameters = new DynamicParameters();
        if (outlet is { Length: > 0 })
        {
            sql.Append(" AND ").Append(_dialect.ContainsIgnoreCase("outlet", "@outlet"));
            parameters.Add("outlet", _dialect.ContainsPattern(outlet));
        }

        sql.Append(" ORDER BY id LIMIT @limit OFFSET @offset");
        parameters.Add("offset", Math.Max(0, offset));
        parameters.Add("limit", Math.Clamp(limit, 0, MaxPage));
        var rows = await _connection.QueryAsync<DocumentRow>(new CommandDefinition(
            sql.ToString(), parameters, cancellationToken: cancellationToken));
        return [.. rows.Select(r => r.ToRecord())];
    }

    /// <summary>
    /// One page of entities by name, optionally those whose name or an alias contains <paramref name="name"/>,
    /// each with its aliases and its claim count.
    /// </summary>
    public async Task<IReadOnlyList<EntitySummary>> ReadEntityPageAsync(
        string? name, int offset, int limit, CancellationToken cancellationToken)
    {
        var sql = new StringBuilder("""
            SELECT fe.id AS Id, fe.name AS Name, fe.type AS Type,
                   (SELECT COUNT(*) FROM claims c WHERE c.subject_entity_id = fe.id) AS Claims
            FROM entities fe WHERE 1 = 1
            """);
        var parameters = new DynamicParameters();
        if (name is { Length: > 0 })
        {
            sql.Append($"""
                 AND ({_dialect.ContainsIgnoreCase("fe.name", "@entity")}
                      OR EXISTS (SELECT 1 FROM entity_aliases fa WHERE fa.entity_id = fe.id AND {_dialect.ContainsIgnoreCase("fa.alias", "@entity")}))
                """);
            parameters.Add("entity", _dialect.ContainsPattern(name));
        }

        sql.Append(" ORDER BY fe.name, fe.type, fe.id LIMIT @limit OFFSET @offset");
        parameters.Add("offset", Math.Max(0, offset));
        parameters.Add("limit", Math.Clamp(limit, 0, MaxPage));
        var rows = (await _connection.QueryAsync<(long Id, string Name, string Type, long Claims)>(new CommandDefinition(
            sql.ToString(), parameters, cancellationToken: cancellationToken))).ToList();
        var aliases = new Dictionary<long, List<string>>();
        foreach (var chunk in rows.Select(r => r.Id).Chunk(InListChunk))
        {
            var found = await _connection.QueryAsync<(long EntityId, string Alias)>(new CommandDefinition(
                $"SELECT entity_id, alias FROM entity_aliases WHERE {_dialect.InList("entity_id", "@chunk")} ORDER BY alias",
                new { chunk = _dialect.ListValue(chunk) }, cancellationToken: cancellationToken));
            foreach (var (entityId, alias) in found)
            {
                (aliases.TryGetValue(entityId, out var list) ? list : aliases[entityId] = []).Add(alias);
            }
        }

        return
        [
            .. rows.Select(r => new EntitySummary(
                r.Id, r.Name, r.Type, aliases.TryGetValue(r.Id, out var list) ? list : [], checked((int)r.Claims))),
        ];
    }
}
