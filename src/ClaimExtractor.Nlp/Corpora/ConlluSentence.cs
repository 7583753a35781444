namespace ClaimExtractor.Nlp.Corpora;

/// <summary>
/// A CoNLL-U sentence: its <c># text</c> line (null when absent), its syntactic words, and its surface tokens (a
/// multiword token such as "don't" is one surface token over the words "do" and "n't"). <see cref="NewDocument"/> and
/// <see cref="NewParagraph"/> say whether a <c># newdoc</c> or <c># newpar</c> comment came before it.
/// </summary>
public sealed record ConlluSentence(string? Text, IReadOnlyList<ConlluToken> Words, IReadOnlyList<SurfaceToken> Surface, bool NewDocument, bool NewParagraph);
