using ClaimExtractor.Core.Claims;
using ClaimExtractor.Core.Documents;
using ClaimExtractor.Core.Entities;
using ClaimExtractor.Core.Periods;
using ClaimExtractor.Core.Quantities;
using ClaimExtractor.Core.Text;
using ClaimExtractor.Storage.Mapping;

namespace ClaimExtractor.Storage.Store;

/// <summary>Rebuilds Core's <see cref="Claim"/> from a <see cref="ClaimRow"/>, field for field what the inserter wrote.</summary>
internal static class ClaimRowMapper
{
    /// <summary>The select list for <see cref="ClaimRow"/>; use with <see cref="From"/>.</summary>
    public const string Columns = """
        c.id AS Id, c.document_id AS DocumentId, d.source AS Source, d.title AS Title, d.outlet AS Outlet,
        d.published AS Published, c."start" AS SpanStart, c."end" AS SpanEnd, c.quote AS Quote,
        c.sentence_start AS SentenceStart, c.sentence_end AS SentenceEnd, c.subject_entity_id AS SubjectId,
        e.name AS SubjectName, e.type AS SubjectType, c.role AS Role, c.metric AS Metric, c.metric_key AS MetricKey,
        c.value AS Value, c.value_low AS ValueLow, c.value_high AS ValueHigh, c.unit AS Unit,
        c.unit_dimension AS UnitDimension, c.noun AS Noun, c.change AS Change, c.qualifier AS Qualifier,
        c.period_label AS PeriodLabel, c.period_start AS PeriodStart, c.period_end AS PeriodEnd, c.period_inferred AS PeriodInferred,
        c.attribution AS Attribution, c.hedged AS Hedged, c.negated AS Negated, c.confidence AS Confidence,
        c.scope AS Scope, c.share_base_key AS ShareBaseKey, c.share_total_value AS ShareTotalValue,
        c.share_total_low AS ShareTotalLow, c.share_total_high AS ShareTotalHigh, c.share_total_unit AS ShareTotalUnit,
        c.share_total_unit_dimension AS ShareTotalUnitDimension, c.share_total_start AS ShareTotalStart,
        c.share_total_end AS ShareTotalEnd, c.share_total_qualifier AS ShareTotalQualifier,
        c.share_total_noun AS ShareTotalNoun, c.share_total_change AS ShareTotalChange,
        c.change_level_key AS ChangeLevelKey, c.change_reference_label AS ChangeReferenceLabel,
        c.change_reference_start AS ChangeReferenceStart, c.change_reference_end AS ChangeReferenceEnd,
        c.premium_price_key AS PremiumPriceKey, c.premium_base_subject AS PremiumBaseSubject,
        c.premium_base_subject_type AS PremiumBaseSubjectType, c.premium_base_key AS PremiumBaseKey,
        c.premium_base_label AS PremiumBaseLabel, c.premium_base_start AS PremiumBaseStart,
        c.premium_base_end AS PremiumBaseEnd, c.premium_is_discount AS PremiumIsDiscount
        """;

    public const string From = """
        FROM claims c
        JOIN documents d ON d.id = c.document_id
        LEFT JOIN entities e ON e.id = c.subject_entity_id
        """;

    public static StoredClaim ToStored(ClaimRow row, string documentText) => StoredClaim.Of(
        new ClaimId(row.Id),
        new DocumentRef(new DocumentId(row.DocumentId), row.Source, row.Title, row.Outlet, DateText.FromStored(row.Published)),
        ToClaim(row),
        documentText,
        row.SubjectId is { } id ? new EntityId(id) : null);

    public static Claim ToClaim(ClaimRow row) => new()
    {
        Quantity = new Quantity(
            new TextSpan(checked((int)row.SpanStart), checked((int)row.SpanEnd)),
            DecimalText.FromStored(row.Value),
            DecimalText.LowFromStored(row.ValueLow),
            DecimalText.HighFromStored(row.ValueHigh),
            new Unit(row.Unit, StoredNames.Parse<UnitDimension>(row.UnitDimension)),
            QualifierNames.Parse(row.Qualifier),
            row.Noun,
            StoredNames.Parse<QuantityChange>(row.Change)),
        Quote = row.Quote,
        Sentence = new TextSpan(checked((int)row.SentenceStart), checked((int)row.SentenceEnd)),
        Subject = row.SubjectName is null ? null : new EntityRef(row.SubjectName, EntityTypeNames.Parse(row.SubjectType)),
        Role = StoredNames.Parse<SubjectRole>(row.Role),
        Metric = row.Metric,
        MetricKey = row.MetricKey,
        Period = row.PeriodLabel is null
            ? null
            : new Period(DateText.FromStored(row.PeriodStart), DateText.FromStored(row.PeriodEnd), row.PeriodLabel),
        PeriodInferred = row.PeriodInferred != 0,
        Attribution = row.Attribution,
        Hedged = row.Hedged != 0,
        Negated = row.Negated != 0,
        Confidence = row.Confidence,
        Scope = StoredNames.Parse<ClaimScope>(row.Scope),
        ShareOf = row.ShareBaseKey is null ? null : new ShareBase(row.ShareBaseKey, ShareTotal(row)),
        ChangeOf = row.ChangeLevelKey is null
            ? null
            : new ChangeFrame(
                row.ChangeLevelKey,
                row.ChangeReferenceLabel is null
                    ? null
                    : new Period(
                        DateText.FromStored(row.ChangeReferenceStart),
                        DateText.FromStored(row.ChangeReferenceEnd),
                        row.ChangeReferenceLabel)),
        PremiumTo = Premium(row),
    };

    private static PremiumFrame? Premium(ClaimRow row) =>
        row is { PremiumPriceKey: { } price, PremiumBaseSubject: { } subject, PremiumBaseKey: { } key, PremiumBaseLabel: { } label }
            ? new PremiumFrame(
                price,
                new EntityRef(subject, EntityTypeNames.Parse(row.PremiumBaseSubjectType)),
                key,
                new Period(DateText.FromStored(row.PremiumBaseStart), DateText.FromStored(row.PremiumBaseEnd), label),
                row.PremiumIsDiscount == 1)
            : null;

    private static Quantity? ShareTotal(ClaimRow row) => row.ShareTotalValue is null
        ? null
        : new Quantity(
            new TextSpan(checked((int)(row.ShareTotalStart ?? 0)), checked((int)(row.ShareTotalEnd ?? 0))),
            DecimalText.FromStored(row.ShareTotalValue),
            DecimalText.LowFromStored(row.ShareTotalLow),
            DecimalText.HighFromStored(row.ShareTotalHigh),
            new Unit(row.ShareTotalUnit ?? "", StoredNames.Parse<UnitDimension>(row.ShareTotalUnitDimension ?? "measure")),
            QualifierNames.Parse(row.ShareTotalQualifier),
            row.ShareTotalNoun,
            StoredNames.Parse<QuantityChange>(row.ShareTotalChange ?? "none"));
}
