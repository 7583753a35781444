using ClaimExtractor.Nlp.Quantities;

namespace ClaimExtractor.Nlp.Tests;

/// <summary>How a document writes its digits is decided once, from the shapes of all its numbers.</summary>
public sealed class QuantityConventionTests
{
    [Theory]
    [InlineData("The economic impact is estimated at 3,2 million euros.")]
    [InlineData("Hotels reported an occupancy of 96,5% over the weekend.")]
    [InlineData("The visitors were 184.000, against the 161.500 of last year.")]
    [InlineData("The budget grew to 1.234.567 euros.")]
    [InlineData("The ticket office took 1.234,50 euros.")]
    [InlineData("Turnout rose to 71,25 per cent in 2024, from 68,9 per cent.")]
    public void Text_with_decimal_commas_or_thousands_dots_and_no_english_shapes_uses_the_decimal_comma(string text) =>
        Assert.Equal(NumberConvention.DecimalComma, NumberConventions.Detect(text));

    [Theory]
    [InlineData("The plant employs 1,200 workers.")]
    [InlineData("Revenue was $3.2 million.")]
    [InlineData("A metric ton is 2,204.62 pounds.")]
    [InlineData("The bond pays 1.125 percent.")]
    [InlineData("Only 1.500 tonnes were left.")]
    [InlineData("Shares rose 2.5% to 1.250 euros after volume of 3.400 lots.")]
    [InlineData("The impact was 3,2 million euros, or 4.1 percent of output.")]
    [InlineData("In 2024 the town had no figures at all.")]
    [InlineData("")]
    public void Text_with_any_english_shape_or_too_little_evidence_uses_the_decimal_point(string text) =>
        Assert.Equal(NumberConvention.DecimalPoint, NumberConventions.Detect(text));

    [Fact]
    public void A_comma_list_of_small_numbers_is_not_read_as_a_decimal_comma() =>
        Assert.Equal(NumberConvention.DecimalPoint, NumberConventions.Detect("Questions 1,2,3 were skipped."));

    [Theory]
    [InlineData("festival-montelago", "01-translation.txt", NumberConvention.DecimalComma)]
    [InlineData("festival-montelago", "02-wire.txt", NumberConvention.DecimalPoint)]
    [InlineData("satellite-aurora3", "01-wire.txt", NumberConvention.DecimalPoint)]
    [InlineData("flight-delays-eastgate", "01-wire.txt", NumberConvention.DecimalPoint)]
    public void Dev_corpus_articles_get_the_convention_they_are_written_in(string cluster, string file, NumberConvention expected)
    {
        string path = Path.Combine(RepositoryPaths.Root, "corpus", "dev", cluster, file);
        Assert.Equal(expected, NumberConventions.Detect(File.ReadAllText(path)));
    }

    [Fact]
    public void Every_plain_text_corpus_article_but_the_translation_uses_the_decimal_point()
    {
        var articles = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "corpus"), "*.txt", SearchOption.AllDirectories)
            .Where(p => !p.EndsWith("01-translation.txt", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(articles);
        Assert.All(articles, p => Assert.Equal(NumberConvention.DecimalPoint, NumberConventions.Detect(File.ReadAllText(p))));
    }
}
