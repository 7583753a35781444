using System.Data.Common;
using ClaimExtractor.Core.Claims;
using ClaimExtractor.Core.Quantities;
using ClaimExtractor.Storage.Mapping;

namespace ClaimExtractor.Storage.Store;

/// <summary>Writes claim rows through one prepared INSERT; <see cref="ClaimRowMapper"/> reads them back.</summary>
internal sealed class ClaimInserter : IDisposable
{
    private static readonly string[] Names =
    [
        "document_id", "start", "end", "quote", "sentence_start", "sentence_end", "subject_entity_id", "role",
        "metric", "metric_key", "value", "value_low", "value_high", "unit", "unit_dimension", "noun", "change",
        "qualifier", "period_label", "period_start", "period_end", "attribution", "hedged", "negated", "confidence",
        "scope", "share_base_key", "share_total_value", "share_total_low", "share_total_high", "share_total_unit",
        "share_total_unit_dimension", "share_total_start", "share_total_end", "share_total_qualifier",
        "share_total_noun", "share_total_change", "change_level_key", "change_reference_label",
        "change_reference_start", "change_reference_end", "claim_key", "figure",
    ];

    private static readonly string Sql =
        $"INSERT INTO claims ({string.Join(", ", Names.Select(n => $"\"{n}\""))}) " +
        $"VALUES ({string.Join(", ", Names.Select(n => "@" + n))}) RETURNING id";

    private readonly PreparedCommand _insert;
    private readonly PreparedCommand _figure;
    private readonly PreparedCommand _link;

    public ClaimInserter(DbConnection connection, DbTransaction transaction)
    {
        _insert = new PreparedCommand(connection, transaction, Sql, [.. Names.Select(n => "@" + n)]);
        _figure = new PreparedCommand(connection, transaction, """
            INSERT INTO figures (figure, claim_key, claim_id, support) VALUES (@figure, @claim_key, @claim_id, 1)
            ON CONFLICT (figure) DO UPDATE SET support = figures.support + 1
            """, "@figure", "@claim_key", "@claim_id");
        _link = new PreparedCommand(connection, transaction,
            "INSERT INTO figure_links (link_key, figure) VALUES (@link_key, @figure) ON CONFLICT DO NOTHING", "@link_key", "@figure");
    }

    public async Task InsertAsync(long documentId, Claim claim, long? subjectId, CancellationToken cancellationToken)
    {
        var q = claim.Quantity;
        var total = claim.ShareOf?.Total;
        var reference = claim.ChangeOf?.Reference;
        _insert
            .Set("@document_id", documentId)
            .Set("@start", q.Span.Start)
            .Set("@end", q.Span.End)
            .Set("@quote", claim.Quote)
            .Set("@sentence_start", claim.Sentence.Start)
            .Set("@sentence_end", claim.Sentence.End)
            .Set("@subject_entity_id", subjectId)
            .Set("@role", StoredNames.ToName(claim.Role))
            .Set("@metric", claim.Metric)
            .Set("@metric_key", claim.MetricKey)
            .Set("@value", DecimalText.ToStored(q.Value))
            .Set("@value_low", DecimalText.LowToStored(q.Low))
            .Set("@value_high", DecimalText.HighToStored(q.High))
            .Set("@unit", q.Unit.Code)
            .Set("@unit_dimension", StoredNames.ToName(q.Unit.Dimension))
            .Set("@noun", q.Noun)
            .Set("@change", StoredNames.ToName(q.Change))
            .Set("@qualifier", q.Qualifier.ToName())
            .Set("@period_label", claim.Period?.Label)
            .Set("@period_start", DateText.ToStored(claim.Period?.Start))
            .Set("@period_end", DateText.ToStored(claim.Period?.End))
            .Set("@attribution", claim.Attribution)
            .Set("@hedged", claim.Hedged ? 1 : 0)
            .Set("@negated", claim.Negated ? 1 : 0)
            .Set("@confidence", claim.Confidence)
            .Set("@scope", StoredNames.ToName(claim.Scope))
            .Set("@share_base_key", claim.ShareOf?.MetricKey)
            .Set("@share_total_value", total is null ? null : DecimalText.ToStored(total.Value))
            .Set("@share_total_low", total is null ? null : DecimalText.LowToStored(total.Low))
            .Set("@share_total_high", total is null ? null : DecimalText.HighToStored(total.High))
            .Set("@share_total_unit", total?.Unit.Code)
            .Set("@share_total_unit_dimension", total is null ? null : StoredNames.ToName(total.Unit.Dimension))
            .Set("@share_total_start", total?.Span.Start)
            .Set("@share_total_end", total?.Span.End)
            .Set("@share_total_qualifier", total?.Qualifier.ToName())
            .Set("@share_total_noun", total?.Noun)
            .Set("@share_total_change", total is null ? null : StoredNames.ToName(total.Change))
            .Set("@change_level_key", claim.ChangeOf?.LevelMetricKey)
            .Set("@change_reference_label", reference?.Label)
            .Set("@change_reference_start", DateText.ToStored(reference?.Start))
            .Set("@change_reference_end", DateText.ToStored(reference?.End))
            .Set("@claim_key", claim.Key.Value)
            .Set("@figure", claim.Figure);
        var id = await _insert.ScalarAsync(cancellationToken)
            ?? throw new InvalidOperationException("inserting a claim returned no id");
        string figure = claim.Figure;
        await _figure.Set("@figure", figure).Set("@claim_key", claim.Key.Value).Set("@claim_id", id).ExecuteAsync(cancellationToken);
        foreach (var link in claim.LinkKeys.Select(k => k.Value).Distinct(StringComparer.Ordinal))
        {
            await _link.Set("@link_key", link).Set("@figure", figure).ExecuteAsync(cancellationToken);
        }
    }

    public void Dispose()
    {
        _insert.Dispose();
        _figure.Dispose();
        _link.Dispose();
    }
}
