namespace ClaimExtractor.Core.Claims;

/// <summary>Conventions of canonical metric keys shared by the NLP stage and the checker.</summary>
public static class MetricKeys
{
    /// <summary>
    /// The prefix of a figure someone expects rather than reports ("analysts had expected 140,000 jobs"): never set
    /// against the result it expects.
    /// </summary>
    public const string ExpectedPrefix = "expected:";

    /// <summary>True when <paramref name="metricKey"/> names an expected figure.</summary>
    public static bool IsExpected(string metricKey) => metricKey.StartsWith(ExpectedPrefix, StringComparison.Ordinal);

    /// <summary>
    /// The prefix of a figure a revision replaced ("revised ... to 906,000, from 740,000", "its earlier estimate of
    /// 740,000"): an old estimate, never set against the figure that replaced it.
    /// </summary>
    public const string SupersededPrefix = "superseded:";

    /// <summary>The suffix of a size class ("attacks over $100 million"): a threshold, never a level.</summary>
    public const string ThresholdSuffix = ".size_threshold";

    /// <summary>
    /// The suffix of a part taken out of a whole named elsewhere ("Nine of the deaths", "of which 450.000 euros"): parts
    /// under one key are different subsets, never restatements of one figure.
    /// </summary>
    public const string PartSuffix = ".part";

    /// <summary>True when <paramref name="metricKey"/> names a part of a whole.</summary>
    public static bool IsPart(string metricKey) => metricKey.EndsWith(PartSuffix, StringComparison.Ordinal);

    /// <summary>
    /// The base key of a share whose whole the text does not name ("a fifth of its value"): such shares are of no
    /// measure a checker can compare.
    /// </summary>
    public const string UnnamedWhole = "total";

    /// <summary>The key prefix of a whole that is never set against its parts: "total:users.count".</summary>
    public const string TotalPrefix = "total:";

    /// <summary>
    /// The key of a whole: <see cref="TotalPrefix"/> after an expectation's or a revision's prefix, so the key still reads
    /// as expected ("expected:total:funding.value" for "the $8.3 billion ... needed").
    /// </summary>
    public static string Totalled(string metricKey)
    {
        ArgumentNullException.ThrowIfNull(metricKey);
        int after = IsExpected(metricKey) ? ExpectedPrefix.Length : metricKey.StartsWith(SupersededPrefix, StringComparison.Ordinal) ? SupersededPrefix.Length : 0;
        // (a key taken from a total is one already: "won 126 medals in all, 35 more than")
        return metricKey.AsSpan(after).StartsWith(TotalPrefix, StringComparison.Ordinal) ? metricKey : metricKey[..after] + TotalPrefix + metricKey[after..];
    }

    /// <summary>The key of a whole as a part's base: <see cref="TotalPrefix"/> taken out ("expected:funding.value").</summary>
    public static string Untotalled(string metricKey)
    {
        ArgumentNullException.ThrowIfNull(metricKey);
        int at = metricKey.IndexOf(TotalPrefix, StringComparison.Ordinal);
        return at >= 0 && (at == 0 || metricKey[at - 1] == ':') ? metricKey[..at] + metricKey[(at + TotalPrefix.Length)..] : metricKey;
    }

    /// <summary>
    /// What <paramref name="metricKey"/> measures, whatever its form, group and expectation: "unemployment" for
    /// unemployment.rate, unemployment.count, women:unemployment.rate and expected:women:unemployment.rate ("revenue" for
    /// a segment's data center:revenue.value).
    /// </summary>
    public static string Concept(string metricKey)
    {
        ArgumentNullException.ThrowIfNull(metricKey);
        string key = metricKey[(metricKey.LastIndexOf(':') + 1)..];
        int dot = key.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? key : key[..dot];
    }

    /// <summary>True when <paramref name="metricKey"/> names a size threshold.</summary>
    public static bool IsThreshold(string metricKey) => metricKey.EndsWith(ThresholdSuffix, StringComparison.Ordinal);
}
