using ClaimExtractor.Core.Quantities;

namespace ClaimExtractor.Nlp.Claims;

/// <summary>What the metric resolver decided for one quantity.</summary>
internal sealed record MetricResult(
    string Key,
    string Phrase,
    string Concept,
    bool Fallback,
    bool Total = false,
    string? ShareBaseKey = null,
    Quantity? ShareTotal = null,
    string? ChangeLevelKey = null,
    QuantityChange Direction = QuantityChange.None);
