using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace ClaimExtractor.Nlp.Learning;

/// <summary>
/// A trained model's weights for scoring: 16-bit integers (weight × one scale for the whole table), each row padded to
/// a multiple of 16 labels and, for the 17 POS tags, exactly one 64-byte cache line, aligned; the rows live in a
/// pinned array so the alignment holds (and a row's address can be handed to a prefetch). Scores add up in 32-bit
/// integers, so they cannot overflow, and the sum of a word's rows is the same whatever order they are added in.
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

    /// <summary>The label with the highest summed weight over <paramref name="features"/>.</summary>
    public int Best(ReadOnlySpan<uint> features) => Best(features, default);

    /// <summary>
    /// The label with the highest summed weight over <paramref name="features"/> plus <paramref name="start"/> (a word's
    /// sums from <see cref="SumRows"/>, or empty): integer sums, so the same label as scoring every feature at once.
    /// </summary>
    public int Best(ReadOnlySpan<uint> features, ReadOnlySpan<int> start) => Best(features, start, out _);

    /// <summary>As <see cref="Best(ReadOnlySpan{uint}, ReadOnlySpan{int})"/>, with how far the best score is above the runner-up's (in weights).</summary>
    public int Best(ReadOnlySpan<uint> features, ReadOnlySpan<int> start, out float margin)
    {
        Span<int> rows = features.Length <= 128 ? stackalloc int[features.Length] : new int[features.Length];
        Locate(features, rows);
        var sums = start.IsEmpty ? default : Sums.Load(start, Stride);
        AddRows(rows, ref sums);
        Span<int> scores = stackalloc int[32];
        sums.Store(scores, 32);
        int best = 0, second = int.MinValue;
        for (int k = 1; k < Labels; k++)
        {
            if (scores[k] > scores[best])
            {
                (second, best) = (scores[best], k);
            }
            else
            {
                second = Math.Max(second, scores[k]);
            }
        }

        margin = Labels == 1 ? float.PositiveInfinity : ((long)scores[best] - second) / Scale;
        return best;
    }

    /// <summary>
    /// Writes where the rows of <paramref name="features"/> start into <paramref name="rows"/> and asks the memory for
    /// them without waiting: summed a word later (<see cref="SumRows"/>), they have arrived meanwhile.
    /// </summary>
    public unsafe void Locate(ReadOnlySpan<uint> features, Span<int> rows)
    {
        ref short table = ref weights[origin];
        for (int k = 0; k < features.Length; k++)
        {
            int at = (int)(features[k] & Mask) * Stride;
            rows[k] = at;
            if (Sse.IsSupported)
            {
                // the array is pinned, so the address holds
                Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.Add(ref table, at)));
            }
        }
    }

    /// <summary>Writes the sum of the rows at <paramref name="rows"/> (from <see cref="Locate"/>) into <paramref name="into"/> (<see cref="Stride"/> ints).</summary>
    public void SumRows(ReadOnlySpan<int> rows, Span<int> into)
    {
        var sums = default(Sums);
        AddRows(rows, ref sums);
        sums.Store(into, Stride);
    }

    private void AddRows(ReadOnlySpan<int> rows, ref Sums sums)
    {
        // The scores stay in registers (two or four vectors of 8 ints) while the rows are added: one row is 16 or 32
        // labels wide. Offsets come from masked feature hashes, so reading a row needs no bounds check.
        ref short table = ref weights[origin];
        var s0 = sums.S0;
        var s1 = sums.S1;
        var s2 = sums.S2;
        var s3 = sums.S3;
        bool wide = Stride == 32;
        foreach (int at in rows)
        {
            ref short row = ref Unsafe.Add(ref table, at);
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

        sums = new Sums { S0 = s0, S1 = s1, S2 = s2, S3 = s3 };
    }

    private struct Sums
    {
        public Vector256<int> S0;
        public Vector256<int> S1;
        public Vector256<int> S2;
        public Vector256<int> S3;

        public static Sums Load(ReadOnlySpan<int> from, int width) => width == 32
            ? new Sums { S0 = Vector256.Create(from), S1 = Vector256.Create(from[8..]), S2 = Vector256.Create(from[16..]), S3 = Vector256.Create(from[24..]) }
            : new Sums { S0 = Vector256.Create(from), S1 = Vector256.Create(from[8..]) };

        public readonly void Store(Span<int> into, int width)
        {
            S0.CopyTo(into);
            S1.CopyTo(into[8..]);
            if (width == 32)
            {
                S2.CopyTo(into[16..]);
                S3.CopyTo(into[24..]);
            }
        }
    }
}
