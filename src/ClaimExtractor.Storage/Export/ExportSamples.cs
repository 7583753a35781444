using ClaimExtractor.Core.Claims;
using ClaimExtractor.Core.Consistency;
using ClaimExtractor.Core.Documents;
using ClaimExtractor.Core.Quantities;
using ClaimExtractor.Core.Text;

namespace ClaimExtractor.Storage.Export;

/// <summary>
/// Placeholder records that give the CSV writer its header when a file has no rows. <see cref="ExportFields"/>
/// writes every field whatever the values, so the header never depends on which sample is used.
/// </summary>
internal static class ExportSamples
{
    public static DocumentRecord Document { get; } =
        new(new DocumentId(0), "", "", "", ArticleMetadata.Empty, DocumentStatus.Ok, null, null);

    public static StoredClaim Claim { get; } = new(
        new ClaimId(0),
        new DocumentRef(new DocumentId(0), "", null, null, null),
        new Claim
        {
            Quantity = new Quantity(new TextSpan(0, 0), 0m, 0m, 0m, Unit.Count, Qualifier.None),
            Quote = "",
            Sentence = new TextSpan(0, 0),
            Metric = "",
            MetricKey = "",
        },
        "",
        null);

    public static ContradictionRecord Contradiction { get; } = new(
        0,
        new Contradiction(new ClaimId(0), new ClaimId(0), ContradictionKind.ValueMismatch, 0, 0, "", new ClaimKey("")),
        ContradictionStatus.Open,
        Claim,
        Claim);
}
