using ClaimExtractor.Core.Text;
using ClaimExtractor.Nlp.Tests.Support;

namespace ClaimExtractor.Nlp.Tests.PeerSuites;

/// <summary>The date convention for what the pipeline leaves unread explains its own difference and nothing that only looks like it.</summary>
public sealed class NewsConventionsTests
{
    [Theory]
    [InlineData("I'll go back the next day", "the next day")]
    [InlineData("I'll go back the day", "the day")]
    [InlineData("I'll go back last day", "last day")]
    [InlineData("What does my day look like?", "my day")]
    [InlineData("I was not there that weekend.", "that weekend")]
    [InlineData("I was not there the same year that it happened.", "same year")]
    [InlineData("He was arrested and released two days later.", "two days later")]
    [InlineData("I will leave here 2 years 21 days later", "2 years 21 days later")]
    public void An_unread_expression_of_the_story_time_passes_under_its_convention(string input, string quote) =>
        Assert.True(StoryTime(input, quote));

    [Theory]
    [InlineData("Shares fell 5% on Monday and rose 3% the next day.", "the next day")] // counted from the day named before
    [InlineData("He was arrested on March 2 and released two days later.", "two days later")]
    [InlineData("I'll go back this week", "this week")] // publication's week
    [InlineData("I'll go back next week", "next week")]
    [InlineData("I'll go back today", "today")]
    [InlineData("I'll go back in two days", "two days")]
    [InlineData("I'll go back the next decade", "the next decade")]
    [InlineData("Are you available two monday later?", "two monday later")]
    [InlineData("Shares closed up 2% for the day.", "the day")] // a market report's day is publication's
    [InlineData("The index rose 1% on the day.", "the day")]
    [InlineData("He is the partner of the day.", "the day")]
    [InlineData("The rule stands to this day.", "this day")]
    public void An_unread_expression_that_only_looks_like_the_story_time_fails(string input, string quote) =>
        Assert.False(StoryTime(input, quote));

    private static bool StoryTime(string input, string quote)
    {
        int start = input.IndexOf(quote, StringComparison.Ordinal);
        return NewsConventions.StoryTime.Holds(quote, new TextSpan(start, start + quote.Length), Shared.Run(input));
    }
}
