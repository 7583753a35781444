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
    [InlineData("Storm hits coast\nBy Jane Doe\nThe storm hit on Monday.", 3)]
    [InlineData("He moved to the U.S. The move paid off.", 2)]
    [InlineData("President George W. Bush said 40 people died. He left.", 2)]
    [InlineData("The Nasdaq Composite .IXIC added 20.72 points. Bonds fell.", 2)]
    [InlineData("The shelter at 240 W. Pine Street houses 35 people. It is full.", 2)]
    [InlineData("Sales hit 1.234.567 units. Profit fell.", 2)]
    public void Sentences_split_where_news_text_ends_them(string text, int expected)
    {
        Assert.Equal(expected, Shared.Run(text).Sentences.Count);
    }

    [Theory]
    [InlineData("The U.S. economy grew.", "The|U.S.|economy|grew|.")]
    [InlineData("Mr. Kim of Acme Inc. left No. 10 on Jan. 5.", "Mr.|Kim|of|Acme|Inc.|left|No.|10|on|Jan.|5|.")]
    [InlineData("It cost $1.6 billion.", "It|cost|$|1.6|billion|.")]
    [InlineData("Some 4,500 jobs and 1,234,567 votes.", "Some|4,500|jobs|and|1,234,567|votes|.")]
    [InlineData("Der Umsatz lag bei 1.234.567 Euro.", "Der|Umsatz|lag|bei|1.234.567|Euro|.")]
    [InlineData("Es waren 1.234,56 Euro.", "Es|waren|1.234|,|56|Euro|.")]
    [InlineData("A prize of 1,00,000 rupees and 12,34,567 votes; 12,34 and 1,2.", "A|prize|of|1,00,000|rupees|and|12,34,567|votes|;|12|,|34|and|1|,|2|.")]
    [InlineData("The rate was 1.125%.", "The|rate|was|1.125|%|.")]
    [InlineData("“We will rebuild,” she said.", "“|We|will|rebuild|,|”|she|said|.")]
    [InlineData("weapons development.In recent years", "weapons|development|.|In|recent|years")]
    [InlineData("By JANE DOE\nPublished March 3, 2024", "By|JANE|DOE|Published|March|3|,|2024")]
    [InlineData("Some 40 000 fans saw about 120 737 Max jets.", "Some|40 000|fans|saw|about|120|737|Max|jets|.")]
    public void Tokens_are_cut_where_news_text_cuts_them(string text, string expected)
    {
        var document = Shared.Run(text);

        var tokens = document.Tokens.Select(t => t.Span.In(document.Text).ToString());

        Assert.Equal(expected, string.Join('|', tokens));
    }

    [Fact]
    public void Thousands_dots_make_one_number_worth_its_groups()
    {
        var document = Shared.Run("Die Stadt hat 1.234.567 Einwohner und 2.345.678 Wähler.");

        Assert.Equal([1234567m, 2345678m], document.Quantities.Select(q => q.Quantity.Value));
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
