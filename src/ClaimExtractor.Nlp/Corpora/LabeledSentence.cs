namespace ClaimExtractor.Nlp.Corpora;

/// <summary>A training or test sentence: its words and one gold label per word (a POS tag or a BIO entity label).</summary>
public sealed record LabeledSentence(IReadOnlyList<string> Words, IReadOnlyList<string> Labels);
