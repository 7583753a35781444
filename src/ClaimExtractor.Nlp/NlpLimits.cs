namespace ClaimExtractor.Nlp;

/// <summary>Caps that keep hostile or broken input from hanging a worker; reaching one adds a warning.</summary>
/// <param name="MaxTokens">Tokens read per document; the rest of the text is skipped.</param>
/// <param name="MaxSentenceTokens">Tokens per sentence; a longer run is cut into pieces.</param>
/// <param name="TimeBudget">Wall time per document; later processes are skipped once it is spent.</param>
public sealed record NlpLimits(int MaxTokens, int MaxSentenceTokens, TimeSpan TimeBudget)
{
    /// <summary>200,000 tokens (a long book chapter), 250 tokens a sentence, 5 seconds.</summary>
    public static NlpLimits Default { get; } = new(200_000, 250, TimeSpan.FromSeconds(5));
}
