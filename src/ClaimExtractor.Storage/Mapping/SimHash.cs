using System.Numerics;

namespace ClaimExtractor.Storage.Mapping;

/// <summary>
/// A 64-bit SimHash of a text over its word 3-shingles (lower-cased letters and digits): texts that share most of their
/// wording get hashes a few bits apart, so a syndicated copy with a new headline, a byline or a trimmed paragraph is
/// found as a near-duplicate of its original. Deterministic across processes and platforms.
/// </summary>
internal static class SimHash
{
    /// <summary>Texts with fewer words are too short to call near-duplicates: briefs share their wording by chance.</summary>
    public const int MinWords = 60;

    /// <summary>
    /// At most this many differing bits make two texts near-duplicates. Measured on the team's corpus: a copy with a new
    /// headline and byline, or without its last paragraph, is 1 to 12 bits away; two outlets' own reports of one event
    /// are 24 to 35 apart; unrelated texts about 32.
    /// </summary>
    public const int MaxDistance = 12;

    /// <summary>The hash is cut into this many 16-bit bands; two hashes at most 3 bits apart share at least one.</summary>
    public const int Bands = 4;

    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    /// <summary>The SimHash of <paramref name="text"/>, or null when it has fewer than <see cref="MinWords"/> words.</summary>
    public static long? Compute(string text)
    {
        Span<int> votes = stackalloc int[64];
        ulong previous2 = 0, previous1 = 0, word = FnvOffset;
        int words = 0;
        var inWord = false;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (char.IsLetterOrDigit(c))
            {
                word = (word ^ char.ToLowerInvariant(c)) * FnvPrime;
                inWord = true;
                continue;
            }

            if (!inWord)
            {
                continue;
            }

            words++;
            if (words >= 3)
            {
                Vote(votes, Mix(previous2, previous1, word));
            }

            (previous2, previous1, word, inWord) = (previous1, word, FnvOffset, false);
        }

        if (words < MinWords)
        {
            return null;
        }

        ulong hash = 0;
        for (var bit = 0; bit < 64; bit++)
        {
            hash |= votes[bit] > 0 ? 1UL << bit : 0;
        }

        return unchecked((long)hash);
    }

    /// <summary>How many bits two hashes differ in.</summary>
    public static int Distance(long a, long b) => BitOperations.PopCount(unchecked((ulong)(a ^ b)));

    /// <summary>Band <paramref name="band"/> (0 to <see cref="Bands"/> - 1) of <paramref name="hash"/>: 16 of its bits.</summary>
    public static int Band(long hash, int band) => (int)((unchecked((ulong)hash) >> (16 * band)) & 0xFFFF);

    private static void Vote(Span<int> votes, ulong shingle)
    {
        for (var bit = 0; bit < 64; bit++)
        {
            votes[bit] += ((shingle >> bit) & 1) == 1 ? 1 : -1;
        }
    }

    // three word hashes to one well-spread shingle hash (SplitMix64's finalizer)
    private static ulong Mix(ulong a, ulong b, ulong c)
    {
        var x = unchecked((a * 0x9E3779B97F4A7C15UL) ^ (b * 0xC2B2AE3D27D4EB4FUL) ^ c);
        x = unchecked((x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL);
        x = unchecked((x ^ (x >> 27)) * 0x94D049BB133111EBUL);
        return x ^ (x >> 31);
    }
}
