using ClaimExtractor.Cli.Evaluation;

namespace ClaimExtractor.Cli.Tests;

public class FrameMissTests
{
    [Theory]
    [InlineData("2026", null, "missing")]
    [InlineData(null, "2026-03", "given where gold has none")]
    [InlineData("2026", "2026-07-04", "too fine")]
    [InlineData("2025-11", "2025", "too coarse")]
    [InlineData("2026-Q3", "2026-09", "same year, other part")]
    [InlineData("2025", "2029", "another period")]
    public void A_wrong_period_is_put_under_the_cause_that_explains_it(string? expected, string? got, string cause) =>
        Assert.Equal(cause, FrameMiss.PeriodCause(expected, got));

    [Theory]
    [InlineData("Nordair", null, "missing")]
    [InlineData(null, "Nordair", "given where gold has none")]
    [InlineData("Nordair", "Eastgate Airport", "another entity")]
    public void A_wrong_subject_is_put_under_the_cause_that_explains_it(string? expected, string? got, string cause) =>
        Assert.Equal(cause, FrameMiss.SubjectCause(expected, got));

    [Fact]
    public void A_miss_wrong_in_subject_and_period_counts_under_both_causes_and_shows_its_sentence()
    {
        var miss = new FrameMiss("01-wire.txt", "c4", "610", "Nordair, the airport's largest carrier, cancelled 610 flights.",
            ("Nordair", "Eastgate Airport"), ("2026-07", null));

        Assert.Equal(["subject: another entity", "period: missing"], miss.Causes);
        Assert.Contains("\"Nordair, the airport's largest carrier, cancelled 610 flights.\"", miss.ToString(), StringComparison.Ordinal);
    }
}
