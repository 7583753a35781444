using System.Globalization;
using System.Text.Json;
using ClaimExtractor.Core.Quantities;
using ClaimExtractor.Nlp.Tests.Support;

namespace ClaimExtractor.Nlp.Tests;

public sealed class PeriodSpecTests
{
    public static TheoryData<string, int> Examples => SpecFile.Numbers("periods.md");

    [Theory]
    [MemberData(nameof(Examples))]
    public void Period_example_holds(string file, int number)
    {
        var example = SpecFile.Get(file, number);
        using var json = JsonDocument.Parse(example.Expected);
        var want = json.RootElement;
        var published = DateOnly.Parse(want.GetProperty("published").GetString()!, CultureInfo.InvariantCulture); // every period example gives its date
        var document = Shared.Run(example.Input, published);
        var failures = new List<string>();
        if (want.TryGetProperty("text", out var text))
        {
            var expression = document.Periods.FirstOrDefault(p => p.Span.In(example.Input).Equals(text.GetString(), StringComparison.OrdinalIgnoreCase));
            if (expression is null)
            {
                failures.Add($"no time expression '{text.GetString()}'; found "
                    + string.Join(", ", document.Periods.Select(p => $"'{p.Span.In(example.Input)}'={p.Period?.Label ?? "open"}")));
            }
            else
            {
                failures.Add(Expect.Text(want, "period", expression.Period?.Label) ?? "");
            }
        }

        if (want.TryGetProperty("none", out var none) && document.Periods.Any(p => p.Span.In(example.Input).Equals(none.GetString(), StringComparison.OrdinalIgnoreCase)))
        {
            failures.Add($"'{none.GetString()}' is read as a time expression");
        }

        if (want.TryGetProperty("claim", out var quote))
        {
            var claim = document.Claims.FirstOrDefault(c => c.Quote == quote.GetString());
            if (claim is null)
            {
                failures.Add($"no claim quoted '{quote.GetString()}'");
            }
            else
            {
                failures.Add(Expect.Text(want, "period", claim.Period?.Label) ?? "");
                failures.Add(Expect.Text(want, "date", DateQuantity.DateOf(claim.Quantity)?.Label) ?? "");
                failures.Add(Expect.Text(want, "reference", claim.ChangeOf?.Reference?.Label) ?? "");
                failures.Add(Expect.Text(want, "unit", claim.Quantity.Unit.Code) ?? "");
                failures.Add(Expect.Text(want, "key", claim.MetricKey) ?? "");
            }
        }

        if (want.TryGetProperty("claims", out var noClaims) && noClaims.GetArrayLength() == 0 && document.Claims.Count > 0)
        {
            failures.Add("expected no claims, found: " + string.Join(", ", document.Claims.Select(c => c.Quote)));
        }

        failures.RemoveAll(f => f.Length == 0);
        Assert.True(failures.Count == 0,
            $"{example} (line {example.Line})\ninput:    {SpecFile.Visible(example.Input)}\nexpected: {example.Expected}\nperiods:  "
            + string.Join("; ", document.Periods.Select(p => $"{p.Span.In(example.Input)}={p.Period?.Label ?? "open"}"))
            + "\nclaims:   " + string.Join("; ", document.Claims.Select(c => $"{c.Quote} {c.MetricKey} {c.Period?.Label ?? "-"} ref={c.ChangeOf?.Reference?.Label ?? "-"}"))
            + "\n" + string.Join('\n', failures));
    }
}
