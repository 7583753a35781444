using ClaimExtractor.Nlp.Models;
using ClaimExtractor.Nlp.Pipeline;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Quantities;

/// <summary>
/// A quantity being read at one token, handed from pass to pass (<see cref="RangePass"/>, <see cref="ScalePass"/>,
/// <see cref="UnitPass"/>, <see cref="FormPass"/>): where it starts, its sign and currency before, the number, the
/// second end of a range, the scale and the unit after, and the token each pass stopped at.
/// </summary>
internal struct QuantityReading(AnalyzedDocument doc, Sentence sentence, int start, NumberConvention convention)
{
    public readonly AnalyzedDocument Doc => doc;

    public readonly Sentence Sentence => sentence;

    /// <summary>The first token, a sign included.</summary>
    public readonly int Start => start;

    public readonly int End => sentence.EndToken;

    public readonly NumberConvention Convention => convention;

    /// <summary>The token the number starts at (after a sign, and after a currency before it).</summary>
    public int NumberAt { get; set; }

    public bool Negative { get; set; }

    /// <summary>A currency written before the number ("$", "EUR").</summary>
    public UnitEntry? Prefix { get; set; }

    /// <summary>The scale a currency before carries ("MSEK 120" is millions).</summary>
    public decimal PrefixScale { get; set; } = 1m;

    public NumberCore Core { get; set; }

    /// <summary>The power written after the number ("1.5e6").</summary>
    public decimal Power { get; set; } = 1m;

    public bool IsRange { get; set; }

    /// <summary>A range written with a hyphen glued to both ends ("2023-24"), which may be a season or a phone number.</summary>
    public bool HyphenRange { get; set; }

    public NumberCore Second { get; set; }

    /// <summary>The token where the range word or hyphen would be.</summary>
    public int RangeAt { get; set; }

    /// <summary>The token after what has been read so far.</summary>
    public int Next { get; set; }

    public decimal Scale { get; set; } = 1m;

    /// <summary>A lone "m" after the number read as metres ("1.8m tall"), not millions.</summary>
    public bool Metres { get; set; }

    /// <summary>A unit written after the number ("percent", "euros", "km").</summary>
    public UnitEntry? Suffix { get; set; }

    public int AfterSuffix { get; set; }

    /// <summary>
    /// The duration is part of a time expression ("two years ago", "the past 40 years", "within 30 minutes"): a span of
    /// time the period resolver reads, not a figure a claim is built on.
    /// </summary>
    public bool InTimeExpression { get; set; }
}
