using ClaimExtractor.Core.Consistency;
using ClaimExtractor.Core.Quantities;

namespace ClaimExtractor.Consistency.Tests;

// A document that states one figure twice (a lede and a closing paragraph) conflicts with another document's figure
// once: a reviewer sees one flag for the two values, and the same flag whichever document was checked first.
public sealed class RepeatedFigureTests
{
    private const string Burned = "fire.area";

    private readonly Claims _claims = new();

    [Fact]
    public void A_figure_stated_twice_in_one_document_gets_one_flag_against_another_documents_figure()
    {
        var lede = _claims.Level(Claims.Early2025, "12,400 acres", 12_400, Unit.Count, Burned, 2024);
        var closing = _claims.Level(Claims.Early2025, "12,400 acres", 12_400, Unit.Count, Burned, 2024);
        var other = _claims.Level(Claims.Ft, "14,200 acres", 14_200, Unit.Count, Burned, 2024);

        // Checked last, the repeating document sees the other figure; checked first, the other document sees the
        // repeated figure through its first statement alone (the store returns one claim per figure).
        var repeatingLast = ConsistencyChecker.CreateDefault().Check([lede, closing], [lede, closing, other]);
        var otherLast = ConsistencyChecker.CreateDefault().Check([other], [lede, other]);

        var flag = Assert.Single(repeatingLast);
        Assert.Equal(ContradictionKind.ValueMismatch, flag.Kind);
        Assert.Equal([Check.Pair(Assert.Single(otherLast))], repeatingLast.Select(Check.Pair));
    }

    [Fact]
    public void Different_figures_in_one_document_each_keep_their_flag()
    {
        var lede = _claims.Level(Claims.Early2025, "12,400 acres", 12_400, Unit.Count, Burned, 2024);
        var update = _claims.Level(Claims.Early2025, "13,000 acres", 13_000, Unit.Count, Burned, 2024, Qualifier.Approx);
        var other = _claims.Level(Claims.Ft, "14,200 acres", 14_200, Unit.Count, Burned, 2024);

        var flags = ConsistencyChecker.CreateDefault().Check([other], [lede, update, other]);

        Assert.Equal(
            [(lede.Id.Value, other.Id.Value), (update.Id.Value, other.Id.Value)],
            flags.Where(f => f.Kind == ContradictionKind.ValueMismatch).Select(f => (Math.Min(f.A.Value, f.B.Value), Math.Max(f.A.Value, f.B.Value))).Order());
    }
}
