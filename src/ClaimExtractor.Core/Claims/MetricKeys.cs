namespace ClaimExtractor.Core.Claims;

/// <summary>Conventions of canonical metric keys shared by the NLP stage and the checker.</summary>
public static class MetricKeys
{
    /// <summary>The suffix of a size class ("attacks over $100 million"): a threshold, never a level.</summary>
    public const string ThresholdSuffix = ".size_threshold";

    /// <summary>True when <paramref name="metricKey"/> names a size threshold.</summary>
    public static bool IsThreshold(string metricKey) => metricKey.EndsWith(ThresholdSuffix, StringComparison.Ordinal);
}
