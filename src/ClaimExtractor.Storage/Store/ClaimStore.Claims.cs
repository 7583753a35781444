using System.Runtime.CompilerServices;
using System.Text;
using ClaimExtractor.Core.Claims;
using ClaimExtractor.Core.Documents;
using ClaimExtractor.Core.Storage;
using Dapper;

namespace ClaimExtractor.Storage.Store;

/// <summary>Reading claims back as full <see cref="StoredClaim"/>s.</summary>
public sealed partial class ClaimStore
{
    // SQLite accepts 32,766 parameters per statement; lists are sent in chunks well below that (one array on PostgreSQL).
    private const int InListChunk = 500;

    // How many rows a streamed read fetches at a time.
    private const int ReadPage = 500;

    private const string SelectClaims = "SELECT " + ClaimRowMapper.Columns + "\n" + ClaimRowMapper.From;

    /// <inheritdoc />
    public Task<IReadOnlyList<StoredClaim>> ReadDocumentClaimsAsync(DocumentId document, CancellationToken cancellationToken) =>
        ReadDocumentClaimsAsync([document], cancellationToken);

    /// <inheritdoc />
    public async Task<IReadOnlyList<StoredClaim>> ReadDocumentClaimsAsync(IReadOnlyCollection<DocumentId> documents, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var rows = new List<ClaimRow>();
        foreach (var chunk in documents.Select(d => d.Value).Distinct().Chunk(InListChunk))
        {
            rows.AddRange(await _connection.QueryAsync<ClaimRow>(new CommandDefinition(
                SelectClaims + $" WHERE {_dialect.InList("c.document_id", "@chunk")}", new { chunk = _dialect.ListValue(chunk) }, cancellationToken: cancellationToken)));
        }

        rows.Sort(ByDocumentAndPosition);
        return await ToStoredAsync(rows, cancellationToken);
    }

    /// <summary>
    /// All claims whose alignment key, or one of whose link keys (<see cref="Claim.LinkKeys"/>), is one of
    /// <paramref name="keys"/>: a level finds the shares and changes that refer to it. Indexed lookups both ways.
    /// </summary>
    public async Task<IReadOnlyList<StoredClaim>> FindClaimsByKeyAsync(IReadOnlyCollection<ClaimKey> keys, CancellationToken cancellationToken) =>
        (await FindMatchesAsync(keys, [], cancellationToken)).Claims;

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<ClaimKey, IReadOnlyList<StoredClaim>>> FindClaimsPerKeyAsync(
        IReadOnlyCollection<ClaimKey> keys, CancellationToken cancellationToken) =>
        FindClaimsPerKeyAsync(keys, [], cancellationToken);

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<ClaimKey, IReadOnlyList<StoredClaim>>> FindClaimsPerKeyAsync(
        IReadOnlyCollection<ClaimKey> keys, IReadOnlyCollection<StoredClaim> known, CancellationToken cancellationToken) =>
        (await FindMatchesAsync(keys, known, cancellationToken)).PerKey;

    private static int ByDocumentAndPosition(ClaimRow a, ClaimRow b) =>
        (a.DocumentId, a.SpanStart, a.Id).CompareTo((b.DocumentId, b.SpanStart, b.Id));

    // The claims the keys find, by document and position, and which of them each key finds, in the same order. Those
    // in known are not read again: a checked batch's own claims are most of what its keys find.
    private async Task<(IReadOnlyList<StoredClaim> Claims, IReadOnlyDictionary<ClaimKey, IReadOnlyList<StoredClaim>> PerKey)> FindMatchesAsync(
        IReadOnlyCollection<ClaimKey> keys, IReadOnlyCollection<StoredClaim> known, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(known);

        // Which representatives each key finds first, then their rows by primary key: in one statement the planner may
        // hash-join the few ids against a scan of every claim, a cost that grows with the store.
        // Figures are found by the hash of their key (an integer index), and the key's text is compared too.
        var matches = new Dictionary<long, List<string>>();
        foreach (var chunk in keys.Select(k => k.Value).Distinct(StringComparer.Ordinal).Chunk(InListChunk))
        {
            var wanted = chunk.ToHashSet(StringComparer.Ordinal);
            foreach (var (key, id) in await _connection.QueryAsync<(string Key, long Id)>(new CommandDefinition($"""
                SELECT g.claim_key, g.claim_id FROM figures g WHERE {_dialect.InList("g.key_hash", "@hashes")}
                UNION ALL
                SELECT l.link_key, g.claim_id FROM figure_links l JOIN figures g ON g.figure_hash = l.figure_hash WHERE {_dialect.InList("l.link_key", "@chunk")}
                """, new { chunk = _dialect.ListValue(chunk), hashes = _dialect.ListValue(chunk.Select(_hashes.Of).ToArray()) }, cancellationToken: cancellationToken)))
            {
                if (!wanted.Contains(key))
                {
                    continue;
                }

                if (!matches.TryGetValue(id, out var found))
                {
                    matches[id] = found = [];
                }

                found.Add(key);
            }
        }

        var held = new Dictionary<long, StoredClaim>();
        foreach (var claim in known)
        {
            held.TryAdd(claim.Id.Value, claim);
        }

        var rows = new List<ClaimRow>(matches.Count);
        foreach (var chunk in matches.Keys.Where(id => !held.ContainsKey(id)).Chunk(InListChunk))
        {
            rows.AddRange(await _connection.QueryAsync<ClaimRow>(new CommandDefinition(
                SelectClaims + $" WHERE {_dialect.InList("c.id", "@chunk")}", new { chunk = _dialect.ListValue(chunk) }, cancellationToken: cancellationToken)));
        }

        var claims = (await ToStoredAsync(rows, cancellationToken)).Concat(matches.Keys.Where(held.ContainsKey).Select(id => held[id])).ToList();
        claims.Sort(StoredClaim.ByDocumentAndPosition);
        var perKey = new Dictionary<ClaimKey, List<StoredClaim>>();
        foreach (var claim in claims)
        {
            foreach (var key in matches[claim.Id.Value].Distinct(StringComparer.Ordinal))
            {
                if (!perKey.TryGetValue(new ClaimKey(key), out var list))
                {
                    perKey[new ClaimKey(key)] = list = [];
                }

                list.Add(claim);
            }
        }

        return (claims, perKey.ToDictionary(p => p.Key, p => (IReadOnlyList<StoredClaim>)p.Value));
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<StoredClaim> ReadClaimsAsync(
        ClaimQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (sql, parameters) = ClaimsMatching(query);

        // Read in pages, each buffered before the texts are looked up: PostgreSQL runs one command at a time per
        // connection. Keyset paging on the sort order keeps every page an index range, however far the export is.
        var remaining = query.Limit ?? int.MaxValue;
        var after = (Document: 0L, Start: -1L, Id: 0L);
        var texts = new DocumentTextCache(_connection);
        while (remaining > 0)
        {
            var page = Math.Min(ReadPage, remaining);
            var pageParameters = new DynamicParameters(parameters);
            pageParameters.AddDynamicParams(new { afterDocument = after.Document, afterStart = after.Start, afterId = after.Id, page });
            var rows = (await _connection.QueryAsync<ClaimRow>(new CommandDefinition(
                sql + " AND (c.document_id, c.\"start\", c.id) > (@afterDocument, @afterStart, @afterId) ORDER BY c.document_id, c.\"start\", c.id LIMIT @page",
                pageParameters, cancellationToken: cancellationToken))).AsList();
            foreach (var row in rows)
            {
                yield return ClaimRowMapper.ToStored(row, await texts.GetAsync(row.DocumentId, cancellationToken));
            }

            if (rows.Count < page)
            {
                yield break;
            }

            remaining -= rows.Count;
            after = (rows[^1].DocumentId, rows[^1].SpanStart, rows[^1].Id);
        }
    }

    // The claims query and its parameters for a filter, up to its WHERE conditions (paging and order are the caller's).
    private (StringBuilder Sql, DynamicParameters Parameters) ClaimsMatching(ClaimQuery query)
    {
        var sql = new StringBuilder(SelectClaims).Append(" WHERE 1 = 1");
        var parameters = new DynamicParameters();
        if (query.Entity is { Length: > 0 } entity)
        {
            sql.Append(" AND ").Append(EntityMatches("c"));
            parameters.Add("entity", _dialect.ContainsPattern(entity));
        }

        if (query.Metric is { Length: > 0 } metric)
        {
            sql.Append(" AND ").Append(MetricMatches("c"));
            parameters.Add("metric", _dialect.ContainsPattern(metric));
        }

        if (query.Source is { Length: > 0 } source)
        {
            sql.Append(" AND ").Append(_dialect.ContainsIgnoreCase("d.source", "@source"));
            parameters.Add("source", _dialect.ContainsPattern(source));
        }

        if (query.MinConfidence is { } least)
        {
            sql.Append(" AND c.confidence >= @minConfidence");
            parameters.Add("minConfidence", least);
        }

        return (sql, parameters);
    }

    // The subject's canonical name or any alias contains the filter text (parameter @entity).
    private string EntityMatches(string claimAlias) =>
        $"""
        EXISTS (SELECT 1 FROM entities fe WHERE fe.id = {claimAlias}.subject_entity_id
                AND ({_dialect.ContainsIgnoreCase("fe.name", "@entity")}
                     OR EXISTS (SELECT 1 FROM entity_aliases fa WHERE fa.entity_id = fe.id
                                AND {_dialect.ContainsIgnoreCase("fa.alias", "@entity")})))
        """;

    // The metric as phrased or its canonical key contains the filter text (parameter @metric).
    private string MetricMatches(string claimAlias) =>
        $"({_dialect.ContainsIgnoreCase($"{claimAlias}.metric", "@metric")} OR {_dialect.ContainsIgnoreCase($"{claimAlias}.metric_key", "@metric")})";

    // The texts of all the rows' documents in one read per chunk of ids, not one per document.
    private async Task<IReadOnlyList<StoredClaim>> ToStoredAsync(IEnumerable<ClaimRow> rows, CancellationToken cancellationToken)
    {
        var list = rows.AsList();
        var texts = new Dictionary<long, string>();
        foreach (var chunk in list.Select(r => r.DocumentId).Distinct().Chunk(InListChunk))
        {
            foreach (var (id, text) in await _connection.QueryAsync<(long Id, string Text)>(new CommandDefinition(
                $"SELECT id, text FROM documents WHERE {_dialect.InList("id", "@chunk")}", new { chunk = _dialect.ListValue(chunk) }, cancellationToken: cancellationToken)))
            {
                texts[id] = text;
            }
        }

        return [.. list.Select(row => ClaimRowMapper.ToStored(row, texts.GetValueOrDefault(row.DocumentId) ?? ""))];
    }
}
