using ClaimExtractor.Ingest.Web;

namespace ClaimExtractor.Ingest.Tests.Web;

public sealed class RobotsRulesTests
{
    private const string Site = """
        # news site
        User-agent: *
        Disallow: /search
        Disallow: /*.pdf$
        Allow: /search/about
        Crawl-delay: 2

        User-agent: claimx
        User-agent: otherbot
        Disallow: /private/
        Allow: /private/open
        """;

    [Theory]
    [InlineData("somebot/2.0", "/news/story", true)]
    [InlineData("somebot/2.0", "/search?q=x", false)]
    [InlineData("somebot/2.0", "/search/about", true)] // the longer rule wins
    [InlineData("somebot/2.0", "/files/report.pdf", false)]
    [InlineData("somebot/2.0", "/files/report.pdf?x=1", true)] // '$' anchors the end
    [InlineData("claimx/1.0 (+contact)", "/search?q=x", true)] // our own group replaces '*'
    [InlineData("claimx/1.0 (+contact)", "/private/notes", false)]
    [InlineData("claimx/1.0 (+contact)", "/private/open/day", true)]
    [InlineData("ClaimX/1.0", "/private/notes", false)] // product tokens match without case
    [InlineData("claimx/1.0", "/robots.txt", true)]
    public void A_path_is_allowed_by_the_longest_matching_rule_of_the_agents_group(string userAgent, string path, bool allowed)
    {
        var rules = RobotsRules.Parse(Site, userAgent);

        Assert.Equal(allowed, rules.Allows(new Uri("https://news.example" + path)));
    }

    [Fact]
    public void Allow_wins_a_tie_with_disallow_of_the_same_length()
    {
        var rules = RobotsRules.Parse("User-agent: *\nDisallow: /page\nAllow: /page\n", "claimx");

        Assert.True(rules.Allows(new Uri("https://news.example/page")));
    }

    [Fact]
    public void An_empty_disallow_allows_everything()
    {
        var rules = RobotsRules.Parse("User-agent: *\nDisallow:\n", "claimx");

        Assert.True(rules.Allows(new Uri("https://news.example/anything")));
    }

    [Theory]
    [InlineData("somebot", 2.0)]
    [InlineData("claimx", null)]
    public void The_crawl_delay_comes_from_the_agents_group(string userAgent, double? seconds)
    {
        var rules = RobotsRules.Parse(Site, userAgent);

        Assert.Equal(seconds is null ? null : TimeSpan.FromSeconds(seconds.Value), rules.CrawlDelay);
    }

    [Fact]
    public void A_blocked_url_is_explained_by_its_rule()
    {
        var rules = RobotsRules.Parse(Site, "claimx");

        Assert.Equal(
            "disallowed by robots.txt (Disallow: /private/); use --ignore-robots to fetch it anyway",
            rules.Explain(new Uri("https://news.example/private/notes")));
    }
}
