namespace ClaimExtractor.Nlp.Learning;

/// <summary>
/// Stable feature hashing: 32-bit FNV-1a over UTF-16 code units and 32-bit values, so a feature maps to the same
/// weight row on every run and platform (never <c>string.GetHashCode</c>, which is randomized per process).
/// </summary>
public static class FeatureHash
{
    /// <summary>FNV-1a's offset basis: the hash of nothing.</summary>
    public const uint Empty = 2166136261;

    private const uint Prime = 16777619;

    /// <summary>The hash of <paramref name="text"/>; with <paramref name="normalize"/>, letters are lower-cased and digits read as 0.</summary>
    public static uint Text(ReadOnlySpan<char> text, bool normalize)
    {
        uint h = Empty;
        foreach (char raw in text)
        {
            char c = normalize ? Normal(raw) : raw;
            h = (h ^ (byte)c) * Prime;
            h = (h ^ (uint)(c >> 8)) * Prime;
        }

        return h;
    }

    /// <summary>Folds the four bytes of <paramref name="value"/> into <paramref name="hash"/>.</summary>
    public static uint Mix(uint hash, uint value)
    {
        hash = (hash ^ (value & 0xFF)) * Prime;
        hash = (hash ^ ((value >> 8) & 0xFF)) * Prime;
        hash = (hash ^ ((value >> 16) & 0xFF)) * Prime;
        return (hash ^ (value >> 24)) * Prime;
    }

    /// <summary>The feature "template <paramref name="template"/> has value <paramref name="value"/>".</summary>
    public static uint Feature(int template, uint value) => Mix(Mix(Empty, (uint)template), value);

    /// <summary>The feature "template <paramref name="template"/> has values <paramref name="a"/> and <paramref name="b"/>".</summary>
    public static uint Feature(int template, uint a, uint b) => Mix(Mix(Mix(Empty, (uint)template), a), b);

    /// <summary>The character as the normalized word features see it: lower case, every digit 0.</summary>
    public static char Normal(char c) => char.IsAsciiDigit(c) ? '0' : char.ToLowerInvariant(c);
}
