using ClaimExtractor.Core.Claims;
using ClaimExtractor.Core.Consistency;
using ClaimExtractor.Core.Documents;
using ClaimExtractor.Core.Periods;
using ClaimExtractor.Core.Quantities;
using ClaimExtractor.Core.Storage;
using ClaimExtractor.Core.Text;

namespace ClaimExtractor.Storage.Tests.Support;

/// <summary>
/// A small fixed store: two articles that disagree on one figure, with shares, changes, open bounds, a date claim,
/// a failed source and a contradiction. Written for these tests; it special-cases nothing in the product.
/// </summary>
public static class SampleCorpus
{
    public const string AlphaText =
        "Hackers tied to Northland stole $1.34 billion in 2024, Chainwatch said. " +
        "That was 61 percent of the $2.2 billion taken worldwide, \"a record\". " +
        "In 2023 the regime's haul was $660.5 million, so the total more than doubled.";

    public const string BetaText =
        "Northland's hackers topped $1.6 billion in stolen crypto last year, analysts say. " +
        "More than 300 attacks were counted. The largest breach was disclosed on May 3, 2024.";

    public static Article Alpha { get; } = Fixtures.Article(
        "corpus/wire/alpha.txt", AlphaText, new DateOnly(2024, 12, 19), "Wire, Inc.", "Northland hackers, a record year");

    public static Article Beta { get; } = Fixtures.Article("corpus/blog/beta.html", BetaText, new DateOnly(2025, 1, 15));

    public static IReadOnlyList<Claim> AlphaClaims { get; } =
    [
        Fixtures.Claim(AlphaText, "$1.34 billion", 1340000000m, Unit.Usd, Fixtures.Northland, Period.Year(2024)) with
        {
            Quantity = new Quantity(Span(AlphaText, "$1.34 billion"), 1340000000m, 1335000000m, 1345000000m, Unit.Usd, Qualifier.None),
            Attribution = "Chainwatch",
            Confidence = 0.92,
        },
        Fixtures.Claim(AlphaText, "61 percent", 61m, Unit.Percent, Fixtures.Northland, Period.Year(2024), "share of value stolen", "crypto_theft_share") with
        {
            ShareOf = new ShareBase(
                "crypto_theft_value",
                new Quantity(Span(AlphaText, "$2.2 billion"), 2.2e9m, 2.15e9m, 2.25e9m, Unit.Usd, Qualifier.None)),
        },
        Fixtures.Claim(AlphaText, "$660.5 million", 660.5m * 1_000_000m, Unit.Usd, Fixtures.Northland, Period.Year(2023)) with
        {
            PeriodInferred = true,
        },
        Fixtures.Claim(AlphaText, "doubled", 2m, Unit.Ratio, Fixtures.Northland, Period.Year(2024), "theft growth", "crypto_theft_value_change") with
        {
            Quantity = new Quantity(Span(AlphaText, "doubled"), 2m, 2m, decimal.MaxValue, Unit.Ratio, Qualifier.MoreThan, null, QuantityChange.Multiplier),
            ChangeOf = new ChangeFrame("crypto_theft_value", Period.Year(2023)),
            Hedged = true,
        },
    ];

    public static IReadOnlyList<Claim> BetaClaims { get; } =
    [
        Fixtures.Claim(BetaText, "$1.6 billion", 1.6e9m, Unit.Usd, Fixtures.Northland, Period.Year(2024)) with
        {
            Quantity = new Quantity(Span(BetaText, "$1.6 billion"), 1.6e9m, 1.6e9m, decimal.MaxValue, Unit.Usd, Qualifier.MoreThan),
            Attribution = "analysts",
            Confidence = 0.75,
        },
        Fixtures.Claim(BetaText, "300", 300m, Unit.Count, metric: "attacks", metricKey: "attack_count") with
        {
            Quantity = new Quantity(Span(BetaText, "300"), 300m, 300m, decimal.MaxValue, Unit.Count, Qualifier.MoreThan, "attacks"),
            Scope = ClaimScope.Total,
        },
        Fixtures.Claim(BetaText, "May 3, 2024", new DateOnly(2024, 5, 3).DayNumber, Unit.Date, metric: "breach disclosed", metricKey: "breach_date"),
    ];

    /// <summary>Saves both articles, flags the two 2024 totals, confirms that flag, and records a failed source.</summary>
    public static async Task<(DocumentId Alpha, DocumentId Beta)> FillAsync(IClaimStore store, CancellationToken cancellationToken)
    {
        var ids = (await store.SaveDocumentsAsync(
        [
            Fixtures.Save(Alpha, AlphaClaims, [.. Fixtures.Mentions(AlphaText, Fixtures.Northland, "Northland", "the regime")]),
            Fixtures.Save(Beta, BetaClaims, [.. Fixtures.Mentions(BetaText, Fixtures.Northland, "Northland")], ["no byline found"]),
        ], cancellationToken)).Documents;
        var alpha = await store.ReadDocumentClaimsAsync(ids[0], cancellationToken);
        var beta = await store.ReadDocumentClaimsAsync(ids[1], cancellationToken);
        await store.SaveContradictionsAsync(ids[1],
        [
            new Contradiction(beta[0].Id, alpha[0].Id, ContradictionKind.ValueMismatch, 0.8, 0.9,
                "Beta says more than $1.6 billion, Alpha says $1.34 billion for Northland in 2024.", alpha[0].Claim.Key),
            new Contradiction(alpha[1].Id, beta[0].Id, ContradictionKind.Arithmetic, 0.55, 0.7,
                "61% of $2.2 billion is about $1.34 billion, not more than $1.6 billion.", alpha[0].Claim.Key),
        ], cancellationToken);
        await store.SaveContradictionsAsync(ids[0], [], cancellationToken);
        await store.SaveFailedDocumentAsync("https://example.org/gone", "HTTP 404", cancellationToken);
        return (ids[0], ids[1]);
    }

    private static TextSpan Span(string text, string quote)
    {
        var start = text.IndexOf(quote, StringComparison.Ordinal);
        return new TextSpan(start, start + quote.Length);
    }
}
