using ClaimExtractor.Core.Documents;
using ClaimExtractor.Ingest.Metadata;

namespace ClaimExtractor.Ingest.Tests.Metadata;

public sealed class FrontMatterTests
{
    [Fact]
    public void A_front_matter_block_is_read_and_the_body_starts_after_its_closing_line()
    {
        const string text = "---\r\ntitle: \"Rates: on hold\"\r\npublished: 2024-09-18T14:00:00Z\r\noutlet: Daily Ledger\r\nauthors:\r\n  - Ann Vo\r\n  - 'Raj Iyer'\r\nlang: en\r\nunknown: kept out\r\n---\r\nThe central bank held rates.\r\n";

        var (candidate, bodyStart) = FrontMatter.Read(text);

        Assert.Equal("The central bank held rates.\r\n", text[bodyStart..]);
        Assert.Equal(
            new ArticleMetadata
            {
                Title = "Rates: on hold",
                Outlet = "Daily Ledger",
                Authors = candidate.Authors,
                Published = new DateOnly(2024, 9, 18),
                PublishedFrom = PublishedSource.FrontMatter,
                Language = "en",
            },
            candidate);
        Assert.Equal(["Ann Vo", "Raj Iyer"], candidate.Authors);
    }

    [Theory]
    [InlineData("No front matter here.\n---\ntitle: x\n---\n")]
    [InlineData("---\ntitle: never closed\nThe text goes on.\n")]
    [InlineData(" ---\ntitle: indented\n---\nBody\n")]
    [InlineData("")]
    public void Text_without_a_complete_block_at_the_top_is_left_whole(string text)
    {
        var (candidate, bodyStart) = FrontMatter.Read(text);

        Assert.Equal((ArticleMetadata.Empty, 0), (candidate, bodyStart));
    }
}
