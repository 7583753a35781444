using System.Text.Json;
using ClaimExtractor.Core.Quantities;
using ClaimExtractor.Nlp.Tests.Support;

namespace ClaimExtractor.Nlp.Tests;

public sealed class QuantitySpecTests
{
    public static TheoryData<string, int> Examples => SpecFile.Numbers("quantities.md", "quantities-news.md");

    [Fact]
    public void The_quantity_spec_has_at_least_sixty_examples() =>
        Assert.True(SpecFile.Read(Path.Combine(AppContext.BaseDirectory, "Specs", "quantities.md")).Count >= 60);

    [Fact]
    public void The_news_spec_has_at_least_forty_sentences() =>
        Assert.True(SpecFile.Read(Path.Combine(AppContext.BaseDirectory, "Specs", "quantities-news.md")).Count >= 40);

    [Theory]
    [MemberData(nameof(Examples))]
    public void Quantity_example_holds(string file, int number)
    {
        var example = SpecFile.Get(file, number);
        var document = Shared.Run(example.Input);
        var found = document.Quantities.Select(q => q.Quantity).ToList();
        using var json = JsonDocument.Parse(example.Expected);
        var root = json.RootElement;
        var wanted = root.ValueKind == JsonValueKind.Array ? root.EnumerateArray().ToList() : [root];
        var failures = new List<string>();
        if (root.ValueKind == JsonValueKind.Array && wanted.Count != found.Count)
        {
            failures.Add($"expected {wanted.Count} quantities, found {found.Count}");
        }

        foreach (var want in wanted)
        {
            string quote = want.GetProperty("quote").GetString()!; // every expectation names its quote
            var q = found.FirstOrDefault(f => f.Span.In(example.Input).Equals(quote, StringComparison.Ordinal));
            if (q is null)
            {
                failures.Add($"no quantity quoted '{quote}'");
                continue;
            }

            failures.AddRange(new[]
            {
                want.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.Number ? Expect.Decimal(want, "value", q.Value) : null,
                Expect.Decimal(want, "low", q.Low),
                Expect.Decimal(want, "high", q.High),
                Expect.Text(want, "unit", q.Unit.Code),
                Expect.Text(want, "qualifier", q.Qualifier.ToName()),
                Expect.Text(want, "noun", q.Noun),
                Expect.Text(want, "change", q.Change == QuantityChange.None ? null : q.Change.ToString().ToLowerInvariant()),
            }.OfType<string>());
        }

        Assert.True(failures.Count == 0, Report(example, failures, found));
    }

    private static string Report(SpecExample example, List<string> failures, List<Quantity> found) =>
        $"{example} (line {example.Line})\ninput:    {SpecFile.Visible(example.Input)}\nexpected: {example.Expected}\nactual:   "
        + JsonSerializer.Serialize(found.Select(q => new
        {
            quote = q.Span.In(example.Input).ToString(),
            value = q.Value,
            low = q.Low,
            high = q.High,
            unit = q.Unit.Code,
            qualifier = q.Qualifier.ToName(),
            noun = q.Noun,
            change = q.Change.ToString(),
        })) + "\n" + string.Join('\n', failures);
}
