using ClaimExtractor.Core.Text;
using ClaimExtractor.Nlp.Learning;

namespace ClaimExtractor.Nlp.Syntax;

/// <summary>
/// A universal-POS tagger (NOUN, VERB, PROPN, ...): a greedy averaged perceptron over <see cref="PosFeatures"/>,
/// trained by <see cref="TaggerTraining"/>. Thread-safe: tagging keeps its state in the caller's buffers.
/// </summary>
public sealed class PosTagger
{
    private readonly PosFeatures features;

    /// <summary>A tagger over a trained model.</summary>
    public PosTagger(PerceptronModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        Model = model;
        features = new PosFeatures(model.Lexicon);
    }

    /// <summary>The model.</summary>
    public PerceptronModel Model { get; }

    /// <summary>The tag names, by index.</summary>
    public IReadOnlyList<string> Tags => Model.LabelNames;

    /// <summary>Loads a tagger model file.</summary>
    public static PosTagger Load(string path) => new(PerceptronModel.Load(path, PosFeatures.Kind));

    /// <summary>Tags the words of <paramref name="sentence"/> into <paramref name="tags"/> (indices into <see cref="Tags"/>).</summary>
    public void Tag(SentenceFeatures sentence, Span<int> tags)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        features.Decode(Model, sentence, tags);
    }

    /// <summary>Tags the tokens at <paramref name="spans"/> of <paramref name="text"/> (one sentence).</summary>
    public void Tag(SentenceFeatures buffer, string text, ReadOnlySpan<TextSpan> spans, Span<int> tags)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        buffer.Reset(text, spans);
        Tag(buffer, tags);
    }

    /// <summary>The tags of <paramref name="words"/>, as names.</summary>
    public string[] Tag(IReadOnlyList<string> words)
    {
        var sentence = SentenceFeatures.Of(words);
        var tags = new int[words.Count];
        Tag(sentence, tags);
        return [.. tags.Select(t => Tags[t])];
    }
}
