using ClaimExtractor.Core.Text;

namespace ClaimExtractor.Nlp.Text;

/// <summary>A token: where it stands, its shape, its sentence, and whether a line break precedes it.</summary>
public readonly record struct Token(TextSpan Span, TokenKind Kind, int Sentence, bool LineBreakBefore)
{
    /// <summary>The first offset.</summary>
    public int Start => Span.Start;

    /// <summary>The offset after the last character.</summary>
    public int End => Span.End;
}
