using System.Globalization;
using System.Text.Json.Nodes;
using ClaimExtractor.Nlp.Tests.Support;
using Xunit.Abstractions;

namespace ClaimExtractor.Nlp.Tests;

/// <summary>
/// The quantities the gold claims of the development corpus (corpus/dev, plain-text articles) quote: each must be found
/// by the scanner with the quoted span, the gold value and the gold unit.
/// </summary>
public sealed class QuantityDevGoldTests(ITestOutputHelper output)
{
    // A little under the 0.981 (158 of 161) reached on 2026-11-21 once decimal commas and durations were read (the
    // misses are bare "two" counts); raise it when the rate rises.
    private const double Floor = 0.97;

    // Translated text with decimal commas, measures written as adjectives and durations: every one must be found.
    private static readonly string[] MustFindUnits = ["min", "h", "day", "week", "month", "year", "kg"];

    [Fact]
    public void Gold_quantities_of_the_dev_corpus_are_read_with_their_value_and_unit_above_the_floor()
    {
        var results = GoldQuantities().Select(g => (Gold: g, Found: Finds(g))).ToList();
        foreach (var miss in results.Where(r => !r.Found))
        {
            output.WriteLine($"missed {miss.Gold}");
        }

        double rate = (double)results.Count(r => r.Found) / results.Count;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"found {results.Count(r => r.Found)} of {results.Count} ({rate:0.000})"));
        Assert.True(rate >= Floor, string.Create(CultureInfo.InvariantCulture, $"rate {rate:0.000} fell below {Floor}"));
    }

    [Fact]
    public void Every_duration_and_mass_in_the_dev_gold_is_read()
    {
        var misses = GoldQuantities().Where(g => MustFindUnits.Contains(g.Unit, StringComparer.Ordinal) && !Finds(g)).ToList();
        Assert.True(misses.Count == 0, string.Join('\n', misses));
    }

    [Fact]
    public void Every_quantity_of_the_translated_festival_article_is_read_with_decimal_commas_and_thousands_dots()
    {
        var translation = GoldQuantities().Where(g => g.Path.EndsWith("01-translation.txt", StringComparison.Ordinal)).ToList();
        Assert.True(translation.Count >= 5, $"only {translation.Count} gold quantities in the translation");
        var misses = translation.Where(g => !Finds(g)).ToList();
        Assert.True(misses.Count == 0, string.Join('\n', misses));
    }

    private static bool Finds(GoldQuantity gold)
    {
        var document = Cache.GetOrAdd(gold.Path, p => Shared.Run(File.ReadAllText(p, System.Text.Encoding.UTF8)));
        return document.Quantities.Any(q => q.Quantity.Span.In(document.Text).Equals(gold.Quote, StringComparison.Ordinal)
            && q.Quantity.Value == gold.Value && string.Equals(q.Quantity.Unit.Code, gold.Unit, StringComparison.Ordinal));
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Pipeline.AnalyzedDocument> Cache = new(StringComparer.Ordinal);

    private static IEnumerable<GoldQuantity> GoldQuantities()
    {
        foreach (var dir in Directory.GetDirectories(Path.Combine(RepositoryPaths.Root, "corpus", "dev")).Order(StringComparer.Ordinal))
        {
            var gold = JsonNode.Parse(File.ReadAllText(Path.Combine(dir, "gold.json")))!.AsObject();
            foreach (var claim in gold["claims"]!.AsArray())
            {
                string doc = (string)claim!["doc"]!;
                if (!doc.EndsWith(".txt", StringComparison.Ordinal) || claim["value"] is not JsonValue value || claim["unit"] is not JsonValue unit
                    || (string)unit! is "date")
                {
                    continue;
                }

                yield return new GoldQuantity(Path.Combine(dir, doc), (string)claim["quote"]!, (decimal)value, (string)unit!);
            }
        }
    }

    private sealed record GoldQuantity(string Path, string Quote, decimal Value, string Unit);
}
