using System.Runtime.Intrinsics;

namespace ClaimExtractor.Nlp.Learning;

/// <summary>
/// The dense weight table both the trainer and the loaded model score with: 2^bits rows, each padded to a multiple of
/// eight labels so a row adds in whole 256-bit vectors.
/// </summary>
internal sealed class WeightTable
{
    public WeightTable(int bits, int labels)
    {
        if (bits is < 10 or > 24)
        {
            throw new ArgumentOutOfRangeException(nameof(bits), bits, "Hash tables of 2^10 to 2^24 rows are supported.");
        }

        Bits = bits;
        Labels = labels;
        Stride = (labels + 7) & ~7;
        Mask = (1u << bits) - 1;
        Weights = new float[(long)Stride << bits];
    }

    public int Bits { get; }

    public int Labels { get; }

    public int Stride { get; }

    public uint Mask { get; }

    public float[] Weights { get; }

    public int Row(uint feature) => (int)(feature & Mask) * Stride;

    public int Best(ReadOnlySpan<uint> features)
    {
        Span<float> scores = stackalloc float[Stride];
        scores.Clear();
        var weights = Weights.AsSpan();
        foreach (uint feature in features)
        {
            var row = weights.Slice(Row(feature), Stride);
            for (int k = 0; k < Stride; k += 8)
            {
                var sum = Vector256.Create<float>(scores[k..]) + Vector256.Create<float>(row[k..]);
                sum.CopyTo(scores[k..]);
            }
        }

        int best = 0;
        for (int k = 1; k < Labels; k++)
        {
            if (scores[k] > scores[best])
            {
                best = k;
            }
        }

        return best;
    }
}
