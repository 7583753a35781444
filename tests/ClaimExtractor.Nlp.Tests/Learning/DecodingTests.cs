using ClaimExtractor.Nlp.Corpora;
using ClaimExtractor.Nlp.Learning;
using ClaimExtractor.Nlp.Names;
using ClaimExtractor.Nlp.Syntax;

namespace ClaimExtractor.Nlp.Tests.Learning;

/// <summary>
/// Decoding sums each word's static rows up front (prefetched a word ahead) and adds the label-reading rows word by
/// word, reusing the static sums in a second pass for the words the first was unsure of; training scores every feature
/// of a word at once, pass by pass. Both must choose the same labels on real text.
/// </summary>
public class DecodingTests
{
    [SharedEvalTheory]
    [InlineData("pos")]
    [InlineData("ner")]
    public void Labelling_from_static_sums_chooses_what_scoring_every_feature_of_each_word_chooses(string model)
    {
        var recognizer = TrainedModelTests.Recognizer();
        var (templates, weights, sentences) = model == "pos"
            ? ((FeatureTemplates)new PosFeatures(recognizer.Tagger.Model.Lexicon), recognizer.Tagger.Model,
                TaggerTraining.Sentences(RepositoryPaths.SharedData("eval", "ud-english-ewt", "en_ewt-ud-test.conllu")))
            : (new NameFeatures(recognizer.Tagger, new NameGazetteer(NlpModels.Load(RepositoryPaths.Models).Entities), new NameClasses(recognizer.Model.Lexicon)), recognizer.Model,
                NameTraining.Gum(RepositoryPaths.SharedData("eval", "ud-english-gum", "en_gum-ccby-test.conllu")));

        var differing = sentences.Where(s => !Decoded(templates, weights, s).SequenceEqual(WordByWord(templates, weights, s))).ToList();

        Assert.True(differing.Count == 0, $"{differing.Count} of {sentences.Count} sentences labelled differently, first: {string.Join(' ', differing.FirstOrDefault()?.Words ?? [])}");
    }

    private static int[] Decoded(FeatureTemplates templates, PerceptronModel model, LabeledSentence sentence)
    {
        var labels = new int[sentence.Words.Count];
        templates.Decode(model, SentenceFeatures.Of(sentence.Words), labels);
        return labels;
    }

    private static int[] WordByWord(FeatureTemplates templates, PerceptronModel model, LabeledSentence sentence)
    {
        var features = SentenceFeatures.Of(sentence.Words);
        templates.Prepare(features);
        var labels = new int[sentence.Words.Count];
        var buffer = new uint[templates.MaxFeatures];
        var margins = new float[labels.Length];
        for (int pass = 1; pass <= templates.Passes; pass++)
        {
            if (templates.Passes > 1)
            {
                templates.Remember(features, pass == 1 ? default : labels);
            }

            for (int k = 0; k < labels.Length; k++)
            {
                int i = templates.InOrder(pass, k, labels.Length);
                if (pass > 1 && margins[i] >= templates.SureMargin)
                {
                    continue;
                }

                int label = templates.FixedLabel(features, i, labels);
                margins[i] = float.NegativeInfinity;
                if (label < 0)
                {
                    int n = templates.Extract(features, i, labels, buffer);
                    label = templates.Constrain(i > 0 ? labels[i - 1] : -1, model.Best(buffer.AsSpan(0, n), default, out margins[i]));
                }

                labels[i] = label;
            }
        }

        return labels;
    }
}
