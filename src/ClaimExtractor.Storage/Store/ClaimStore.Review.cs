using System.Text;
using ClaimExtractor.Core.Consistency;
using ClaimExtractor.Core.Storage;
using ClaimExtractor.Storage.Mapping;
using Dapper;

namespace ClaimExtractor.Storage.Store;

/// <summary>Review reads and decisions: a read-only mode, the filtered queue, one flag, counts and the audit trail.</summary>
public sealed partial class ClaimStore
{
    // A decision's previous status is the decision before it on the same fingerprint, else open: the table is
    // append-only, so the trail (from → to) is derived and cannot disagree with the stored order.
    private const string PreviousStatus =
        "COALESCE((SELECT p.status FROM review_decisions p WHERE p.fingerprint = r.fingerprint AND p.id < r.id ORDER BY p.id DESC LIMIT 1), 'open')";

    private const string SelectContradiction = $"""
        SELECT x.id AS Id, x.claim_a AS ClaimA, x.claim_b AS ClaimB, x.kind AS Kind, x.severity AS Severity,
               x.score AS Score, x.explanation AS Explanation, x.claim_key AS ClaimKey, {StatusOf} AS Status
        FROM contradictions x
        """;

    /// <summary>One page of contradictions matching <paramref name="filter"/>, most severe first, at most <see cref="MaxPage"/>.</summary>
    public async Task<IReadOnlyList<ContradictionRecord>> ReadContradictionPageAsync(
        ContradictionQuery filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var page = filter with { Limit = Math.Clamp(filter.Limit ?? MaxPage, 0, MaxPage), Offset = Math.Max(0, filter.Offset) };
        return await ReadContradictionsAsync(page, cancellationToken).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// The queue a review page shows, with the filter evaluated once: every matching flag's id, rank and status
    /// (small rows), counted by status and ranked here, then the page's flags read in full by id.
    /// </summary>
    public async Task<QueueSlice> ReadQueueAsync(ContradictionQuery filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var (where, parameters) = Where(filter, includeStatus: false);
        // Ranked here, not by the database: sorting a few thousand small rows is cheaper than sorting them in SQL
        // with every row's status computed first.
        var rows = await _connection.QueryAsync<(long Id, double Severity, double Score, string Status)>(new CommandDefinition(
            $"SELECT x.id, x.severity, x.score, {StatusOf} FROM contradictions x{where}", parameters, cancellationToken: cancellationToken));
        var counts = Enum.GetValues<ContradictionStatus>().ToDictionary(s => s, _ => 0);
        var names = counts.Keys.ToDictionary(StoredNames.ToName, s => s, StringComparer.Ordinal);
        var matching = new List<(long Id, double Severity, double Score)>();
        foreach (var (id, severity, score, name) in rows)
        {
            var status = names[name];
            counts[status]++;
            if (filter.Status is null || filter.Status == status)
            {
                matching.Add((id, severity, score));
            }
        }

        // the same order as ReadContradictionsAsync: severity, then score, both descending, then id
        matching.Sort((a, b) => b.Severity != a.Severity ? b.Severity.CompareTo(a.Severity) : b.Score != a.Score ? b.Score.CompareTo(a.Score) : a.Id.CompareTo(b.Id));
        var pageIds = matching.Skip(Math.Max(0, filter.Offset)).Take(Math.Clamp(filter.Limit ?? MaxPage, 0, MaxPage)).Select(m => m.Id).ToList();
        var pageRows = pageIds.Count == 0
            ? []
            : (await _connection.QueryAsync<ContradictionRow>(new CommandDefinition(
                SelectContradiction + " WHERE " + _dialect.InList("x.id", "@pageIds"), new { pageIds = _dialect.ListValue(pageIds) }, cancellationToken: cancellationToken))).ToDictionary(r => r.Id);
        var texts = new DocumentTextCache(_connection);
        var page = new List<ContradictionRecord>(pageIds.Count);
        foreach (var id in pageIds)
        {
            page.Add(await ToRecordAsync(pageRows[id], texts, cancellationToken));
        }

        return new QueueSlice(counts, matching.Count, page);
    }

    /// <summary>How many contradictions match <paramref name="filter"/> (its page ignored).</summary>
    public async Task<int> CountContradictionsAsync(ContradictionQuery filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var (where, parameters) = Where(filter, includeStatus: true);
        return checked((int)await _connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM contradictions x" + where, parameters, cancellationToken: cancellationToken)));
    }

    /// <summary>
    /// How many contradictions match <paramref name="filter"/> in each status, its own status filter ignored, so the
    /// queue can show every tab's count. Every status is present, zero when none.
    /// </summary>
    public async Task<IReadOnlyDictionary<ContradictionStatus, int>> CountContradictionsByStatusAsync(
        ContradictionQuery filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var (where, parameters) = Where(filter, includeStatus: false);
        var rows = await _connection.QueryAsync<(string Status, long Count)>(new CommandDefinition(
            $"SELECT s.status, COUNT(*) FROM (SELECT {StatusOf} AS status FROM contradictions x{where}) s GROUP BY s.status",
            parameters, cancellationToken: cancellationToken));
        var counts = Enum.GetValues<ContradictionStatus>().ToDictionary(s => s, _ => 0);
        foreach (var (status, count) in rows)
        {
            counts[StoredNames.Parse<ContradictionStatus>(status)] = checked((int)count);
        }

        return counts;
    }

    /// <summary>One contradiction with both claims and its status, or null.</summary>
    public async Task<ContradictionRecord?> ReadContradictionAsync(long id, CancellationToken cancellationToken)
    {
        var row = await _connection.QuerySingleOrDefaultAsync<ContradictionRow>(new CommandDefinition(
            SelectContradiction + " WHERE x.id = @id", new { id }, cancellationToken: cancellationToken));
        return row is null ? null : await ToRecordAsync(row, new DocumentTextCache(_connection), cancellationToken);
    }

    /// <summary>The decisions on a contradiction's fingerprint, oldest first; empty when never reviewed or unknown.</summary>
    public async Task<IReadOnlyList<ReviewDecision>> ReadDecisionsAsync(long contradictionId, CancellationToken cancellationToken)
    {
        var rows = await _connection.QueryAsync<DecisionRow>(new CommandDefinition($"""
            SELECT r.id AS Id, {PreviousStatus} AS FromStatus, r.status AS ToStatus, r.reason AS Reason, r.note AS Note,
                   r.reviewer AS Reviewer, r.decided_at AS DecidedAt
            FROM review_decisions r
            WHERE r.fingerprint = (SELECT x.fingerprint FROM contradictions x WHERE x.id = @contradictionId)
            ORDER BY r.id
            """, new { contradictionId }, cancellationToken: cancellationToken));
        return
        [
            .. rows.Select(r => new ReviewDecision(
                r.Id,
                StoredNames.Parse<ContradictionStatus>(r.FromStatus),
                StoredNames.Parse<ContradictionStatus>(r.ToStatus),
                r.Reason,
                r.Note,
                r.Reviewer,
                DateText.InstantFromStored(r.DecidedAt))),
        ];
    }

    /// <summary>
    /// Undoes the latest decision on a contradiction by appending one that restores the status before it (the trail
    /// stays append-only). Returns false when there is nothing to undo.
    /// </summary>
    /// <exception cref="KeyNotFoundException">No contradiction has that id.</exception>
    public async Task<bool> UndoDecisionAsync(long contradictionId, string? reviewer, CancellationToken cancellationToken)
    {
        var decisions = await ReadDecisionsAsync(contradictionId, cancellationToken);
        if (decisions.Count == 0)
        {
            if (await ReadContradictionAsync(contradictionId, cancellationToken) is null)
            {
                throw new KeyNotFoundException($"no contradiction has id {contradictionId}");
            }

            return false;
        }

        var last = decisions[^1];
        await SetStatusAsync(contradictionId, last.From, "undo", $"undoes decision {last.Id}", reviewer, cancellationToken);
        return true;
    }

    // Builds " WHERE ..." over contradictions x with its parameters. Text searches the explanation, the key, both
    // quotes and both titles. Each claim-side criterion is a set of claim ids that does not depend on the flag, so the
    // database computes it once per statement (through the subject, document and primary-key indexes) instead of once
    // per flag: on 10,000 flags this is what keeps a filtered queue page fast.
    private (string Where, DynamicParameters Parameters) Where(ContradictionQuery filter, bool includeStatus)
    {
        var sql = new StringBuilder(" WHERE 1 = 1");
        var parameters = new DynamicParameters();
        if (filter.Entity is { Length: > 0 } entity)
        {
            sql.Append(" AND ").Append(EitherClaimIn($"""
                SELECT c.id FROM claims c WHERE c.subject_entity_id IN (
                    SELECT fe.id FROM entities fe
                    WHERE {_dialect.ContainsIgnoreCase("fe.name", "@entity")}
                       OR EXISTS (SELECT 1 FROM entity_aliases fa WHERE fa.entity_id = fe.id AND {_dialect.ContainsIgnoreCase("fa.alias", "@entity")}))
                """));
            parameters.Add("entity", _dialect.ContainsPattern(entity));
        }

        if (filter.Metric is { Length: > 0 } metric)
        {
            sql.Append(" AND ").Append(EitherClaimIn("SELECT c.id FROM claims c WHERE " + MetricMatches("c")));
            parameters.Add("metric", _dialect.ContainsPattern(metric));
        }

        if (filter.Outlet is { Length: > 0 } outlet)
        {
            sql.Append(" AND ").Append(EitherClaimIn(ClaimsOfDocuments(_dialect.ContainsIgnoreCase("d.outlet", "@outlet"))));
            parameters.Add("outlet", _dialect.ContainsPattern(outlet));
        }

        if (filter.PublishedFrom is not null || filter.PublishedTo is not null)
        {
            // Both ends apply to the same document: one of the two was published inside the range.
            var published = new StringBuilder("d.published IS NOT NULL");
            if (filter.PublishedFrom is { } from)
            {
                published.Append(" AND d.published >= @publishedFrom");
                parameters.Add("publishedFrom", DateText.ToStored(from));
            }

            if (filter.PublishedTo is { } to)
            {
                published.Append(" AND d.published <= @publishedTo");
                parameters.Add("publishedTo", DateText.ToStored(to));
            }

            sql.Append(" AND ").Append(EitherClaimIn(ClaimsOfDocuments(published.ToString())));
        }

        if (filter.Text is { Length: > 0 } text)
        {
            sql.Append(" AND (").Append(_dialect.ContainsIgnoreCase("x.explanation", "@text"))
                .Append(" OR ").Append(_dialect.ContainsIgnoreCase("x.claim_key", "@text"))
                .Append(" OR ").Append(EitherClaimIn("SELECT c.id FROM claims c WHERE " + _dialect.ContainsIgnoreCase("c.quote", "@text")))
                .Append(" OR ").Append(EitherClaimIn(ClaimsOfDocuments(_dialect.ContainsIgnoreCase("d.title", "@text"))))
                .Append(')');
            parameters.Add("text", _dialect.ContainsPattern(text));
        }

        if (includeStatus && filter.Status is { } status)
        {
            sql.Append($" AND {StatusOf} = @status");
            parameters.Add("status", StoredNames.ToName(status));
        }

        if (filter.Kind is { } kind)
        {
            sql.Append(" AND x.kind = @kind");
            parameters.Add("kind", kind.ToName());
        }

        if (filter.ExcludeKind is { } excluded)
        {
            sql.Append(" AND x.kind <> @excludeKind");
            parameters.Add("excludeKind", excluded.ToName());
        }

        return (sql.ToString(), parameters);
    }

    // Claim a or claim b is in the set of claim ids that `claimIds` selects.
    private static string EitherClaimIn(string claimIds) => $"(x.claim_a IN ({claimIds}) OR x.claim_b IN ({claimIds}))";

    // The claims of the documents `condition` (over documents d) selects.
    private static string ClaimsOfDocuments(string condition) =>
        $"SELECT c.id FROM claims c WHERE c.document_id IN (SELECT d.id FROM documents d WHERE {condition})";

    private sealed class DecisionRow
    {
        public long Id { get; set; }

        public string FromStatus { get; set; } = "";

        public string ToStatus { get; set; } = "";

        public string? Reason { get; set; }

        public string? Note { get; set; }

        public string? Reviewer { get; set; }

        public string DecidedAt { get; set; } = "";
    }
}
