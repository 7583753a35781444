using System.Data.Common;
using ClaimExtractor.Core.Claims;
using ClaimExtractor.Core.Quantities;
using ClaimExtractor.Storage.Mapping;
using Dapper;

namespace ClaimExtractor.Storage.Store;

/// <summary>Writes a document's claim rows, figures and figure links; <see cref="ClaimRowMapper"/> reads the claims back.</summary>
internal sealed class ClaimInserter : IDisposable
{
    private static readonly string[] Names =
    [
        "document_id", "start", "end", "quote", "sentence_start", "sentence_end", "subject_entity_id", "role",
        "metric", "metric_key", "value", "value_low", "value_high", "unit", "unit_dimension", "noun", "change",
        "qualifier", "period_label", "period_start", "period_end", "period_inferred", "attribution", "hedged", "negated", "confidence",
        "scope", "share_base_key", "share_total_value", "share_total_low", "share_total_high", "share_total_unit",
        "share_total_unit_dimension", "share_total_start", "share_total_end", "share_total_qualifier",
        "share_total_noun", "share_total_change", "change_level_key", "change_reference_label",
        "change_reference_start", "change_reference_end", "claim_key", "figure", "figure_hash",
    ];

    private readonly DbConnection _connection;
    private readonly DbTransaction _transaction;
    private readonly SqlDialect _dialect;
    private readonly IRowInsert _insert;
    private readonly IRowInsert _links;

    public ClaimInserter(DbConnection connection, DbTransaction transaction, SqlDialect dialect)
    {
        _connection = connection;
        _transaction = transaction;
        _dialect = dialect;
        _insert = dialect.CreateInsert(connection, transaction,
            $"INSERT INTO claims ({string.Join(", ", Names.Select(n => $"\"{n}\""))})", Names.Length);
        _links = dialect.CreateInsert(connection, transaction, "INSERT INTO figure_links (link_key, figure_hash)", 2, "ON CONFLICT DO NOTHING");
    }

    /// <summary>
    /// Inserts the claims of a batch's documents (just stored or emptied), each with its document's and its subject's
    /// id, then the figures they state and the keys those figures link to: a few statements per batch, not per claim.
    /// Figures and links go in sorted by key, so two writers upserting the same figures wait in the same order.
    /// </summary>
    public async Task InsertAsync(IReadOnlyList<(long DocumentId, Claim Claim, long? SubjectId)> claims, CancellationToken cancellationToken)
    {
        if (claims.Count == 0)
        {
            return;
        }

        await _insert.ExecuteAsync([.. claims.Select(c => Values(c.DocumentId, c.Claim, c.SubjectId))], cancellationToken);

        // Each figure the batch states: a new one is represented by its earliest claim here and supported by all of
        // them; a known one gains their support and keeps its representative.
        var documents = claims.Select(c => c.DocumentId).Distinct().ToArray();
        await _connection.ExecuteAsync(new CommandDefinition($"""
            INSERT INTO figures (figure_hash, figure, key_hash, claim_key, claim_id, support)
            SELECT c.figure_hash, MIN(c.figure), {LookupHash.SqlFunction}(MIN(c.claim_key)), MIN(c.claim_key), MIN(c.id), COUNT(*)
            FROM claims c WHERE {_dialect.InList("c.document_id", "@documents")}
            GROUP BY c.figure_hash ORDER BY c.figure_hash
            ON CONFLICT (figure_hash) DO UPDATE SET support = figures.support + excluded.support
            """, new { documents = _dialect.ListValue(documents) }, _transaction, cancellationToken: cancellationToken));
        var links = claims
            .SelectMany(c => c.Claim.LinkKeys.Select(k => (Key: k.Value, Figure: LookupHash.Of(c.Claim.Figure))))
            .Distinct()
            .OrderBy(l => l.Key, StringComparer.Ordinal)
            .ThenBy(l => l.Figure)
            .Select(l => new object?[] { l.Key, l.Figure })
            .ToList();
        await _links.ExecuteAsync(links, cancellationToken);
    }

    // One value per column of Names, in order.
    private static object?[] Values(long documentId, Claim claim, long? subjectId)
    {
        var q = claim.Quantity;
        var total = claim.ShareOf?.Total;
        var reference = claim.ChangeOf?.Reference;
        var figure = claim.Figure;
        return
        [
            documentId, q.Span.Start, q.Span.End, claim.Quote, claim.Sentence.Start, claim.Sentence.End, subjectId,
            StoredNames.ToName(claim.Role), claim.Metric, claim.MetricKey,
            DecimalText.ToStored(q.Value), DecimalText.LowToStored(q.Low), DecimalText.HighToStored(q.High),
            q.Unit.Code, StoredNames.ToName(q.Unit.Dimension), q.Noun, StoredNames.ToName(q.Change), q.Qualifier.ToName(),
            claim.Period?.Label, DateText.ToStored(claim.Period?.Start), DateText.ToStored(claim.Period?.End), claim.PeriodInferred ? 1 : 0,
            claim.Attribution, claim.Hedged ? 1 : 0, claim.Negated ? 1 : 0, claim.Confidence, StoredNames.ToName(claim.Scope),
            claim.ShareOf?.MetricKey,
            total is null ? null : DecimalText.ToStored(total.Value),
            total is null ? null : DecimalText.LowToStored(total.Low),
            total is null ? null : DecimalText.HighToStored(total.High),
            total?.Unit.Code,
            total is null ? null : StoredNames.ToName(total.Unit.Dimension),
            total?.Span.Start, total?.Span.End, total?.Qualifier.ToName(), total?.Noun,
            total is null ? null : StoredNames.ToName(total.Change),
            claim.ChangeOf?.LevelMetricKey, reference?.Label, DateText.ToStored(reference?.Start), DateText.ToStored(reference?.End),
            claim.Key.Value, figure, LookupHash.Of(figure),
        ];
    }

    public void Dispose()
    {
        _insert.Dispose();
        _links.Dispose();
    }
}
