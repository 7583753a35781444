namespace ClaimExtractor.Nlp.Text;

/// <summary>Lower case one character at a time, as <see cref="char.ToLowerInvariant"/> gives it, with ASCII answered at once.</summary>
internal static class Lower
{
    /// <summary><paramref name="c"/> in lower case: the same as <see cref="char.ToLowerInvariant"/>, without its look-up for ASCII.</summary>
    public static char Of(char c) => c < 128 ? (char)(c is >= 'A' and <= 'Z' ? c | 0x20 : c) : char.ToLowerInvariant(c);
}
