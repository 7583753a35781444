using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace ClaimExtractor.Nlp.Learning;

/// <summary>
/// A trained model's weights for scoring: 16-bit integers (weight × one scale for the whole table), each row padded to
/// a multiple of 16 labels and, for the 17 POS tags, exactly one 64-byte cache line, aligned; the rows live in a
/// pinned array so the alignment holds. Scores add up in 32-bit integers, so they cannot overflow.
/// </summary>
internal sealed class QuantizedTable
{
    private readonly short[] weights;
    private readonly int origin;

    public QuantizedTable(WeightTable source)
    {
        Bits = source.Bits;
        Labels = source.Labels;
        Stride = (Labels + 15) & ~15;
        Mask = source.Mask;
        float max = 0f;
        foreach (float w in source.Weights)
        {
            max = Math.Max(max, Math.Abs(w));
        }

        Scale = max == 0f ? 1f : short.MaxValue / max;
        weights = GC.AllocateArray<short>((Stride << Bits) + 32, pinned: true);
        var handle = GCHandle.Alloc(weights, GCHandleType.Pinned);
        long address = handle.AddrOfPinnedObject();
        handle.Free();
        origin = (int)((64 - (address % 64)) % 64) / sizeof(short);
        int rows = 1 << Bits;
        for (int row = 0; row < rows; row++)
        {
            for (int k = 0; k < Labels; k++)
            {
                weights[origin + (row * Stride) + k] = (short)Math.Round(source.Weights[(row * source.Stride) + k] * Scale);
            }
        }
    }

    public int Bits { get; }

    public int Labels { get; }

    public int Stride { get; }

    public uint Mask { get; }

    public float Scale { get; }

    /// <summary>The weight of <paramref name="label"/> in <paramref name="row"/>, as a float again.</summary>
    public float Weight(int row, int label) => weights[origin + (row * Stride) + label] / Scale;

    public int Best(ReadOnlySpan<uint> features)
    {
        // The scores stay in registers (two or four vectors of 8 ints) while the rows are added: one row is 16 or 32
        // labels wide. A feature's row is masked into the table, so reading it needs no bounds check.
        ref short table = ref weights[origin];
        var s0 = Vector256<int>.Zero;
        var s1 = Vector256<int>.Zero;
        var s2 = Vector256<int>.Zero;
        var s3 = Vector256<int>.Zero;
        bool wide = Stride == 32;
        foreach (uint feature in features)
        {
            ref short row = ref Unsafe.Add(ref table, (nint)(feature & Mask) * Stride);
            var (lower, upper) = Vector256.Widen(Vector256.LoadUnsafe(ref row));
            s0 += lower;
            s1 += upper;
            if (wide)
            {
                (lower, upper) = Vector256.Widen(Vector256.LoadUnsafe(ref row, 16));
                s2 += lower;
                s3 += upper;
            }
        }

        Span<int> scores = stackalloc int[32];
        s0.CopyTo(scores);
        s1.CopyTo(scores[8..]);
        s2.CopyTo(scores[16..]);
        s3.CopyTo(scores[24..]);
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
