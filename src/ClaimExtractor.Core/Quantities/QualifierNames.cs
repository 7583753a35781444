namespace ClaimExtractor.Core.Quantities;

/// <summary>The gold-format names of qualifiers: null, <c>approx</c>, <c>more_than</c>, ...</summary>
public static class QualifierNames
{
    /// <summary>The contract name; null for <see cref="Qualifier.None"/>.</summary>
    public static string? ToName(this Qualifier qualifier) => qualifier switch
    {
        Qualifier.None => null,
        Qualifier.Approx => "approx",
        Qualifier.MoreThan => "more_than",
        Qualifier.AtLeast => "at_least",
        Qualifier.LessThan => "less_than",
        Qualifier.AtMost => "at_most",
        Qualifier.Range => "range",
        _ => throw new ArgumentOutOfRangeException(nameof(qualifier), qualifier, null),
    };

    /// <summary>Reads a contract name back; null or unknown gives <see cref="Qualifier.None"/>.</summary>
    public static Qualifier Parse(string? name) => name switch
    {
        "approx" => Qualifier.Approx,
        "more_than" => Qualifier.MoreThan,
        "at_least" => Qualifier.AtLeast,
        "less_than" => Qualifier.LessThan,
        "at_most" => Qualifier.AtMost,
        "range" => Qualifier.Range,
        _ => Qualifier.None,
    };
}
