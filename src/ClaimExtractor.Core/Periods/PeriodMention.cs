using ClaimExtractor.Core.Text;

namespace ClaimExtractor.Core.Periods;

/// <summary>A time expression found in text ("last year", "in May", "Q3 2024") and the period it resolves to.</summary>
/// <param name="Span">The expression's words.</param>
/// <param name="Period">The resolved period.</param>
/// <param name="Relative">True when it was resolved against the publication date ("last year").</param>
public sealed record PeriodMention(TextSpan Span, Period Period, bool Relative);
