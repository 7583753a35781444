namespace ClaimExtractor.Consistency;

/// <summary>How strict the checker is.</summary>
/// <param name="RelativeTolerance">
/// Extra slack on each side, as a share of its value, before two intervals count as disjoint (0.005 = 0.5%, so two exact
/// figures about 1% apart still conflict: 124,600 vs 126,400 unemployed). The intervals already carry the wording's
/// precision ("$1.3 billion" is 1.25 to 1.35 billion); this covers rounding on top.
/// </param>
/// <param name="MinimumScore">Flags scoring below this are not raised.</param>
/// <param name="UndatedWindowDays">
/// Figures with no time scope ("the 3,950 kg satellite", "218,000 vehicles recalled") are compared only between
/// articles published at most this many days apart: the same story's news cycle.
/// </param>
public sealed record ConsistencyOptions(double RelativeTolerance = 0.005, double MinimumScore = 0.2, int UndatedWindowDays = 45)
{
    /// <summary>The defaults.</summary>
    public static ConsistencyOptions Default { get; } = new();
}
