using ClaimExtractor.Core.Consistency;
using ClaimExtractor.Storage.Mapping;

namespace ClaimExtractor.Storage.Tests.Mapping;

public sealed class FingerprintsTests
{
    private const string Alpha = "north korea|actor|theft.value|2024|USD|1340000000|1335000000|1345000000|None|None|||";
    private const string Beta = "north korea|actor|theft.value|2024|USD|1600000000|1600000000|79228162514264337593543950335|MoreThan|None|||";

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
    public void Separators_inside_a_source_cannot_make_two_pairs_collide() =>
        Assert.NotEqual(
            Fingerprints.Contradiction("a\n1:b", "c", ContradictionKind.Self),
            Fingerprints.Contradiction("a", "b\n1:c", ContradictionKind.Self));
}
