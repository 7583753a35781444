using ClaimExtractor.Nlp.Corpora;
using ClaimExtractor.Nlp.Learning;
using ClaimExtractor.Nlp.Syntax;

namespace ClaimExtractor.Nlp.Names;

/// <summary>
/// A PER/ORG/LOC name recognizer: a greedy averaged perceptron over <see cref="NameFeatures"/> with BIO labels,
/// trained by <see cref="NameTraining"/>. Thread-safe: labelling keeps its state in the caller's buffers.
/// </summary>
public sealed class NameRecognizer
{
    private readonly NameFeatures features;

    /// <summary>A recognizer over a trained model (its lexicon: WordNet's names, as <see cref="WordNetNames"/> reads them), the tagger it was trained with and the gazetteer.</summary>
    public NameRecognizer(PerceptronModel model, PosTagger tagger, NameGazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (!model.LabelNames.SequenceEqual(EntityLabels.All))
        {
            throw new ArgumentException($"A name model labels {string.Join(' ', EntityLabels.All)}; this one labels {string.Join(' ', model.LabelNames)}.", nameof(model));
        }

        Model = model;
        Tagger = tagger;
        features = new NameFeatures(tagger, gazetteer, new NameClasses(model.Lexicon));
    }

    /// <summary>The model.</summary>
    public PerceptronModel Model { get; }

    /// <summary>The tagger whose tags the recognizer reads.</summary>
    public PosTagger Tagger { get; }

    /// <summary>Loads a recognizer model file.</summary>
    public static NameRecognizer Load(string path, PosTagger tagger, NameGazetteer gazetteer) =>
        new(PerceptronModel.Load(path, NameFeatures.Kind), tagger, gazetteer);

    /// <summary>Labels the words of <paramref name="sentence"/> (tagging them first) with indices into <see cref="EntityLabels.All"/>.</summary>
    public void Label(SentenceFeatures sentence, Span<int> labels) => features.Decode(Model, sentence, labels);

    /// <summary>The BIO labels of <paramref name="words"/>.</summary>
    public string[] Label(IReadOnlyList<string> words)
    {
        var sentence = SentenceFeatures.Of(words);
        var labels = new int[words.Count];
        Label(sentence, labels);
        return [.. labels.Select(l => EntityLabels.All[l])];
    }
}
