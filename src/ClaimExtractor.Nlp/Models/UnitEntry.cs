using ClaimExtractor.Core.Quantities;

namespace ClaimExtractor.Nlp.Models;

/// <summary>A unit surface: its unit, and whether it may stand before and/or after the number.</summary>
public sealed record UnitEntry(Unit Unit, bool Prefix, bool Suffix);
