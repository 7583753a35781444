using ClaimExtractor.Nlp.Corpora;
using ClaimExtractor.Nlp.Learning;

namespace ClaimExtractor.Nlp.Names;

/// <summary>Trains and scores the name recognizer on GUM (CoNLL-U entity annotation) and Universal NER (IOB2).</summary>
public static class NameTraining
{
    /// <summary>
    /// Trains on <paramref name="train"/>, early-stopped on entity F1 over <paramref name="dev"/>, with the typed names of
    /// <paramref name="wordNetNames"/> (<see cref="WordNetNames.Read"/>), which the model file keeps.
    /// </summary>
    public static NameRecognizer Train(
        IReadOnlyList<LabeledSentence> train, IReadOnlyList<LabeledSentence> dev, Syntax.PosTagger tagger, NameGazetteer gazetteer,
        IReadOnlyDictionary<string, int> wordNetNames, TrainingOptions options, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(train);
        var features = new NameFeatures(tagger, gazetteer, new NameClasses(wordNetNames));
        var index = EntityLabels.All.Select((l, k) => (l, k)).ToDictionary(p => p.l, p => p.k, StringComparer.Ordinal);
        var examples = train.Select(s => new TrainingExample(SentenceFeatures.Of(s.Words), [.. s.Labels.Select(l => index[l])])).ToArray();
        var model = SequenceTrainer.Train(features, NameFeatures.Kind, EntityLabels.All, wordNetNames, examples,
            m => Score(new NameRecognizer(m, tagger, gazetteer), dev).Of(null).F1, options, log);
        return new NameRecognizer(model, tagger, gazetteer);
    }

    /// <summary>Entity-level scores of <paramref name="recognizer"/> on <paramref name="sentences"/>.</summary>
    public static EntityScore Score(NameRecognizer recognizer, IEnumerable<LabeledSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(recognizer);
        ArgumentNullException.ThrowIfNull(sentences);
        var score = new EntityScore();
        foreach (var sentence in sentences)
        {
            score.Add(sentence.Labels, recognizer.Label(sentence.Words));
        }

        return score;
    }

    /// <summary>The words and PER/ORG/LOC labels of a GUM CoNLL-U file.</summary>
    public static List<LabeledSentence> Gum(string conlluFile) =>
        [.. ConlluReader.Read(conlluFile).Select(s => new LabeledSentence([.. s.Words.Select(w => w.Form)], GumEntities.Labels(s)))];

    /// <summary>The words and labels of a Universal NER IOB2 file.</summary>
    public static List<LabeledSentence> Uner(string iob2File) => [.. Iob2Reader.Read(iob2File)];
}
