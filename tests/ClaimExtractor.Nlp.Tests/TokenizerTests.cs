using ClaimExtractor.Nlp.Tests.Support;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Tests;

public sealed class TokenizerTests
{
    [Theory]
    [InlineData("The U.S. Department of Justice charged Mr. Kim. He fled.", 2)]
    [InlineData("Revenue was $1.6 billion. Profit was 4,500 dollars.", 2)]
    [InlineData("weapons development.In recent years, hackers grew bolder.", 2)]
    [InlineData("Crypto Crime North Korea’s Growing Dominance\nAn interesting way is to infiltrate firms.", 2)]
    [InlineData("“We will rebuild,” the mayor said. “Soon.”", 2)]
    [InlineData("Shares of Acme Inc. rose. The Dept. of Energy agreed.", 2)]
    [InlineData("It closed on Jan. 5 after No. 10 intervened.", 1)]
    [InlineData("Prices rose — sharply — in May. Then they fell!", 2)]
    public void Sentences_split_where_news_text_ends_them(string text, int expected)
    {
        Assert.Equal(expected, Shared.Run(text).Sentences.Count);
    }

    [Fact]
    public void Numbers_keep_decimals_and_thousands_and_abbreviations_keep_periods()
    {
        var document = Shared.Run("The U.S. paid $1.6bn and 4,500 Bitcoins to North Korea’s hackers.");

        var tokens = document.Tokens.Select(t => t.Span.In(document.Text).ToString()).ToList();

        Assert.Equal(["The", "U.S.", "paid", "$", "1.6", "bn", "and", "4,500", "Bitcoins", "to", "North", "Korea", "’s", "hackers", "."], tokens);
        Assert.Equal(TokenKind.Number, document.Tokens[4].Kind);
    }

    [Fact]
    public void Hyphens_and_dashes_are_their_own_tokens()
    {
        var document = Shared.Run("two-thirds of North Korea-linked groups—reportedly");

        var tokens = document.Tokens.Select(t => t.Span.In(document.Text).ToString()).ToList();

        Assert.Equal(["two", "-", "thirds", "of", "North", "Korea", "-", "linked", "groups", "—", "reportedly"], tokens);
    }

    [Fact]
    public void Control_characters_separate_tokens_and_never_join_one()
    {
        var document = Shared.Run("Hackers\u0000stole\u001b$5\u0007million");

        Assert.DoesNotContain(document.Tokens, t => t.Span.In(document.Text).ContainsAny('\u0000', '\u001b', '\u0007'));
    }
}
