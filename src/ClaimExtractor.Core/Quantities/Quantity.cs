using ClaimExtractor.Core.Text;

namespace ClaimExtractor.Core.Quantities;

/// <summary>
/// A number read from text, normalized. <see cref="Low"/> and <see cref="High"/> bound what the wording
/// allows ("$1.3 billion" is [1.25, 1.35] billion; "more than 100" is [100, +inf) as [100, decimal.MaxValue]).
/// </summary>
/// <param name="Span">Where the quantity's words stand in the text (qualifier words excluded).</param>
/// <param name="Value">The stated value, in units of <paramref name="Unit"/> (money in currency units, percent as 61).</param>
/// <param name="Low">The lowest value the wording allows.</param>
/// <param name="High">The highest value the wording allows.</param>
/// <param name="Unit">The unit.</param>
/// <param name="Qualifier">How the wording bounds the value.</param>
/// <param name="Noun">For counts, the counted noun ("attacks"); otherwise null.</param>
/// <param name="Change">Whether this is a level or a change.</param>
public sealed record Quantity(
    TextSpan Span,
    decimal Value,
    decimal Low,
    decimal High,
    Unit Unit,
    Qualifier Qualifier,
    string? Noun = null,
    QuantityChange Change = QuantityChange.None);
