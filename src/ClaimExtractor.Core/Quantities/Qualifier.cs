namespace ClaimExtractor.Core.Quantities;

/// <summary>How the wording bounds a value. Exported by <see cref="QualifierNames"/>.</summary>
public enum Qualifier
{
    /// <summary>Exact as stated (within its stated precision).</summary>
    None,

    /// <summary>about, around, roughly, some, nearly, almost.</summary>
    Approx,

    /// <summary>more than, over, topped, above.</summary>
    MoreThan,

    /// <summary>at least.</summary>
    AtLeast,

    /// <summary>less than, under, below.</summary>
    LessThan,

    /// <summary>up to, at most.</summary>
    AtMost,

    /// <summary>between a and b; the value's low and high are the range's ends.</summary>
    Range,
}
