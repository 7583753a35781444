using System.Globalization;
using ClaimExtractor.Core.Claims;
using ClaimExtractor.Core.Consistency;
using ClaimExtractor.Core.Documents;
using ClaimExtractor.Core.Quantities;
using ClaimExtractor.Storage.Store;
using ClaimExtractor.Web.Pages;

namespace ClaimExtractor.Web.Api;

/// <summary>A claim as the API returns it: flat, so JSON and CSV share one shape. Unbounded ends are null.</summary>
public sealed record ClaimItem(
    long Id, long DocumentId, string Source, string? Title, string? Outlet, string? Published, string Quote,
    decimal Value, decimal? Low, decimal? High, string Unit, string? Qualifier, string? Subject, string Metric,
    string MetricKey, string? Period, string? Attribution, bool Hedged, bool Negated, double Confidence, string Key,
    string Sentence)
{
    /// <summary>The item for a stored claim.</summary>
    public static ClaimItem From(StoredClaim stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var claim = stored.Claim;
        var quantity = claim.Quantity;
        return new ClaimItem(
            stored.Id.Value, stored.Document.Id.Value, stored.Document.Source, stored.Document.Title, stored.Document.Outlet,
            Names.Of(stored.Document.Published), claim.Quote, quantity.Value,
            quantity.Low == decimal.MinValue ? null : quantity.Low, quantity.High == decimal.MaxValue ? null : quantity.High,
            quantity.Unit.Code, quantity.Qualifier.ToName(), claim.Subject?.Name, claim.Metric, claim.MetricKey,
            claim.Period?.Label, claim.Attribution, claim.Hedged, claim.Negated, claim.Confidence, claim.Key.Value,
            stored.SentenceText);
    }

    /// <summary>The CSV columns.</summary>
    public static CsvTable<ClaimItem> Csv { get; } = new(
    [
        ("id", c => Text(c.Id)), ("document_id", c => Text(c.DocumentId)), ("source", c => c.Source), ("title", c => c.Title),
        ("outlet", c => c.Outlet), ("published", c => c.Published), ("quote", c => c.Quote), ("value", c => Text(c.Value)),
        ("low", c => Text(c.Low)), ("high", c => Text(c.High)), ("unit", c => c.Unit), ("qualifier", c => c.Qualifier),
        ("subject", c => c.Subject), ("metric", c => c.Metric), ("metric_key", c => c.MetricKey), ("period", c => c.Period),
        ("attribution", c => c.Attribution), ("hedged", c => Text(c.Hedged)), ("negated", c => Text(c.Negated)),
        ("confidence", c => Text(c.Confidence)), ("key", c => c.Key), ("sentence", c => c.Sentence),
    ]);

    internal static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);

    internal static string? Text(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);

    internal static string Text(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    internal static string Text(bool value) => value ? "true" : "false";
}

/// <summary>A contradiction as the API returns it, with both claims' essentials.</summary>
public sealed record ContradictionItem(
    long Id, string Kind, string Status, double Severity, double Score, string Key, string Explanation,
    long ClaimA, long DocumentA, string? OutletA, string? PublishedA, string QuoteA,
    long ClaimB, long DocumentB, string? OutletB, string? PublishedB, string QuoteB)
{
    /// <summary>The item for a stored flag.</summary>
    public static ContradictionItem From(ContradictionRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var flag = record.Contradiction;
        return new ContradictionItem(
            record.Id, flag.Kind.ToName(), Names.Of(record.Status), flag.Severity, flag.Score, flag.Key.Value, flag.Explanation,
            record.A.Id.Value, record.A.Document.Id.Value, record.A.Document.Outlet, Names.Of(record.A.Document.Published), record.A.Claim.Quote,
            record.B.Id.Value, record.B.Document.Id.Value, record.B.Document.Outlet, Names.Of(record.B.Document.Published), record.B.Claim.Quote);
    }

    /// <summary>The CSV columns.</summary>
    public static CsvTable<ContradictionItem> Csv { get; } = new(
    [
        ("id", c => ClaimItem.Text(c.Id)), ("kind", c => c.Kind), ("status", c => c.Status), ("severity", c => ClaimItem.Text(c.Severity)),
        ("score", c => ClaimItem.Text(c.Score)), ("key", c => c.Key), ("explanation", c => c.Explanation),
        ("claim_a", c => ClaimItem.Text(c.ClaimA)), ("document_a", c => ClaimItem.Text(c.DocumentA)), ("outlet_a", c => c.OutletA),
        ("published_a", c => c.PublishedA), ("quote_a", c => c.QuoteA),
        ("claim_b", c => ClaimItem.Text(c.ClaimB)), ("document_b", c => ClaimItem.Text(c.DocumentB)), ("outlet_b", c => c.OutletB),
        ("published_b", c => c.PublishedB), ("quote_b", c => c.QuoteB),
    ]);
}

/// <summary>A document as the API lists it (its text is left out; the review page shows it).</summary>
public sealed record DocumentItem(
    long Id, string Source, string? Title, string? Outlet, string? Url, string? Published, string Status, string? Error, int TextLength)
{
    /// <summary>The item for a stored document.</summary>
    public static DocumentItem From(DocumentRecord document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new DocumentItem(
            document.Id.Value, document.Source, document.Metadata.Title, document.Metadata.Outlet, document.Metadata.Url,
            Names.Of(document.Metadata.Published), Names.Of(document.Status), document.Error, document.Text.Length);
    }

    /// <summary>The CSV columns.</summary>
    public static CsvTable<DocumentItem> Csv { get; } = new(
    [
        ("id", d => ClaimItem.Text(d.Id)), ("source", d => d.Source), ("title", d => d.Title), ("outlet", d => d.Outlet),
        ("url", d => d.Url), ("published", d => d.Published), ("status", d => d.Status), ("error", d => d.Error),
        ("text_length", d => ClaimItem.Text(d.TextLength)),
    ]);
}

/// <summary>The CSV columns of <see cref="EntitySummary"/>, which the API returns as is.</summary>
public static class EntityCsv
{
    /// <summary>The CSV columns.</summary>
    public static CsvTable<EntitySummary> Csv { get; } = new(
    [
        ("id", e => ClaimItem.Text(e.Id)), ("name", e => e.Name), ("type", e => e.Type),
        ("aliases", e => string.Join("; ", e.Aliases)), ("claims", e => ClaimItem.Text(e.Claims)),
    ]);
}
