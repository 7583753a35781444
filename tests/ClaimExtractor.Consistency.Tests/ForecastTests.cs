using ClaimExtractor.Core.Consistency;
using ClaimExtractor.Core.Quantities;

namespace ClaimExtractor.Consistency.Tests;

// Two outlets' consensus figures are two polls of forecasters unless both name the same one.
public sealed class ForecastTests
{
    private const string ExpectedJobs = "expected:jobs.count";

    private readonly Claims _claims = new();

    [Theory]
    [InlineData(null, null, 0)]
    [InlineData("Dow Jones", "Reuters", 0)]
    [InlineData("Reuters", "Reuters", 1)]
    // the company whose results beat the analysts' figure reports it, but polled no one
    [InlineData("North Korea", "North Korea", 0)]
    public void Two_expected_figures_conflict_only_when_one_forecaster_gave_both(string? first, string? second, int flags)
    {
        var a = _claims.Level(Claims.Early2025, "140,000", 140_000m, Unit.Count, ExpectedJobs, 2024, attribution: first, sentence: "Economists had expected 140,000 new jobs.");
        var b = _claims.Level(Claims.Ft, "150,000", 150_000m, Unit.Count, ExpectedJobs, 2024, attribution: second, sentence: "Analysts' estimate was for 150,000.");

        Assert.Equal(flags, Check.All(a, b).Count(f => f.Kind == ContradictionKind.ValueMismatch));
    }

    [Fact]
    public void Two_reports_of_a_companys_own_guidance_conflict()
    {
        var a = _claims.Level(Claims.Early2025, "$180mn", 180m, Unit.Currency("USD"), "expected:savings.value", 2024, attribution: "Halvorsen",
            sentence: "Halvorsen said it expected cost savings of $180mn a year by 2029.");
        var b = _claims.Level(Claims.Ft, "$150 million", 150m, Unit.Currency("USD"), "expected:savings.value", 2024,
            sentence: "Halvorsen, with annual revenue of $9.8 billion, said it expected to achieve $150 million in annual cost savings.");

        Assert.Equal(1, Check.All(a, b).Count(f => f.Kind == ContradictionKind.ValueMismatch));
    }

    [Fact]
    public void Two_results_conflict_whoever_reports_them()
    {
        var a = _claims.Level(Claims.Early2025, "254,000", 254_000m, Unit.Count, "jobs.count", 2024, attribution: "Labor Department", sentence: "Employers added 254,000 jobs.");
        var b = _claims.Level(Claims.Ft, "223,000", 223_000m, Unit.Count, "jobs.count", 2024, sentence: "Payrolls rose by 223,000.");

        Assert.Equal(1, Check.All(a, b).Count(f => f.Kind == ContradictionKind.ValueMismatch));
    }
}
