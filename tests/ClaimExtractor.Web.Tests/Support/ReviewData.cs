using System.Security.Cryptography;
using System.Text;
using ClaimExtractor.Core.Analysis;
using ClaimExtractor.Core.Claims;
using ClaimExtractor.Core.Consistency;
using ClaimExtractor.Core.Documents;
using ClaimExtractor.Core.Entities;
using ClaimExtractor.Core.Periods;
using ClaimExtractor.Core.Quantities;
using ClaimExtractor.Core.Storage;
using ClaimExtractor.Core.Text;

namespace ClaimExtractor.Web.Tests.Support;

/// <summary>
/// Three articles and three flags of different severity, kind and outlet, one article carrying markup an attacker
/// would plant. Written for these tests; it special-cases nothing in the product.
/// </summary>
public static class ReviewData
{
    public const string AlphaText =
        "Officials met on Monday. The budget was discussed at length. " +
        "Northland's hackers stole $1.34 billion in 2024, Chainwatch said. " +
        "The agency declined to comment. Markets were calm. Nothing else happened.";

    public const string BetaText =
        "<script>alert('owned')</script> Intro line. " +
        "Northland's hackers took $1.6 billion in 2024, <img src=x onerror=alert(1)> analysts say. " +
        "The end.";

    public const string GammaText =
        "A quiet report. Northland stole $900 million in 2024, a think tank wrote. Another line.";

    public static readonly EntityRef Northland = new("Northland", EntityType.Gpe);

    public static Article Alpha { get; } = Article("wire/alpha.txt", AlphaText, new DateOnly(2024, 12, 19), "Wire Daily", "Hackers' record year");

    public static Article Beta { get; } = Article("blog/beta.html", BetaText, new DateOnly(2025, 1, 15), "Tech <b>Blog</b>", "<script>alert('title')</script>");

    public static Article Gamma { get; } = Article("think/gamma.txt", GammaText, new DateOnly(2025, 3, 1), "Policy Review", "A think tank's count");

    /// <summary>Stores the three articles and flags: alpha/beta 0.9 (value_mismatch), beta/gamma 0.6 (arithmetic), alpha/gamma 0.3 (value_mismatch).</summary>
    public static async Task<Ids> FillAsync(IClaimStore store, CancellationToken cancellationToken)
    {
        var docs = (await store.SaveDocumentsAsync(
        [
            Save(Alpha, Claim(AlphaText, "$1.34 billion", 1.34e9m)),
            Save(Beta, Claim(BetaText, "$1.6 billion", 1.6e9m)),
            Save(Gamma, Claim(GammaText, "$900 million", 9e8m)),
        ], cancellationToken)).Documents;
        var a = (await store.ReadDocumentClaimsAsync(docs[0], cancellationToken))[0];
        var b = (await store.ReadDocumentClaimsAsync(docs[1], cancellationToken))[0];
        var g = (await store.ReadDocumentClaimsAsync(docs[2], cancellationToken))[0];
        await store.SaveContradictionsAsync(docs[2],
        [
            new Contradiction(b.Id, g.Id, ContradictionKind.Arithmetic, 0.6, 0.7, "Beta's $1.6 billion cannot follow from Gamma's $900 million.", a.Claim.Key),
            new Contradiction(a.Id, g.Id, ContradictionKind.ValueMismatch, 0.3, 0.5, "Alpha says $1.34 billion, Gamma says $900 million.", a.Claim.Key),
            new Contradiction(a.Id, b.Id, ContradictionKind.ValueMismatch, 0.9, 0.9, "Alpha says $1.34 billion, Beta says $1.6 billion <b>really</b>.", a.Claim.Key),
        ], cancellationToken);
        var flags = new List<ContradictionRecord>();
        await foreach (var flag in store.ReadContradictionsAsync(new ContradictionQuery(), cancellationToken))
        {
            flags.Add(flag);
        }

        return new Ids(docs[0], docs[1], docs[2], flags[0].Id, flags[1].Id, flags[2].Id);
    }

    private static Article Article(string source, string text, DateOnly published, string outlet, string title) => new()
    {
        Source = source,
        Text = text,
        ContentHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))),
        Metadata = new ArticleMetadata
        {
            Title = title,
            Outlet = outlet,
            Published = published,
            PublishedFrom = PublishedSource.Sidecar,
            Language = "en",
        },
    };

    private static Claim Claim(string text, string quote, decimal value)
    {
        var start = text.IndexOf(quote, StringComparison.Ordinal);
        var sentenceStart = text.LastIndexOf(". ", start, StringComparison.Ordinal) + 2;
        var sentenceEnd = text.IndexOf(". ", start, StringComparison.Ordinal) + 1;
        return new Claim
        {
            Quantity = new Quantity(new TextSpan(start, start + quote.Length), value, value, value, Unit.Usd, Qualifier.None),
            Quote = quote,
            Sentence = new TextSpan(sentenceStart, sentenceEnd),
            Subject = Northland,
            Metric = "cryptocurrency stolen",
            MetricKey = "crypto_theft_value",
            Period = Period.Year(2024),
            Confidence = 0.9,
        };
    }

    private static DocumentToSave Save(Article article, Claim claim)
    {
        var mentions = new List<EntityMention>();
        for (var at = article.Text.IndexOf("Northland", StringComparison.Ordinal); at >= 0; at = article.Text.IndexOf("Northland", at + 1, StringComparison.Ordinal))
        {
            mentions.Add(new EntityMention(new TextSpan(at, at + "Northland".Length), Northland, MentionKind.Name));
        }

        return new DocumentToSave(article, new DocumentAnalysis([claim], mentions, []), "test-extractor/1");
    }

    /// <summary>The stored ids, flags most severe first.</summary>
    public sealed record Ids(DocumentId Alpha, DocumentId Beta, DocumentId Gamma, long Severe, long Middle, long Mild);
}
