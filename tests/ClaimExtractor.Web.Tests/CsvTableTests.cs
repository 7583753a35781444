using ClaimExtractor.Web.Api;

namespace ClaimExtractor.Web.Tests;

/// <summary>CSV quoting, and cells a spreadsheet would run as formulas.</summary>
public sealed class CsvTableTests
{
    private static readonly CsvTable<string?> Table = new([("text", s => s), ("length", s => s?.Length.ToString(System.Globalization.CultureInfo.InvariantCulture))]);

    [Theory]
    [InlineData("plain", "plain,5")]
    [InlineData("a, b", "\"a, b\",4")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\",8")]
    [InlineData("two\nlines", "\"two\nlines\",9")]
    [InlineData("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\",15")]
    [InlineData("@SUM(A1)", "'@SUM(A1),8")]
    [InlineData("-12.5", "-12.5,5")]
    [InlineData(null, ",")]
    public void Cells_are_quoted_when_needed_and_formulas_are_defused(string? value, string expected)
    {
        var csv = Table.Write([value]);

        Assert.Equal("text,length\n" + expected + "\n", csv);
    }
}
