using System.Globalization;
using ClaimExtractor.Storage.Mapping;

namespace ClaimExtractor.Storage.Tests.Mapping;

public sealed class DecimalTextTests
{
    [Theory]
    [InlineData("1340000000", "1340000000")]
    [InlineData("660500000.0", "660500000")]
    [InlineData("61.00", "61")]
    [InlineData("0.5", "0.5")]
    [InlineData("-2.10", "-2.1")]
    [InlineData("0.0000000000000000000000000001", "0.0000000000000000000000000001")]
    [InlineData("79228162514264337593543950335", "79228162514264337593543950335")]
    public void Exported_numbers_are_plain_without_trailing_zeros(string stored, string exported) =>
        Assert.Equal(exported, DecimalText.ToPlain(decimal.Parse(stored, CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("1.340")]
    [InlineData("-7.50")]
    [InlineData("660500000.0")]
    public void Stored_text_keeps_the_scale(string value)
    {
        var number = decimal.Parse(value, CultureInfo.InvariantCulture);

        var back = DecimalText.FromStored(DecimalText.ToStored(number));

        Assert.Equal(value, back.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Unbounded_ends_are_stored_as_null_and_read_back_unbounded() =>
        Assert.Equal(
            (null, null, decimal.MinValue, decimal.MaxValue),
            (DecimalText.LowToStored(decimal.MinValue), DecimalText.HighToStored(decimal.MaxValue),
             DecimalText.LowFromStored(null), DecimalText.HighFromStored(null)));
}
