namespace ClaimExtractor.Nlp.Learning;

/// <summary>
/// Trains an averaged perceptron over hashed features (Collins 2002): on a wrong guess the truth's weights go up by
/// one and the guess's down by one; the model keeps the average of every weight over all updates, kept lazily (each
/// weight remembers when it last changed), which generalizes far better than the last weights.
/// </summary>
public sealed class PerceptronTrainer : ILinearScorer
{
    private readonly WeightTable table;
    private readonly double[] totals;
    private readonly int[] stamps;
    private int step;

    /// <summary>A trainer over 2^<paramref name="bits"/> hashed rows and <paramref name="labels"/> labels.</summary>
    public PerceptronTrainer(int bits, int labels)
    {
        table = new WeightTable(bits, labels);
        totals = new double[table.Weights.Length];
        stamps = new int[table.Weights.Length];
    }

    /// <inheritdoc />
    public int Labels => table.Labels;

    /// <inheritdoc />
    public int Best(ReadOnlySpan<uint> features) => table.Best(features);

    /// <summary>Learns from one decision: <paramref name="truth"/> was right, <paramref name="guess"/> was predicted.</summary>
    public void Update(ReadOnlySpan<uint> features, int truth, int guess)
    {
        step++;
        if (truth == guess)
        {
            return;
        }

        foreach (uint feature in features)
        {
            int row = table.Row(feature);
            Add(row + truth, 1f);
            Add(row + guess, -1f);
        }
    }

    /// <summary>
    /// The averaged weights as a model; averaged weights smaller than <paramref name="prune"/> in magnitude become zero
    /// so the file stays small.
    /// </summary>
    public PerceptronModel Average(string kind, IReadOnlyList<string> labels, IReadOnlyDictionary<string, int> lexicon, float prune)
    {
        ArgumentNullException.ThrowIfNull(labels);
        var averaged = new WeightTable(table.Bits, table.Labels);
        int now = Math.Max(step, 1);
        for (int i = 0; i < totals.Length; i++)
        {
            double total = totals[i] + ((double)(step - stamps[i]) * table.Weights[i]);
            float value = (float)(total / now);
            averaged.Weights[i] = Math.Abs(value) < prune ? 0f : (float)(Half)value;
        }

        return new PerceptronModel(kind, labels, averaged, lexicon);
    }

    private void Add(int index, float value)
    {
        totals[index] += (double)(step - stamps[index]) * table.Weights[index];
        stamps[index] = step;
        table.Weights[index] += value;
    }
}
