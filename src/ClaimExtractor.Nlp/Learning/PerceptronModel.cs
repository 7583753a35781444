using System.Collections.Frozen;
using System.IO.Compression;
using System.Text;

namespace ClaimExtractor.Nlp.Learning;

/// <summary>
/// A trained averaged-perceptron model: its kind (the feature set it was trained with), its labels, a lexicon of word
/// codes its features read (for the tagger: the tags each word was seen with), and the hashed weight table. The file is
/// gzip over: "CXPM", format version, kind, hash bits, labels, the lexicon, then only the rows with a non-zero
/// weight, each as a row-index delta, a bit mask of its non-zero labels and those weights as 16-bit floats. In memory
/// the weights are 16-bit integers (<see cref="QuantizedTable"/>): half the memory traffic of floats when scoring.
/// </summary>
public sealed class PerceptronModel : ILinearScorer
{
    private const int FormatVersion = 1;
    private static readonly byte[] Magic = "CXPM"u8.ToArray();
    private readonly QuantizedTable table;

    internal PerceptronModel(string kind, IReadOnlyList<string> labels, WeightTable table, IReadOnlyDictionary<string, int> lexicon)
    {
        if (labels.Count != table.Labels || labels.Count > 32)
        {
            throw new ArgumentException($"A model has 1 to 32 labels, one per weight column; got {labels.Count} for {table.Labels} columns.", nameof(labels));
        }

        Kind = kind;
        LabelNames = labels;
        this.table = new QuantizedTable(table);
        Lexicon = lexicon.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The feature set the model was trained with ("pos/4", "ner/4"); loading checks it.</summary>
    public string Kind { get; }

    /// <summary>The label names, by index.</summary>
    public IReadOnlyList<string> LabelNames { get; }

    /// <summary>Word forms with a code the features read (the tagger's tags seen per word, the recognizer's WordNet names); empty when unused.</summary>
    public FrozenDictionary<string, int> Lexicon { get; }

    /// <inheritdoc />
    public int Labels => table.Labels;

    /// <summary>How many weights are not zero.</summary>
    public int NonZeroWeights
    {
        get
        {
            int count = 0;
            for (int row = 0; row < 1 << table.Bits; row++)
            {
                for (int k = 0; k < table.Labels; k++)
                {
                    count += table.Weight(row, k) != 0f ? 1 : 0;
                }
            }

            return count;
        }
    }

    /// <inheritdoc />
    public int Best(ReadOnlySpan<uint> features) => table.Best(features);

    /// <summary>How many score slots one word's sums take: the label count padded to whole vectors.</summary>
    internal int ScoreWidth => table.Stride;

    /// <summary>Writes the row offsets of <paramref name="features"/> into <paramref name="rows"/> and starts fetching them.</summary>
    internal void Locate(ReadOnlySpan<uint> features, Span<int> rows) => table.Locate(features, rows);

    /// <summary>Writes the sum of the rows at <paramref name="rows"/> into <paramref name="into"/> (<see cref="ScoreWidth"/> ints).</summary>
    internal void SumRows(ReadOnlySpan<int> rows, Span<int> into) => table.SumRows(rows, into);

    /// <summary>
    /// The best label over <paramref name="features"/> with the sums <paramref name="start"/> (or none) already added, and
    /// by how much its score beats the runner-up's.
    /// </summary>
    public int Best(ReadOnlySpan<uint> features, ReadOnlySpan<int> start, out float margin) => table.Best(features, start, out margin);

    /// <summary>
    /// The model whose every weight is the mean of that weight in <paramref name="models"/> (trained on the same data with
    /// the same features, in different orders): the mean of a few runs varies less from run to run than each run.
    /// </summary>
    public static PerceptronModel Mean(IReadOnlyList<PerceptronModel> models)
    {
        ArgumentNullException.ThrowIfNull(models);
        var first = models[0];
        if (models.Any(m => m.Kind != first.Kind || m.table.Bits != first.table.Bits || !m.LabelNames.SequenceEqual(first.LabelNames)))
        {
            throw new ArgumentException("Only models of one kind, size and label set can be averaged.", nameof(models));
        }

        var mean = new WeightTable(first.table.Bits, first.Labels);
        for (int row = 0; row < 1 << mean.Bits; row++)
        {
            for (int k = 0; k < mean.Labels; k++)
            {
                float sum = 0f;
                foreach (var model in models)
                {
                    sum += model.table.Weight(row, k);
                }

                mean.Weights[(row * mean.Stride) + k] = (float)(Half)(sum / models.Count);
            }
        }

        return new PerceptronModel(first.Kind, first.LabelNames, mean, first.Lexicon);
    }

    /// <summary>Writes the model to <paramref name="path"/>.</summary>
    public void Save(string path)
    {
        using var file = File.Create(path);
        using var zip = new GZipStream(file, CompressionLevel.SmallestSize);
        using var writer = new BinaryWriter(zip, Encoding.UTF8);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(Kind);
        writer.Write(table.Bits);
        writer.Write(LabelNames.Count);
        foreach (string label in LabelNames)
        {
            writer.Write(label);
        }

        writer.Write(Lexicon.Count);
        foreach (var (word, label) in Lexicon.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.Write(word);
            writer.Write(label);
        }

        int rows = 1 << table.Bits;
        int previous = -1;
        for (int row = 0; row < rows; row++)
        {
            uint mask = 0;
            for (int k = 0; k < table.Labels; k++)
            {
                mask |= table.Weight(row, k) != 0f ? 1u << k : 0u;
            }

            if (mask == 0)
            {
                continue;
            }

            writer.Write7BitEncodedInt(row - previous);
            writer.Write(mask);
            for (int k = 0; k < table.Labels; k++)
            {
                if ((mask & (1u << k)) != 0)
                {
                    writer.Write((Half)table.Weight(row, k));
                }
            }

            previous = row;
        }

        writer.Write7BitEncodedInt(0);
    }

    /// <summary>Reads a model of kind <paramref name="kind"/> from <paramref name="path"/>.</summary>
    /// <exception cref="InvalidDataException">The file is not a model, is of another version or kind, or is cut short; the message names the file.</exception>
    public static PerceptronModel Load(string path, string kind)
    {
        try
        {
            using var file = File.OpenRead(path);
            using var zip = new GZipStream(file, CompressionMode.Decompress);
            using var reader = new BinaryReader(zip, Encoding.UTF8);
            if (!reader.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic))
            {
                throw new InvalidDataException($"{path}: not a ClaimExtractor perceptron model.");
            }

            int version = reader.ReadInt32();
            string found = reader.ReadString();
            if (version != FormatVersion || found != kind)
            {
                throw new InvalidDataException($"{path}: a '{found}' model of format {version}, where '{kind}' of format {FormatVersion} is needed; retrain it with claimx train.");
            }

            var table = new WeightTable(reader.ReadInt32(), reader.ReadInt32());
            var labels = Enumerable.Range(0, table.Labels).Select(_ => reader.ReadString()).ToArray();
            var lexicon = new Dictionary<string, int>(StringComparer.Ordinal);
            for (int n = reader.ReadInt32(); n > 0; n--)
            {
                lexicon[reader.ReadString()] = reader.ReadInt32();
            }

            int row = -1;
            for (int delta = reader.Read7BitEncodedInt(); delta != 0; delta = reader.Read7BitEncodedInt())
            {
                row += delta;
                uint mask = reader.ReadUInt32();
                for (int k = 0; k < table.Labels; k++)
                {
                    if ((mask & (1u << k)) != 0)
                    {
                        table.Weights[(row * table.Stride) + k] = (float)reader.ReadHalf();
                    }
                }
            }

            return new PerceptronModel(kind, labels, table, lexicon);
        }
        catch (Exception e) when (e is EndOfStreamException or ArgumentException or IndexOutOfRangeException
            or InvalidDataException && !e.Message.StartsWith(path, StringComparison.Ordinal))
        {
            throw new InvalidDataException($"{path}: the model file is damaged ({e.Message}).", e);
        }
    }
}
