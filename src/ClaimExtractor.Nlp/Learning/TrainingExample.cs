namespace ClaimExtractor.Nlp.Learning;

/// <summary>A sentence with its features computed and its gold label indices.</summary>
public sealed record TrainingExample(SentenceFeatures Sentence, int[] Gold);
