using ClaimExtractor.Ingest.Metadata;

namespace ClaimExtractor.Ingest.Tests.Metadata;

public sealed class DateTextTests
{
    [Theory]
    [InlineData("2024-12-19", "2024-12-19")]
    [InlineData(" 2024-12-19T08:00:00Z ", "2024-12-19")]
    [InlineData("2024-12-19T23:30:00-05:00", "2024-12-19")]
    [InlineData("2024-12-19 23:30", "2024-12-19")]
    [InlineData("20241219", "2024-12-19")]
    [InlineData("December 19, 2024", "2024-12-19")]
    [InlineData("Dec. 19, 2024", "2024-12-19")]
    [InlineData("dec 19 2024", "2024-12-19")]
    [InlineData("Thursday, December 19th, 2024", "2024-12-19")]
    [InlineData("19 Dec 2024", "2024-12-19")]
    [InlineData("19th of December, 2024", "2024-12-19")]
    [InlineData("Thu, 19 Dec 2024 08:00:00 GMT", "2024-12-19")]
    [InlineData("2024/12/19", "2024-12-19")]
    [InlineData("Sept. 3, 2021", "2021-09-03")]
    [InlineData("29 February 2024", "2024-02-29")]
    public void Common_date_forms_parse_to_the_date(string text, string expected)
    {
        Assert.Equal(DateOnly.ParseExact(expected, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), DateText.Parse(text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("2024-13-01")]
    [InlineData("29 February 2023")]
    [InlineData("December 2024")]
    [InlineData("12/19/2024")]
    [InlineData("$2024-12-199")]
    // a content system's empty date, as real pages carry it in datePublished
    [InlineData("0001-01-01T00:00:00Z")]
    [InlineData("00010101")]
    [InlineData("9999-12-31")]
    public void Text_without_a_whole_unambiguous_date_gives_none(string? text)
    {
        Assert.Null(DateText.Parse(text));
    }

    [Fact]
    public void Find_gives_the_first_date_and_its_offsets()
    {
        const string text = "Posted 2 March 2023, updated 2023-03-04.";

        var found = DateText.Find(text);

        Assert.Equal(new DateMatch(new DateOnly(2023, 3, 2), 7, 19), found);
    }
}
