namespace ClaimExtractor.Nlp.Models;

/// <summary>The role of a number word.</summary>
public enum NumberWordKind
{
    /// <summary>one, twenty.</summary>
    Cardinal,

    /// <summary>thousand, million (a following word).</summary>
    Scale,

    /// <summary>k, m, bn (a suffix glued to the number, or bn/mn after a space).</summary>
    ScaleSuffix,

    /// <summary>dozen.</summary>
    Dozen,

    /// <summary>half, third, quarter: a fraction's denominator.</summary>
    Denominator,

    /// <summary>doubled, halved: a multiplier verb.</summary>
    Multiplier,

    /// <summary>double, twice: a multiplier before "the number", "as many".</summary>
    MultiplierNoun,
}
