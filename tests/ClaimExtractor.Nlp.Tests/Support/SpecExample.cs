namespace ClaimExtractor.Nlp.Tests.Support;

/// <summary>One example of a spec file: where it is, its input text and its expected JSON.</summary>
public sealed record SpecExample(string File, int Number, int Line, string Input, string Expected)
{
    /// <inheritdoc />
    public override string ToString() => $"{File}#{Number}";
}
