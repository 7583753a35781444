using ClaimExtractor.Core.Claims;

namespace ClaimExtractor.Core.Consistency;

/// <summary>
/// A flag raised by a consistency rule on two stored claims. The pair is unordered: the store keeps one flag per
/// pair and kind, whichever order a rule found it in.
/// </summary>
/// <param name="A">One claim.</param>
/// <param name="B">The other claim.</param>
/// <param name="Kind">What sort of conflict.</param>
/// <param name="Severity">How much it matters, 0 to 1: grows with the gap, shared sources, confidence; drops when hedged.</param>
/// <param name="Score">How sure the rule is that the claims truly conflict, 0 to 1.</param>
/// <param name="Explanation">One sentence a reviewer can read, naming both values, both documents and the shared key.</param>
/// <param name="Key">The alignment key the claims share.</param>
public sealed record Contradiction(
    ClaimId A,
    ClaimId B,
    ContradictionKind Kind,
    double Severity,
    double Score,
    string Explanation,
    ClaimKey Key);
