namespace ClaimExtractor.Nlp.Corpora;

/// <summary>A surface token: its form as written and whether a space follows it.</summary>
public readonly record struct SurfaceToken(string Form, bool SpaceAfter);
