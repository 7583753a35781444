using System.Globalization;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using ClaimExtractor.Core.Analysis;
using ClaimExtractor.Core.Claims;
using ClaimExtractor.Core.Documents;
using ClaimExtractor.Core.Entities;
using ClaimExtractor.Core.Ingest;
using ClaimExtractor.Core.Periods;
using ClaimExtractor.Core.Quantities;
using ClaimExtractor.Core.Text;

namespace ClaimExtractor.Cli.Running;

/// <summary>
/// Generated claims for measuring the store and the checker alone: each article is lines of
/// <c>subject|metric|year|value</c> that <see cref="Extractor"/> reads back as claims, so a run exercises the real
/// writer, figure lookups and rules with no NLP cost. Seeded: the same arguments give the same corpus.
/// </summary>
public static class SyntheticClaims
{
    /// <summary>Articles holding <paramref name="claims"/> claims in all, <paramref name="perArticle"/> each.</summary>
    public static IArticleSource Source(int claims, int perArticle = 10, int seed = 7) => new GeneratedSource(claims, perArticle, seed);

    /// <summary>Reads the generated lines back as claims.</summary>
    public static IClaimExtractor Extractor { get; } = new LineExtractor();

    private sealed class GeneratedSource(int claims, int perArticle, int seed) : IArticleSource
    {
        // Subjects x 40 metrics x 10 years, with one subject per 200 claims (5,000 for a million): two keys per claim,
        // so most keys are stated once, some by several articles, and about one statement in ten disagrees with the
        // others, as a large news collection would. A larger collection covers more events, not more reports of the
        // same ones, so the key space grows with the claims and each key keeps the same few statements.
        public async IAsyncEnumerable<SourceItem> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
        {
            var random = new Random(seed);
            int subjects = Math.Max(50, claims / 200);
            var text = new StringBuilder();
            for (int article = 0, made = 0; made < claims; article++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                text.Clear();
                for (int i = 0; i < perArticle && made < claims; i++, made++)
                {
                    int subject = random.Next(subjects), metric = random.Next(40), year = 2015 + random.Next(10);
                    long value = 1_000 + ((subject * 7_919L + metric * 104_729L + year) % 1_000_000);
                    if (random.Next(10) == 0)
                    {
                        value = value * 13 / 10;
                    }

                    text.Append(CultureInfo.InvariantCulture, $"s{subject}|m{metric}|{year}|{value}\n");
                }

                string body = text.ToString();
                yield return SourceItem.Read(new Article
                {
                    Source = string.Create(CultureInfo.InvariantCulture, $"synthetic/{article:D7}.txt"),
                    Text = body,
                    ContentHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body))),
                    Metadata = new ArticleMetadata { Published = new DateOnly(2025, 1, 1).AddDays(article % 365), PublishedFrom = PublishedSource.Option },
                });
                await Task.Yield();
            }
        }
    }

    private sealed class LineExtractor : IClaimExtractor
    {
        public string Version => "synthetic-1";

        public DocumentAnalysis Analyze(Article article, CancellationToken cancellationToken)
        {
            var claims = new List<Claim>();
            int start = 0;
            foreach (string line in article.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                start = article.Text.IndexOf(line, start, StringComparison.Ordinal);
                string[] parts = line.Split('|');
                decimal value = decimal.Parse(parts[3], CultureInfo.InvariantCulture);
                var span = new TextSpan(start, start + line.Length);
                claims.Add(new Claim
                {
                    Quantity = new Quantity(span, value, value - 0.5m, value + 0.5m, Unit.Count, Qualifier.None, "items"),
                    Quote = line,
                    Sentence = span,
                    Subject = new EntityRef(parts[0], EntityType.Org),
                    Metric = parts[1],
                    MetricKey = parts[1] + ".count",
                    Period = Period.Year(int.Parse(parts[2], CultureInfo.InvariantCulture)),
                    Confidence = 0.9,
                });
                start += line.Length;
            }

            return new DocumentAnalysis(claims, [], []);
        }
    }
}
