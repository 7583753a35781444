using ClaimExtractor.Core.Consistency;
using ClaimExtractor.Storage.Mapping;

namespace ClaimExtractor.Storage.Tests.Mapping;

public sealed class FingerprintsTests
{
    private static readonly string Alpha = Fingerprints.Claim("corpus/a.txt", 32, 45, "USD", 1340000000m);
    private static readonly string Beta = Fingerprints.Claim("corpus/b.txt", 27, 39, "USD", 1600000000m);

    [Fact]
    public void A_flag_has_the_same_fingerprint_in_either_order() =>
        Assert.Equal(
            Fingerprints.Contradiction(Alpha, Beta, ContradictionKind.ValueMismatch),
            Fingerprints.Contradiction(Beta, Alpha, ContradictionKind.ValueMismatch));

    [Fact]
    public void Flags_of_different_kinds_on_one_pair_are_different() =>
        Assert.NotEqual(
            Fingerprints.Contradiction(Alpha, Beta, ContradictionKind.ValueMismatch),
            Fingerprints.Contradiction(Alpha, Beta, ContradictionKind.Arithmetic));

    [Fact]
    public void A_claim_is_known_by_its_value_not_by_the_value_s_scale() =>
        Assert.Equal(Fingerprints.Claim("a.txt", 1, 5, "USD", 1.340m), Fingerprints.Claim("a.txt", 1, 5, "USD", 1.34m));

    [Theory]
    [InlineData("b.txt", 1, 5, "USD", "1.34")]
    [InlineData("a.txt", 2, 5, "USD", "1.34")]
    [InlineData("a.txt", 1, 6, "USD", "1.34")]
    [InlineData("a.txt", 1, 5, "EUR", "1.34")]
    [InlineData("a.txt", 1, 5, "USD", "1.35")]
    public void Any_change_of_source_span_unit_or_value_makes_another_claim(string source, int start, int end, string unit, string value) =>
        Assert.NotEqual(
            Fingerprints.Claim("a.txt", 1, 5, "USD", 1.34m),
            Fingerprints.Claim(source, start, end, unit, decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Separators_inside_a_source_cannot_make_two_pairs_collide() =>
        Assert.NotEqual(
            Fingerprints.Contradiction("a\n1:b", "c", ContradictionKind.Self),
            Fingerprints.Contradiction("a", "b\n1:c", ContradictionKind.Self));
}
