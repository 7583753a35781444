using System.Security.Cryptography;
using System.Text;
using ClaimExtractor.Core.Analysis;
using ClaimExtractor.Core.Claims;
using ClaimExtractor.Core.Documents;
using ClaimExtractor.Core.Entities;
using ClaimExtractor.Core.Periods;
using ClaimExtractor.Core.Quantities;
using ClaimExtractor.Core.Storage;
using ClaimExtractor.Core.Text;

namespace ClaimExtractor.Storage.Tests.Support;

/// <summary>Builders for articles and claims whose offsets are found in the text, so fixtures stay readable.</summary>
public static class Fixtures
{
    public static readonly EntityRef Northland = new("Northland", EntityType.Gpe);
    public static readonly EntityRef Chainwatch = new("Chainwatch", EntityType.Org);

    public static Article Article(string source, string text, DateOnly? published = null, string? outlet = null, string? title = null) => new()
    {
        Source = source,
        Text = text,
        ContentHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))),
        Metadata = new ArticleMetadata
        {
            Title = title,
            Outlet = outlet,
            Url = outlet is null ? null : "https://example.org/" + source,
            Authors = outlet is null ? [] : ["Ann Writer", "Bo Reporter"],
            Published = published,
            PublishedFrom = published is null ? PublishedSource.None : PublishedSource.Sidecar,
            Language = "en",
        },
    };

    /// <summary>A claim on the first occurrence of <paramref name="quote"/>, its sentence ending at the next ". ".</summary>
    public static Claim Claim(
        string text,
        string quote,
        decimal value,
        Unit unit,
        EntityRef? subject = null,
        Period? period = null,
        string metric = "cryptocurrency stolen",
        string metricKey = "crypto_theft_value")
    {
        var start = text.IndexOf(quote, StringComparison.Ordinal);
        if (start < 0)
        {
            throw new ArgumentException($"'{quote}' is not in the text", nameof(quote));
        }

        return new Claim
        {
            Quantity = new Quantity(new TextSpan(start, start + quote.Length), value, value, value, unit, Qualifier.None),
            Quote = quote,
            Sentence = SentenceAround(text, start),
            Subject = subject,
            Metric = metric,
            MetricKey = metricKey,
            Period = period,
            Confidence = 0.9,
        };
    }

    /// <summary>Mentions of <paramref name="entity"/> at every occurrence of each surface form.</summary>
    public static IEnumerable<EntityMention> Mentions(string text, EntityRef entity, params string[] surfaces)
    {
        foreach (var surface in surfaces)
        {
            for (var at = text.IndexOf(surface, StringComparison.Ordinal); at >= 0; at = text.IndexOf(surface, at + 1, StringComparison.Ordinal))
            {
                yield return new EntityMention(new TextSpan(at, at + surface.Length), entity, MentionKind.Name);
            }
        }
    }

    public static DocumentToSave Save(Article article, IReadOnlyList<Claim> claims, IReadOnlyList<EntityMention>? mentions = null, IReadOnlyList<string>? warnings = null) =>
        new(article, new DocumentAnalysis(claims, mentions ?? [], warnings ?? []), "test-extractor/1");

    public static TextSpan SentenceAround(string text, int position)
    {
        var start = text.LastIndexOf(". ", Math.Max(0, position - 1), StringComparison.Ordinal);
        start = start < 0 || start >= position ? 0 : start + 2;
        var end = text.IndexOf(". ", position, StringComparison.Ordinal);
        end = end < 0 ? text.Length : end + 1;
        return new TextSpan(start, end);
    }
}
