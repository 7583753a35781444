using System.Diagnostics;
using System.Text.Json;
using ClaimExtractor.Ingest.Html;
using Xunit.Abstractions;

namespace ClaimExtractor.Ingest.Tests.Html;

/// <summary>Main-text extraction scored on the Zyte/Scrapinghub article-extraction benchmark (181 pages).</summary>
public sealed class ExtractionBenchmarkTests(ITestOutputHelper output)
{
    // measured 0.967 (P 0.959, R 0.975) when this floor was set; raise it with the change that raises the score
    private const double F1Floor = 0.96;

    [ExtractionBenchmarkFact]
    public void Main_text_extraction_keeps_its_shingle_F1_on_the_benchmark()
    {
        using var truthFile = File.OpenRead(Path.Combine(ExtractionBenchmarkFactAttribute.Folder, "ground-truth.json"));
        using var truth = JsonDocument.Parse(truthFile);
        double precisionSum = 0, recallSum = 0;
        int precisionPages = 0, recallPages = 0, exact = 0, pages = 0;
        var notArticles = new List<string>();
        var watch = new Stopwatch();
        var worst = new List<(double F1, string Id)>();
        foreach (var page in truth.RootElement.EnumerateObject())
        {
            var expected = page.Value.GetProperty("articleBody").GetString() ?? "";
            var bytes = GzipFile.ReadAllBytes(Path.Combine(ExtractionBenchmarkFactAttribute.Folder, "html", page.Name + ".html.gz"));
            watch.Start();
            var read = HtmlArticleReader.Read(HtmlDecoder.Decode(bytes).Html);
            watch.Stop();
            var predicted = read.Text;
            if (read.NotArticle is { } why && why != HtmlArticleReader.NoArticleText)
            {
                notArticles.Add($"{page.Name}: {why}");
            }

            var (tp, predictedCount, expectedCount) = ShingleScore.Compare(expected, predicted);
            double p = predictedCount > 0 ? (double)tp / predictedCount : 0, r = expectedCount > 0 ? (double)tp / expectedCount : 0;
            (precisionSum, precisionPages) = predictedCount > 0 ? (precisionSum + p, precisionPages + 1) : (precisionSum, precisionPages);
            (recallSum, recallPages) = expectedCount > 0 ? (recallSum + r, recallPages + 1) : (recallSum, recallPages);
            exact += ShingleScore.Tokens(expected).SequenceEqual(ShingleScore.Tokens(predicted)) ? 1 : 0;
            worst.Add((p + r == 0 ? 0 : 2 * p * r / (p + r), page.Name));
            pages++;
        }

        var precision = precisionSum / Math.Max(1, precisionPages);
        var recall = recallSum / Math.Max(1, recallPages);
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        output.WriteLine($"pages {pages}  precision {precision:F3}  recall {recall:F3}  F1 {f1:F3}  exact {exact}");
        output.WriteLine($"extraction {watch.Elapsed.TotalMilliseconds:F0} ms, {pages / watch.Elapsed.TotalSeconds:F0} pages/s");
        foreach (var (pageF1, id) in worst.OrderBy(w => w.F1).Take(15))
        {
            output.WriteLine($"  {pageF1:F3} {id}");
        }

        Assert.True(f1 >= F1Floor, $"F1 {f1:F3} fell below the floor {F1Floor:F3}");
        Assert.True(notArticles.Count == 0, "every benchmark page is an article, yet these were called listings: " + string.Join("; ", notArticles));
    }

}
