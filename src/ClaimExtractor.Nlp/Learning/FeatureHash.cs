using System.Numerics;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Learning;

/// <summary>
/// Stable feature hashing: 32-bit FNV-1a over UTF-16 code units, MurmurHash3 rounds over 32-bit values, so a feature
/// maps to the same weight row on every run and platform (never <c>string.GetHashCode</c>, which is randomized per process).
/// </summary>
public static class FeatureHash
{
    /// <summary>FNV-1a's offset basis: the hash of nothing.</summary>
    public const uint Empty = 2166136261;

    private const uint Prime = 16777619;

    // Mix(Empty, template) for the templates models use, computed once: a feature then costs one or two mixes, not two or three.
    private static readonly uint[] TemplateSeeds = [.. Enumerable.Range(0, 64).Select(t => Mix(Empty, (uint)t))];

    /// <summary>The hash of <paramref name="text"/>; with <paramref name="normalize"/>, letters are lower-cased and digits read as 0.</summary>
    public static uint Text(ReadOnlySpan<char> text, bool normalize)
    {
        uint h = Empty;
        foreach (char raw in text)
        {
            h = Add(h, normalize ? Normal(raw) : raw);
        }

        return h;
    }

    /// <summary>Folds one UTF-16 code unit into <paramref name="hash"/>: <see cref="Text"/> a character at a time.</summary>
    public static uint Add(uint hash, char c) => (hash ^ c) * Prime;

    /// <summary>
    /// Folds <paramref name="value"/> into <paramref name="hash"/> with one MurmurHash3 round: two multiplies, where
    /// FNV-1a over its four bytes took four in a row, and every bit of the value reaches the low bits that pick a row.
    /// </summary>
    public static uint Mix(uint hash, uint value)
    {
        uint k = BitOperations.RotateLeft(value * 0xCC9E2D51, 15) * 0x1B873593;
        return (BitOperations.RotateLeft(hash ^ k, 13) * 5) + 0xE6546B64;
    }

    /// <summary>The feature "template <paramref name="template"/> has value <paramref name="value"/>".</summary>
    public static uint Feature(int template, uint value) => Mix(Seed(template), value);

    /// <summary>The feature "template <paramref name="template"/> has values <paramref name="a"/> and <paramref name="b"/>".</summary>
    public static uint Feature(int template, uint a, uint b) => Mix(Mix(Seed(template), a), b);

    private static uint Seed(int template) => (uint)template < (uint)TemplateSeeds.Length ? TemplateSeeds[template] : Mix(Empty, (uint)template);

    /// <summary>The character as the normalized word features see it: lower case, every digit 0.</summary>
    public static char Normal(char c) => char.IsAsciiDigit(c) ? '0' : Lower.Of(c);
}
