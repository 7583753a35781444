using ClaimExtractor.Nlp.Tests.Support;

namespace ClaimExtractor.Nlp.Tests;

public sealed class RegressionTests
{
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (string file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Regressions"), "*.txt").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Input_that_once_crashed_is_analyzed_without_error(string file)
    {
        string text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Regressions", file));

        var document = Shared.Run(text);

        Assert.All(document.Claims, c =>
        {
            Assert.Equal(c.Quote, c.Quantity.Span.In(text).ToString());
            Assert.True(c.Sentence.Contains(c.Quantity.Span), $"'{c.Quote}' runs past its sentence");
        });
    }
}
