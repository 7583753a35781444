using ClaimExtractor.Core.Periods;

namespace ClaimExtractor.Core.Claims;

/// <summary>
/// What a change or multiplier compares: the level of <paramref name="LevelMetricKey"/> in the claim's own period
/// against the level in <paramref name="Reference"/> ("more than doubled from last year"; "rose 21% to $2.2 billion").
/// </summary>
/// <param name="LevelMetricKey">The canonical metric of the levels compared.</param>
/// <param name="Reference">The earlier period, when the text names it.</param>
public sealed record ChangeFrame(string LevelMetricKey, Period? Reference);
