namespace ClaimExtractor.Nlp.Learning;

/// <summary>A linear model over hashed features: one weight row per feature hash, one column per label.</summary>
public interface ILinearScorer
{
    /// <summary>How many labels the model chooses among.</summary>
    int Labels { get; }

    /// <summary>The label with the highest summed weight over <paramref name="features"/> (ties go to the lower index).</summary>
    int Best(ReadOnlySpan<uint> features);
}
