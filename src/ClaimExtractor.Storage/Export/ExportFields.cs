using ClaimExtractor.Core.Claims;
using ClaimExtractor.Core.Consistency;
using ClaimExtractor.Core.Documents;
using ClaimExtractor.Core.Entities;
using ClaimExtractor.Core.Quantities;
using ClaimExtractor.Storage.Mapping;

namespace ClaimExtractor.Storage.Export;

/// <summary>
/// The export contract (DESIGN.md, "Export"): field names, nesting and order of documents, claims and
/// contradictions, written once for both JSON Lines and CSV.
/// </summary>
internal static class ExportFields
{
    public static void Document(RecordWriter w, DocumentRecord document)
    {
        var metadata = document.Metadata;
        w.Number("id", document.Id.Value);
        w.Text("source", document.Source);
        w.Text("url", metadata.Url);
        w.Text("title", metadata.Title);
        w.Text("outlet", metadata.Outlet);
        w.Texts("authors", metadata.Authors);
        w.Text("published", DateText.ToStored(metadata.Published));
        w.Text("published_from", metadata.PublishedFrom.ToName());
        w.Text("language", metadata.Language);
        w.Text("text", document.Text);
        w.Text("status", StoredNames.ToName(document.Status));
        w.Text("error", document.Error);
        w.Number("duplicate_of", document.DuplicateOf?.Value);
        w.Text("modified", DateText.ToStored(metadata.Modified));
        w.Text("fetched", metadata.Fetched is { } fetched ? DateText.ToStored(fetched) : null);
    }

    public static void Claim(RecordWriter w, StoredClaim stored)
    {
        var claim = stored.Claim;
        var quantity = claim.Quantity;
        w.Number("claim_id", stored.Id.Value);

        w.BeginObject("document", present: true);
        w.Number("id", stored.Document.Id.Value);
        w.Text("source", stored.Document.Source);
        w.Text("title", stored.Document.Title);
        w.Text("outlet", stored.Document.Outlet);
        w.Text("published", DateText.ToStored(stored.Document.Published));
        w.EndObject();

        w.Text("sentence", stored.SentenceText);

        w.BeginObject("span", present: true);
        w.Number("start", (long)quantity.Span.Start);
        w.Number("end", (long)quantity.Span.End);
        w.Text("text", claim.Quote);
        w.EndObject();

        w.BeginObject("subject", present: claim.Subject is not null);
        w.Text("name", claim.Subject?.Name);
        w.Text("type", claim.Subject?.Type.ToName());
        w.Number("entity_id", stored.SubjectId?.Value);
        w.EndObject();

        w.Text("metric", claim.Metric);
        if (quantity.Unit.Dimension == UnitDimension.Date)
        {
            // A date claim's value is the date's label ("2024-05"); its day-number encoding means nothing to a reader.
            w.Text("value", DateQuantity.DateOf(quantity)?.Label);
            w.Number("value_low", (decimal?)null);
            w.Number("value_high", (decimal?)null);
        }
        else
        {
            w.Number("value", quantity.Value);
            w.Number("value_low", quantity.Low == decimal.MinValue ? null : quantity.Low);
            w.Number("value_high", quantity.High == decimal.MaxValue ? null : quantity.High);
        }

        w.Text("unit", quantity.Unit.Code);
        w.Text("qualifier", quantity.Qualifier.ToName());

        w.BeginObject("period", present: claim.Period is not null);
        w.Text("label", claim.Period?.Label);
        w.Text("start", DateText.ToStored(claim.Period?.Start));
        w.Text("end", DateText.ToStored(claim.Period?.End));
        w.Boolean("inferred", claim.PeriodInferred);
        w.EndObject();

        w.Text("attribution", claim.Attribution);
        w.Boolean("hedged", claim.Hedged);
        w.Number("confidence", claim.Confidence);

        // Extra fields after the contract's.
        w.Text("metric_key", claim.MetricKey);
        w.Text("role", StoredNames.ToName(claim.Role));
        w.Text("scope", StoredNames.ToName(claim.Scope));
        w.Boolean("negated", claim.Negated);
        w.Text("key", claim.Key.Value);
    }

    public static void Contradiction(RecordWriter w, ContradictionRecord record)
    {
        var contradiction = record.Contradiction;
        w.Number("contradiction_id", record.Id);
        w.Text("kind", contradiction.Kind.ToName());
        w.Number("severity", contradiction.Severity);
        w.Number("score", contradiction.Score);
        w.Text("explanation", contradiction.Explanation);
        w.Text("status", StoredNames.ToName(record.Status));

        w.BeginObject("a", present: true);
        Claim(w, record.A);
        w.EndObject();

        w.BeginObject("b", present: true);
        Claim(w, record.B);
        w.EndObject();
    }
}
