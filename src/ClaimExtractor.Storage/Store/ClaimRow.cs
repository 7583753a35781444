namespace ClaimExtractor.Storage.Store;

/// <summary>A claim row joined with its document and subject, as Dapper reads it (see <see cref="ClaimRowMapper.Columns"/>).</summary>
internal sealed class ClaimRow
{
    public long Id { get; set; }

    public long DocumentId { get; set; }

    public string Source { get; set; } = "";

    public string? Title { get; set; }

    public string? Outlet { get; set; }

    public string? Published { get; set; }

    public long SpanStart { get; set; }

    public long SpanEnd { get; set; }

    public string Quote { get; set; } = "";

    public long SentenceStart { get; set; }

    public long SentenceEnd { get; set; }

    public long? SubjectId { get; set; }

    public string? SubjectName { get; set; }

    public string? SubjectType { get; set; }

    public string Role { get; set; } = "";

    public string Metric { get; set; } = "";

    public string MetricKey { get; set; } = "";

    public string Value { get; set; } = "";

    public string? ValueLow { get; set; }

    public string? ValueHigh { get; set; }

    public string Unit { get; set; } = "";

    public string UnitDimension { get; set; } = "";

    public string? Noun { get; set; }

    public string Change { get; set; } = "";

    public string? Qualifier { get; set; }

    public string? PeriodLabel { get; set; }

    public string? PeriodStart { get; set; }

    public string? PeriodEnd { get; set; }

    public long PeriodInferred { get; set; }

    public string? Attribution { get; set; }

    public long Hedged { get; set; }

    public long Negated { get; set; }

    public double Confidence { get; set; }

    public string Scope { get; set; } = "";

    public string? ShareBaseKey { get; set; }

    public string? ShareTotalValue { get; set; }

    public string? ShareTotalLow { get; set; }

    public string? ShareTotalHigh { get; set; }

    public string? ShareTotalUnit { get; set; }

    public string? ShareTotalUnitDimension { get; set; }

    public long? ShareTotalStart { get; set; }

    public long? ShareTotalEnd { get; set; }

    public string? ShareTotalQualifier { get; set; }

    public string? ShareTotalNoun { get; set; }

    public string? ShareTotalChange { get; set; }

    public string? ChangeLevelKey { get; set; }

    public string? ChangeReferenceLabel { get; set; }

    public string? ChangeReferenceStart { get; set; }

    public string? ChangeReferenceEnd { get; set; }

    public string? PremiumPriceKey { get; set; }

    public string? PremiumBaseSubject { get; set; }

    public string? PremiumBaseSubjectType { get; set; }

    public string? PremiumBaseKey { get; set; }

    public string? PremiumBaseLabel { get; set; }

    public string? PremiumBaseStart { get; set; }

    public string? PremiumBaseEnd { get; set; }

    public long? PremiumIsDiscount { get; set; }
}
