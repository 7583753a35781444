using System.Data.Common;
using ClaimExtractor.Core.Claims;
using ClaimExtractor.Core.Entities;
using ClaimExtractor.Core.Quantities;
using ClaimExtractor.Storage.Mapping;

namespace ClaimExtractor.Storage.Store;

/// <summary>Writes a document's claim rows, figures and figure links; <see cref="ClaimRowMapper"/> reads the claims back.</summary>
internal sealed class ClaimInserter : IDisposable
{
    private static readonly string[] Names =
    [
        "id", "document_id", "start", "end", "quote", "sentence_start", "sentence_end", "subject_entity_id", "role",
        "metric", "metric_key", "value", "value_low", "value_high", "unit", "unit_dimension", "noun", "change",
        "qualifier", "period_label", "period_start", "period_end", "period_inferred", "attribution", "hedged", "negated", "confidence",
        "scope", "share_base_key", "share_total_value", "share_total_low", "share_total_high", "share_total_unit",
        "share_total_unit_dimension", "share_total_start", "share_total_end", "share_total_qualifier",
        "share_total_noun", "share_total_change", "change_level_key", "change_reference_label",
        "change_reference_start", "change_reference_end", "premium_price_key", "premium_base_subject",
        "premium_base_subject_type", "premium_base_key", "premium_base_label", "premium_base_start", "premium_base_end",
        "premium_is_discount", "claim_key", "figure", "figure_hash",
    ];

    private readonly DbConnection _connection;
    private readonly DbTransaction _transaction;
    private readonly SqlDialect _dialect;
    private readonly LookupHashes _hashes;
    private readonly IRowInsert _insert;
    private readonly IRowInsert _figures;
    private readonly IRowInsert _links;

    public ClaimInserter(DbConnection connection, DbTransaction transaction, SqlDialect dialect, LookupHashes hashes)
    {
        _hashes = hashes;
        _connection = connection;
        _transaction = transaction;
        _dialect = dialect;
        _insert = dialect.CreateInsert(connection, transaction,
            $"INSERT INTO claims ({string.Join(", ", Names.Select(n => $"\"{n}\""))})", Names.Length);
        _figures = dialect.CreateInsert(connection, transaction,
            "INSERT INTO figures (figure_hash, figure, key_hash, claim_key, claim_id, support)", 6,
            "ON CONFLICT (figure_hash) DO UPDATE SET support = figures.support + excluded.support");
        _links = dialect.CreateInsert(connection, transaction, "INSERT INTO figure_links (link_key, figure_hash)", 2, "ON CONFLICT DO NOTHING");
    }

    /// <summary>
    /// Inserts the claims of a batch's documents (just stored or emptied), each with its document's and its subject's
    /// id, then the figures they state and the keys those figures link to: a few statements per batch, not per claim.
    /// Returns each claim's id, in order. Figures and links go in sorted by key, so two writers upserting the same
    /// figures wait in the same order.
    /// </summary>
    public async Task<IReadOnlyList<long>> InsertAsync(IReadOnlyList<(long DocumentId, Claim Claim, long? SubjectId)> claims, CancellationToken cancellationToken)
    {
        if (claims.Count == 0)
        {
            return [];
        }

        var ids = await _dialect.ReserveIdsAsync(_connection, _transaction, "claims", claims.Count, cancellationToken);
        var stated = claims.Select(c => new Stated(c.Claim.Figure, c.Claim.Key.Value)).ToArray();
        var figures = stated.Select(f => LookupHash.Of(f.Figure)).ToArray();
        await _insert.ExecuteAsync([.. claims.Select((c, i) => Values(ids[i], c.DocumentId, c.Claim, c.SubjectId, stated[i], figures[i]))], cancellationToken);

        // Each figure the batch states: a new one is represented by its earliest claim here and supported by all of
        // them; a known one gains their support and keeps its representative.
        await _figures.ExecuteAsync(
            [.. Enumerable.Range(0, claims.Count)
                .GroupBy(i => figures[i])
                .OrderBy(g => g.Key)
                .Select(g => (Figure: g.Key, First: g.MinBy(i => ids[i]), Support: g.Count()))
                .Select(f => new object?[]
                {
                    f.Figure, stated[f.First].Figure, _hashes.Of(stated[f.First].Key), stated[f.First].Key, ids[f.First], f.Support,
                })],
            cancellationToken);
        var links = claims
            .SelectMany((c, i) => c.Claim.LinkKeys.Select(k => (Key: k.Value, Figure: figures[i])))
            .Distinct()
            .OrderBy(l => l.Key, StringComparer.Ordinal)
            .ThenBy(l => l.Figure)
            .Select(l => new object?[] { l.Key, l.Figure })
            .ToList();
        await _links.ExecuteAsync(links, cancellationToken);
        return ids;
    }

    // One value per column of Names, in order.
    private static object?[] Values(long id, long documentId, Claim claim, long? subjectId, Stated stated, long figureHash)
    {
        var q = claim.Quantity;
        var total = claim.ShareOf?.Total;
        var reference = claim.ChangeOf?.Reference;
        var premium = claim.PremiumTo;
        return
        [
            id, documentId, q.Span.Start, q.Span.End, claim.Quote, claim.Sentence.Start, claim.Sentence.End, subjectId,
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
            premium?.PriceMetricKey, premium?.BaseSubject.Name, premium?.BaseSubject.Type.ToName(), premium?.BaseMetricKey,
            premium?.BasePeriod.Label, DateText.ToStored(premium?.BasePeriod.Start), DateText.ToStored(premium?.BasePeriod.End),
            premium is null ? null : premium.IsDiscount ? 1 : 0,
            stated.Key, stated.Figure, figureHash,
        ];
    }

    public void Dispose()
    {
        _insert.Dispose();
        _figures.Dispose();
        _links.Dispose();
    }

    // A claim's figure and key texts, built once per claim (each is a join of its fields).
    private readonly record struct Stated(string Figure, string Key);
}
