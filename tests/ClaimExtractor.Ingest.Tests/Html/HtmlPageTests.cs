using ClaimExtractor.Core.Documents;
using ClaimExtractor.Core.Ingest;
using ClaimExtractor.Ingest.Tests.Support;

namespace ClaimExtractor.Ingest.Tests.Html;

public sealed class HtmlPageTests
{
    [Fact]
    public async Task A_page_with_JSON_LD_in_a_graph_gives_its_article_text_and_metadata()
    {
        var article = await ReadPageAsync("jsonld-graph.html");

        Assert.Equal(
            """
            Dock workers voted to return to work on Tuesday, ending a nine-day strike that left more than 40 container ships waiting outside the harbour.
            The union said members accepted a 6.5 percent pay rise over two years, up from the 4 percent the port authority first offered & a one-off payment of €1,200.
            What happens next
            The port authority expects the backlog to clear within two weeks. Shipping lines had diverted about a fifth of their cargo to other ports during the dispute.
            Night shifts resume on Wednesday.
            Customs will extend its opening hours.
            “We are glad to be back,” said a crane operator.
            """.ReplaceLineEndings("\n"),
            Stories.Body(article));
        Assert.Equal(
            new ArticleMetadata
            {
                Title = "Port strike ends after nine days",
                Outlet = "Harbour Gazette",
                Url = "https://gazette.example/news/port-strike-ends",
                Authors = article.Metadata.Authors,
                Published = new DateOnly(2023, 3, 14),
                PublishedFrom = PublishedSource.JsonLd,
                Language = "en",
            },
            article.Metadata);
        Assert.Equal(["Ana Ruiz", "Tom Berg"], article.Metadata.Authors);
    }

    [Fact]
    public async Task A_publication_time_meta_tag_beats_a_time_element_and_keeps_the_date_as_written()
    {
        var article = await ReadPageAsync("meta-published.html");

        Assert.Equal((new DateOnly(2024, 3, 5), PublishedSource.Meta), (article.Metadata.Published, article.Metadata.PublishedFrom));
        Assert.Equal(new DateOnly(2024, 3, 8), article.Metadata.Modified); // read first in the head, still only the modified date
        Assert.Equal(["Lee Park"], article.Metadata.Authors);
        Assert.Equal("https://city.example/council-approves-budget", article.Metadata.Url);
        Assert.Equal("Council approves budget", article.Metadata.Title);
        Assert.StartsWith("The city council approved a budget of 310 million dollars", Stories.Body(article), StringComparison.Ordinal);
        Assert.DoesNotContain("Home", Stories.Body(article), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Updated_and_related_link_dates_do_not_win_over_the_published_time()
    {
        var article = await ReadPageAsync("time-decoy.html");

        Assert.Equal((new DateOnly(2024, 12, 19), PublishedSource.Time), (article.Metadata.Published, article.Metadata.PublishedFrom));
        Assert.Equal(
            """
            Updated 20 December 2024 Published 19 December 2024
            The central library reopened on Thursday after an 18-month renovation that cost 4.2 million euros, twice the amount the town first budgeted for the work.
            The building now has a second reading room, a children's floor and longer opening hours on weekends. About 600 visitors came through the doors in the first three hours.
            """.ReplaceLineEndings("\n"),
            Stories.Body(article));
    }

    [Fact]
    public async Task A_windows_1252_page_decodes_by_its_http_equiv_declaration()
    {
        var article = await ReadPageAsync("windows-1252.html");

        Assert.Equal(
            """
            Owners of the cafés on the old square say their rents rose by 30 percent this year, to an average of €2,400 a month, and several may close before spring.
            “We cannot pass this on to customers,” said one owner, whose naïve hope was a rent freeze – the council says it has no say over private leases.
            """.ReplaceLineEndings("\n"),
            Stories.Body(article));
        Assert.Equal("Café owners protest rent rise", article.Metadata.Title);
    }

    [Fact]
    public async Task An_undeclared_page_that_is_not_UTF8_falls_back_to_windows_1252()
    {
        using var dir = new TempDir();
        var bytes = await File.ReadAllBytesAsync(Repository.Page("windows-1252.html"));
        var undeclared = System.Text.Encoding.Latin1.GetString(bytes).Replace("charset=windows-1252", "", StringComparison.Ordinal);
        var path = dir.Write("page.html", System.Text.Encoding.Latin1.GetBytes(undeclared));

        var article = (await SourceItems.ReadOneAsync(path)).Article;

        Assert.StartsWith("Owners of the cafés", Stories.Body(article), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_markup_still_gives_the_paragraphs_and_a_meta_date()
    {
        var article = await ReadPageAsync("malformed.html");

        Assert.Equal(
            """
            The flood warning for the river valley was lifted on Sunday morning, three days after heavy rain pushed water levels to their highest point since 1998.
            Residents of about 250 homes were allowed to return, although officials asked them to boil tap water until further notice — tests are still running.
            Farmers said the damage to crops would be known only next week, when the fields dry out.
            """.ReplaceLineEndings("\n"),
            Stories.Body(article));
        Assert.Equal((new DateOnly(2024, 7, 7), PublishedSource.Meta), (article.Metadata.Published, article.Metadata.PublishedFrom));
        Assert.Equal("Flood warning lifted", article.Metadata.Title);
    }

    [Fact]
    public async Task Microdata_gives_the_published_date_and_the_modified_date_is_kept_apart_from_it()
    {
        var article = await ReadPageAsync("microdata.html");

        // neither the masthead's date, the "Updated" date nor the related link's date is the publication date
        Assert.Equal(
            (new DateOnly(2024, 3, 5), PublishedSource.Microdata, new DateOnly(2024, 3, 7)),
            (article.Metadata.Published, article.Metadata.PublishedFrom, article.Metadata.Modified));
        Assert.Equal(
            ("Island Courier", "https://courier.example/news/ferry-fares-rise", "en"),
            (article.Metadata.Outlet, article.Metadata.Url, article.Metadata.Language));
        Assert.StartsWith("Fares on the island ferry routes will rise by 9% from May", Stories.Body(article), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_index_page_is_a_failed_item_that_says_why()
    {
        var item = await SourceItems.ReadOneAsync(Repository.Page("index-page.html"));

        Assert.Equal(SourceItem.Fail(Repository.Page("index-page.html"), "no article text found (index or non-article page?)"), item);
    }

    [Theory]
    [InlineData("tag-page.html", 8)]
    [InlineData("section-page.html", 9)]
    public async Task A_listing_page_of_story_teasers_is_reported_as_such_not_read_as_an_article(string name, int teasers)
    {
        var item = await SourceItems.ReadOneAsync(Repository.Page(name));

        Assert.Equal(
            SourceItem.Fail(Repository.Page(name), $"an index or listing page ({teasers} story teasers, no article body), not an article"),
            item);
    }

    [Fact]
    public async Task An_article_with_a_rail_of_related_teasers_is_still_an_article()
    {
        var article = await ReadPageAsync("article-with-related-rail.html");

        Assert.StartsWith("The valley's largest employer said on Monday it would invest $450 million", Stories.Body(article), StringComparison.Ordinal);
        Assert.DoesNotContain("Council approves", Stories.Body(article), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("name", "pubdate")]
    [InlineData("name", "publishdate")]
    [InlineData("name", "date")]
    [InlineData("name", "DC.date.issued")]
    [InlineData("name", "parsely-pub-date")]
    [InlineData("name", "sailthru.date")]
    [InlineData("property", "article:published_time")]
    [InlineData("itemprop", "datePublished")]
    public async Task Each_publication_meta_tag_gives_the_date(string attribute, string key)
    {
        using var dir = new TempDir();
        var paragraph = "<p>" + string.Join(' ', Enumerable.Repeat("The market opened higher on strong earnings.", 8)) + "</p>";
        var path = dir.Write("page.html", $"<html><head><meta {attribute}=\"{key}\" content=\"2021-06-30T23:59:00+09:00\"></head><body>{paragraph}</body></html>");

        var metadata = (await SourceItems.ReadOneAsync(path)).Article?.Metadata;

        Assert.Equal((new DateOnly(2021, 6, 30), PublishedSource.Meta), (metadata?.Published, metadata?.PublishedFrom));
    }

    [Fact]
    public async Task Category_and_tag_classes_do_not_make_a_story_look_like_furniture()
    {
        using var dir = new TempDir();
        var paragraph = string.Join(' ', Enumerable.Repeat("Regulators fined the bank for weak controls.", 8));
        var path = dir.Write("page.html", $"""
            <body><div class="post category-social-media tag-comments"><p>{paragraph}</p></div>
            <div class="comments"><p>First comment, and a long one that goes on about the fine for a while.</p></div></body>
            """);

        var article = (await SourceItems.ReadOneAsync(path)).Article;

        Assert.Equal(paragraph, Stories.Body(article));
    }

    [Fact]
    public async Task A_pages_story_text_opens_with_its_headline_as_a_paragraph_of_its_own()
    {
        var article = await ReadPageAsync("jsonld-graph.html");

        Assert.StartsWith(article.Metadata.Title + "\n\nDock workers voted to return to work on Tuesday", article.Text, StringComparison.Ordinal);
    }

    private static async Task<Article> ReadPageAsync(string name)
    {
        var item = await SourceItems.ReadOneAsync(Repository.Page(name));
        Assert.True(item.Kind == SourceItemKind.Article, $"{name}: {item.Reason}");
        return item.Article!; // an Article item always carries its article
    }
}
