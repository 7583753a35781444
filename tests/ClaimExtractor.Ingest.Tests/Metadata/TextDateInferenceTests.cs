using ClaimExtractor.Core.Documents;
using ClaimExtractor.Ingest.Metadata;

namespace ClaimExtractor.Ingest.Tests.Metadata;

public sealed class TextDateInferenceTests
{
    [Theory]
    [InlineData("Updated December 20, 2024\nPublished December 19, 2024\nThe story.", "2024-12-19")]
    [InlineData("By Jo Lane\n19 Dec 2024\nThe story begins here and runs on.", "2024-12-19")]
    [InlineData("WASHINGTON, Dec. 19, 2024 \u2014 Lawmakers agreed a budget that had been stalled since the summer recess, officials said.", "2024-12-19")]
    [InlineData("LONDON, 2024-12-19 (Wire) - Shares fell sharply in early trade as investors weighed the latest inflation figures.", "2024-12-19")]
    [InlineData("Last updated: 2024-12-20\nThe story, with no other date near the top at all.", "2024-12-20")]
    public void A_date_line_near_the_top_is_taken_as_the_publication_date(string text, string expected)
    {
        var candidate = TextDateInference.Infer(text);

        Assert.Equal(DateOnly.ParseExact(expected, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), candidate.Published);
        Assert.Equal(PublishedSource.Text, candidate.PublishedFrom);
    }

    [Theory]
    [InlineData("The exchange was hacked on March 3, 2023, when attackers drained hot wallets of several currencies at once.")]
    [InlineData("One\nTwo\nThree\nFour\nFive\nSix\nSeven\nEight\nNine\nTen\nEleven\nPublished December 19, 2024")]
    [InlineData("No dates at all.")]
    public void A_date_in_prose_or_far_down_is_not_a_publication_date(string text)
    {
        Assert.Equal(ArticleMetadata.Empty, TextDateInference.Infer(text));
    }
}
