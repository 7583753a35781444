using ClaimExtractor.Core.Text;

namespace ClaimExtractor.Nlp.Text;

/// <summary>A sentence: its span and its tokens as the half-open index range [FirstToken, EndToken).</summary>
public readonly record struct Sentence(TextSpan Span, int FirstToken, int EndToken);
