namespace ClaimExtractor.Nlp.Text;

/// <summary>
/// Lower case one character at a time, as <see cref="char.ToLowerInvariant"/> gives it, from a table of every UTF-16
/// code unit (128 KB) built once: the invariant culture's own look-up costs a call per character, and feature hashes
/// and phrase keys lower every character of a story.
/// </summary>
internal static class Lower
{
    private static readonly char[] Table = Build();

    /// <summary><paramref name="c"/> in lower case, the same as <see cref="char.ToLowerInvariant"/>.</summary>
    public static char Of(char c) => Table[c];

    private static char[] Build()
    {
        var table = new char[char.MaxValue + 1];
        for (int c = 0; c <= char.MaxValue; c++)
        {
            table[c] = char.ToLowerInvariant((char)c);
        }

        return table;
    }
}
