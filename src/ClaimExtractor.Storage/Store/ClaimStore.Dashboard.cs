using ClaimExtractor.Core.Consistency;
using ClaimExtractor.Storage.Mapping;
using Dapper;

namespace ClaimExtractor.Storage.Store;

/// <summary>Aggregates for the dashboard page: portable SQL over the tables, one small method for date bucketing.</summary>
public sealed partial class ClaimStore
{
    // A flag counts as a conflict unless it is an update (a revision, not a conflict) or a reviewer dismissed it.
    private const string InConflict = $"x.kind <> 'update' AND {StatusOf} <> 'dismissed'";

    /// <summary>
    /// Claims per year for the <paramref name="top"/> subject and metric pairs with the most claims, by pair then
    /// year. Claims without a date (no period, no publication date) are left out of the years.
    /// </summary>
    public async Task<IReadOnlyList<ClaimCountPoint>> ReadClaimCountsOverTimeAsync(int top, CancellationToken cancellationToken)
    {
        // First the pairs (one pass over the claims, no joins), then each pair's years through the subject index.
        var pairs = await _connection.QueryAsync<(long EntityId, string MetricKey)>(new CommandDefinition("""
            SELECT c.subject_entity_id, c.metric_key FROM claims c
            WHERE c.subject_entity_id IS NOT NULL
            GROUP BY c.subject_entity_id, c.metric_key
            ORDER BY COUNT(*) DESC, c.subject_entity_id, c.metric_key
            LIMIT @top
            """, new { top = Math.Max(0, top) }, cancellationToken: cancellationToken));
        var points = new List<ClaimCountPoint>();
        foreach (var (entityId, metricKey) in pairs)
        {
            var years = await _connection.QueryAsync<(string Subject, string Year, long Claims)>(new CommandDefinition($"""
                SELECT e.name, {YearOf("COALESCE(c.period_start, d.published)")} AS year, COUNT(*)
                FROM claims c
                JOIN documents d ON d.id = c.document_id
                JOIN entities e ON e.id = c.subject_entity_id
                WHERE c.subject_entity_id = @entityId AND c.metric_key = @metricKey AND COALESCE(c.period_start, d.published) IS NOT NULL
                GROUP BY e.name, {YearOf("COALESCE(c.period_start, d.published)")}
                ORDER BY year
                """, new { entityId, metricKey }, cancellationToken: cancellationToken));
            points.AddRange(years.Select(y => new ClaimCountPoint(
                y.Subject, metricKey, int.Parse(y.Year, System.Globalization.CultureInfo.InvariantCulture), checked((int)y.Claims))));
        }

        return points;
    }

    /// <summary>How many flags there are of each kind in each status (only the pairs that occur).</summary>
    public async Task<IReadOnlyList<FlagCount>> CountFlagsByKindAndStatusAsync(CancellationToken cancellationToken)
    {
        var rows = await _connection.QueryAsync<(string Kind, string Status, long Count)>(new CommandDefinition($"""
            SELECT s.kind, s.status, COUNT(*)
            FROM (SELECT x.kind AS kind, {StatusOf} AS status FROM contradictions x) s
            GROUP BY s.kind, s.status
            ORDER BY s.kind, s.status
            """, cancellationToken: cancellationToken));
        return [.. rows.Select(r => new FlagCount(ContradictionKindNames.Parse(r.Kind), StoredNames.Parse<ContradictionStatus>(r.Status), checked((int)r.Count)))];
    }

    /// <summary>The <paramref name="top"/> metrics (canonical keys) most flagged, most first.</summary>
    public async Task<IReadOnlyList<ConflictCount>> ReadMostConflictedMetricsAsync(int top, CancellationToken cancellationToken)
    {
        var rows = await _connection.QueryAsync<(string Name, long Flags)>(new CommandDefinition($"""
            SELECT c.metric_key, COUNT(*) AS flags
            FROM contradictions x JOIN claims c ON c.id = x.claim_a
            WHERE {InConflict}
            GROUP BY c.metric_key
            ORDER BY flags DESC, c.metric_key
            LIMIT @top
            """, new { top = Math.Max(0, top) }, cancellationToken: cancellationToken));
        return [.. rows.Select(r => new ConflictCount(r.Name, checked((int)r.Flags)))];
    }

    /// <summary>
    /// The <paramref name="top"/> outlets most often on either side of a flag, most first; a flag inside one outlet
    /// counts once for it. Documents without an outlet count as "unknown outlet".
    /// </summary>
    public async Task<IReadOnlyList<ConflictCount>> ReadMostConflictedOutletsAsync(int top, CancellationToken cancellationToken)
    {
        var rows = await _connection.QueryAsync<(string Name, long Flags)>(new CommandDefinition($"""
            SELECT o.outlet, COUNT(*) AS flags
            FROM (SELECT DISTINCT x.id AS id, COALESCE(d.outlet, 'unknown outlet') AS outlet
                  FROM contradictions x
                  JOIN claims c ON c.id IN (x.claim_a, x.claim_b)
                  JOIN documents d ON d.id = c.document_id
                  WHERE {InConflict}) o
            GROUP BY o.outlet
            ORDER BY flags DESC, o.outlet
            LIMIT @top
            """, new { top = Math.Max(0, top) }, cancellationToken: cancellationToken));
        return [.. rows.Select(r => new ConflictCount(r.Name, checked((int)r.Flags)))];
    }

    // The year of a stored 'YYYY-MM-DD' date as text. Dates are stored as ISO text on every backend, so the first four
    // characters are the year; SUBSTR is spelled the same in SQLite and PostgreSQL.
    private static string YearOf(string column) => $"SUBSTR({column}, 1, 4)";
}
