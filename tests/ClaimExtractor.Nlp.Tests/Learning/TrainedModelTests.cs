using ClaimExtractor.Nlp.Names;
using ClaimExtractor.Nlp.Syntax;

namespace ClaimExtractor.Nlp.Tests.Learning;

/// <summary>
/// The committed models in <c>models/</c> score at least their measured test scores less a small margin on the
/// shared UD and UNER test splits (the scores in their manifests; raise a floor when a retrained model beats it).
/// </summary>
public class TrainedModelTests
{
    private static string Eval(params string[] parts) => RepositoryPaths.SharedData(["eval", .. parts]);

    [SharedEvalFact]
    public void The_tagger_tags_UD_English_EWT_test_at_its_measured_accuracy()
    {
        var tagger = PosTagger.Load(Path.Combine(RepositoryPaths.Models, "syntax", "pos-ewt.cxpm"));

        double accuracy = TaggerTraining.Accuracy(tagger, TaggerTraining.Sentences(Eval("ud-english-ewt", "en_ewt-ud-test.conllu")));

        Assert.True(accuracy >= 0.9590, $"UPOS accuracy {accuracy:0.0000} < 0.9590");
    }

    [SharedEvalTheory]
    [InlineData("gum", 0.66, 0.69, 0.55, 0.69)]
    [InlineData("uner", 0.62, 0.67, 0.39, 0.72)]
    public void The_recognizer_finds_names_in_the_test_splits_at_its_measured_F1(string set, double all, double loc, double org, double per)
    {
        var recognizer = Recognizer();
        var sentences = set == "gum"
            ? NameTraining.Gum(Eval("ud-english-gum", "en_gum-ccby-test.conllu"))
            : NameTraining.Uner(Eval("uner-english-ewt", "en_ewt-ud-test.iob2"));

        var score = NameTraining.Score(recognizer, sentences);

        Assert.True(score.Of(null).F1 >= all && score.Of("LOC").F1 >= loc && score.Of("ORG").F1 >= org && score.Of("PER").F1 >= per,
            $"{set} test below its floors (all {all}, LOC {loc}, ORG {org}, PER {per}):\n{score.Report()}");
    }

    internal static NameRecognizer Recognizer() => NameRecognizer.Load(
        Path.Combine(RepositoryPaths.Models, "entities", "ner-gum-uner.cxpm"),
        PosTagger.Load(Path.Combine(RepositoryPaths.Models, "syntax", "pos-ewt.cxpm")),
        new NameGazetteer(NlpModels.Load(RepositoryPaths.Models).Entities));
}
