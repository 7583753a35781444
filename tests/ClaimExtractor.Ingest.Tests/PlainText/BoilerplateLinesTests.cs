using ClaimExtractor.Ingest.PlainText;
using ClaimExtractor.Ingest.Tests.Support;
using FsCheck;
using FsCheck.Fluent;

namespace ClaimExtractor.Ingest.Tests.PlainText;

public sealed class BoilerplateLinesTests : IDisposable
{
    private readonly TempDir dir = new();

    public void Dispose() => dir.Dispose();

    public static TheoryData<string> Furniture => new()
    {
        // from the seed articles
        "Unlock Editor\u2019s Digest for free",
        "FT editor Roula Khalaf has chosen her favorite stories in this weekly newsletter.",
        "Recommended",
        // from the team's own clusters and common sites
        "Related: How much deposit do you really need in 2026?",
        "Recommended: Cereal makers face their toughest year in a decade",
        "Sign up to our Property newsletter for weekly market analysis.",
        "Share this article",
        "Share on Facebook",
        "SHARE THIS STORY",
        "Advertisement",
        "Story continues below advertisement",
        "Skip Advertisement",
        "Subscribe for $1 a week for the first 6 months",
        "Already a subscriber? Log in",
        "Get our free Morning Briefing newsletter delivered to your inbox.",
        "Read more: Bank of England holds rates at 5.25%",
        "Follow us on Twitter and Facebook",
        "Copyright \u00a9 2025 The Daily Ledger. All rights reserved.",
        "This article was originally published by The Conversation.",
        "You have reached your limit of 5 free articles this month.",
        // Markdown dressing
        "**Recommended**",
        "> Sign up for the Evening Update newsletter",
        "[Share this](https://example.com/share)",
        "### Related stories",
        "- [Read more: Oil falls 3%](https://example.com/oil)",
    };

    public static TheoryData<string> Article => new()
    {
        "The newsletter, launched in 2021, now has 1.2 million subscribers, the company said.",
        "Subscriptions rose 12% to 4.1 million in the quarter.",
        "Analysis: Why house prices fell 2% in the third quarter",
        "Related party transactions totalled $4.2 million, the filing shows.",
        "Recommended retail prices rose 3.1% in March.",
        "Readers who signed up before June paid $4 a month.",
        "Share prices fell 4% after the announcement.",
        "Crypto Crime North Korea\u2019s Growing Dominance",
        "By Grace Whitfield, Property Correspondent",
        "(Reporting by Oliver Grant; Editing by Kate Mills)",
        "Follow-up inspections found 14 more violations.",
        "Advertising revenue fell 8% to $310 million.",
        "",
    };

    [Theory]
    [MemberData(nameof(Furniture))]
    public void A_furniture_line_is_boilerplate(string line) => Assert.True(BoilerplateLines.IsBoilerplate(line), line);

    [Theory]
    [MemberData(nameof(Article))]
    public void An_article_line_is_kept(string line) => Assert.False(BoilerplateLines.IsBoilerplate(line), line);

    [Fact]
    public void Blanking_keeps_every_other_character_at_its_offset()
    {
        const string text = "Wheat rose 8% in March.\r\nSubscribe for $1 a week\nTraders expect 4% more.\n";

        var (blanked, dropped) = BoilerplateLines.Blank(text);

        Assert.Equal(1, dropped);
        Assert.Equal("Wheat rose 8% in March.\r\n" + new string(' ', 23) + "\nTraders expect 4% more.\n", blanked);
        Assert.Equal(text.IndexOf("4%", StringComparison.Ordinal), blanked.IndexOf("4%", StringComparison.Ordinal));
    }

    [Fact]
    public void Blanking_any_text_keeps_its_length_line_breaks_and_kept_characters() =>
        Prop.ForAll(ArbMap.Default.ArbFor<NonNull<string>>(), value =>
        {
            var text = value.Get;
            var (blanked, _) = BoilerplateLines.Blank(text);
            return blanked.Length == text.Length
                && Enumerable.Range(0, text.Length).All(i => blanked[i] == text[i] || (blanked[i] == ' ' && text[i] is not '\n' and not '\r'));
        }).QuickCheckThrowOnFailure();

    [Fact]
    public async Task A_text_file_loses_its_promo_lines_and_keeps_its_offsets()
    {
        const string text = "Wheat prices rose 8 percent in March, traders said.\nSign up to our Markets newsletter for $1.\nExports fell 3 percent.\n";
        dir.Write("story.txt", text);

        var item = await SourceItems.ReadOneAsync(Path.Combine(dir.Path, "story.txt"));

        var article = Assert.IsType<Core.Documents.Article>(item.Article);
        Assert.Equal(text.Length, article.Text.Length);
        Assert.DoesNotContain("newsletter", article.Text, StringComparison.Ordinal);
        Assert.Equal(text.IndexOf("3 percent", StringComparison.Ordinal), article.Text.IndexOf("3 percent", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_file_of_nothing_but_promos_fails_with_that_reason()
    {
        dir.Write("promo.md", "**Recommended**\nShare this article\nSign up to our newsletter\n");

        var item = await SourceItems.ReadOneAsync(Path.Combine(dir.Path, "promo.md"));

        Assert.Null(item.Article);
        Assert.Equal("no article text (only boilerplate lines such as promos and share links)", item.Reason);
    }
}
