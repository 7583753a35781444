using ClaimExtractor.Nlp.Corpora;
using ClaimExtractor.Nlp.Learning;
using ClaimExtractor.Nlp.Syntax;

namespace ClaimExtractor.Nlp.Tests.Learning;

public class PerceptronTests
{
    // A tiny treebank where the tag follows from the word's ending and its left neighbour, so a tagger that learns
    // must tag words it never saw: "-ly" adverbs, "-ing" verbs after "is", capitalized names.
    private static readonly string[][] TrainWords =
    [
        ["Anna", "is", "walking", "slowly"], ["Boris", "is", "reading", "quietly"], ["Carla", "is", "singing", "loudly"],
        ["Dmitri", "is", "eating", "quickly"], ["Elena", "is", "writing", "neatly"], ["Farid", "is", "running", "badly"],
    ];

    private static readonly string[][] TrainTags = [.. TrainWords.Select(_ => new[] { "PROPN", "AUX", "VERB", "ADV" })];

    [Fact]
    public void The_tagger_learns_affix_and_context_features_that_carry_to_unseen_words()
    {
        var tagger = Train();

        Assert.Equal(["PROPN", "AUX", "VERB", "ADV"], tagger.Tag(["Gustav", "is", "swimming", "happily"]));
    }

    [Fact]
    public void Mistakes_are_counted_by_the_right_tag_and_the_tag_given_most_frequent_first()
    {
        var tagger = Train();
        LabeledSentence[] gold =
        [
            new(["Gustav", "is", "swimming", "happily"], ["NOUN", "AUX", "VERB", "ADJ"]),
            new(["Hana", "is", "eating", "slowly"], ["NOUN", "AUX", "VERB", "ADV"]),
        ];

        var confusions = TaggerTraining.Confusions(tagger, gold);

        Assert.Equal([("NOUN", "PROPN", 2), ("ADJ", "ADV", 1)], confusions);
        Assert.Equal(5.0 / 8, TaggerTraining.Accuracy(tagger, gold));
    }

    [Fact]
    public void A_saved_model_loads_back_with_the_same_labels_lexicon_and_predictions()
    {
        using var dir = new TempDir();
        var tagger = Train();
        string path = dir.File("pos.cxpm");

        tagger.Model.Save(path);
        var loaded = PosTagger.Load(path);

        Assert.Equal(tagger.Tags, loaded.Tags);
        Assert.Equal(tagger.Model.Lexicon.OrderBy(p => p.Key, StringComparer.Ordinal), loaded.Model.Lexicon.OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Equal(tagger.Model.NonZeroWeights, loaded.Model.NonZeroWeights);
        string[] words = ["Hana", "is", "eating", "slowly", "Boris"];
        Assert.Equal(tagger.Tag(words), loaded.Tag(words));
    }

    [Fact]
    public void Training_twice_on_the_same_data_writes_the_same_bytes()
    {
        using var dir = new TempDir();
        Train().Model.Save(dir.File("a.cxpm"));
        Train().Model.Save(dir.File("b.cxpm"));

        Assert.Equal(File.ReadAllBytes(dir.File("a.cxpm")), File.ReadAllBytes(dir.File("b.cxpm")));
    }

    [Fact]
    public void A_model_of_another_kind_or_not_a_model_is_refused_with_the_file_named()
    {
        using var dir = new TempDir();
        string model = dir.File("pos.cxpm");
        Train().Model.Save(model);
        string junk = dir.Write("junk.cxpm", "not a model");

        var wrongKind = Assert.Throws<InvalidDataException>(() => PerceptronModel.Load(model, "ner/1"));
        var notModel = Assert.Throws<InvalidDataException>(() => PerceptronModel.Load(junk, "pos/3"));

        Assert.Contains("pos.cxpm", wrongKind.Message, StringComparison.Ordinal);
        Assert.Contains("junk.cxpm", notModel.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Feature_hashes_are_fixed_values_so_models_load_on_any_platform()
    {
        // FNV-1a over the UTF-16 code units of "ab", one unit a step, from the offset basis 2166136261
        uint expected = 2166136261;
        foreach (char c in "ab")
        {
            expected = (expected ^ c) * 16777619;
        }

        Assert.Equal(expected, FeatureHash.Text("ab", normalize: false));
        Assert.Equal(FeatureHash.Text("abc0", normalize: false), FeatureHash.Text("ABC7", normalize: true));

        // one MurmurHash3 round (x86_32 body) folds 2 into 1
        Assert.Equal(2001329867u, FeatureHash.Mix(1, 2));
    }

    [Fact]
    public void The_second_pass_tags_a_word_by_the_first_pass_tag_of_the_word_after_it()
    {
        // "a" takes the tag of "b", which follows from the last word ("dog" or "run"): three words after "a", out of its
        // sight, but in sight of "b", so only a pass that reads the tag the first pass gave "b" can tag "a"
        string[][] words = [.. Enumerable.Range(0, 64).Select(k => new[] { "a", "b", "c", k % 2 == 0 ? "dog" : "run" })];
        string[][] tags = [.. Enumerable.Range(0, 64).Select(k => k % 2 == 0 ? new[] { "NOUN", "NOUN", "ADP", "NOUN" } : ["VERB", "VERB", "ADP", "VERB"])];
        using var dir = new TempDir();
        string data = dir.Write("train.conllu", Conllu(words, tags));

        var tagger = TaggerTraining.Train([data], data, new TrainingOptions(Bits: 12, Epochs: 10), TextWriter.Null);

        Assert.Equal(tags.Select(t => t[0]), words.Select(w => tagger.Tag(w)[0]));
    }

    [Fact]
    public void The_first_pass_tags_right_to_left_so_a_tag_follows_from_a_word_five_places_after_it()
    {
        // every word takes the tag of the last ("dog" or "run"): only a pass that reads the tags it chose for the words
        // after each, one by one back from the last, reaches the first; a first pass left to right has no tag to its
        // right, and the second pass then reads its guesses for the two words after the first, which saw no further
        string[][] words = [.. Enumerable.Range(0, 64).Select(k => new[] { "a", "b", "c", "d", "e", k % 2 == 0 ? "dog" : "run" })];
        string[][] tags = [.. Enumerable.Range(0, 64).Select(k => Enumerable.Repeat(k % 2 == 0 ? "NOUN" : "VERB", 6).ToArray())];
        using var dir = new TempDir();
        string data = dir.Write("train.conllu", Conllu(words, tags));

        var tagger = TaggerTraining.Train([data], data, new TrainingOptions(Bits: 12, Epochs: 10), TextWriter.Null);

        Assert.Equal(tags.Select(t => t[0]), words.Select(w => tagger.Tag(w)[0]));
    }

    [Fact]
    public void Several_runs_make_the_mean_of_the_models_their_seeds_train()
    {
        using var dir = new TempDir();
        Train(new TrainingOptions(Bits: 12, Epochs: 5, Runs: 2)).Model.Save(dir.File("runs.cxpm"));
        PerceptronModel.Mean([Train(new TrainingOptions(Bits: 12, Epochs: 5, Seed: 1)).Model, Train(new TrainingOptions(Bits: 12, Epochs: 5, Seed: 2)).Model])
            .Save(dir.File("mean.cxpm"));
        var one = Train().Model;
        PerceptronModel.Mean([one, one]).Save(dir.File("same.cxpm"));
        one.Save(dir.File("one.cxpm"));

        Assert.Equal(File.ReadAllBytes(dir.File("mean.cxpm")), File.ReadAllBytes(dir.File("runs.cxpm")));
        Assert.Equal(File.ReadAllBytes(dir.File("one.cxpm")), File.ReadAllBytes(dir.File("same.cxpm")));
        Assert.NotEqual(File.ReadAllBytes(dir.File("one.cxpm")), File.ReadAllBytes(dir.File("runs.cxpm")));
    }

    private static PosTagger Train(TrainingOptions? options = null)
    {
        using var dir = new TempDir();
        string train = dir.Write("train.conllu", Conllu(TrainWords, TrainTags));
        string dev = dir.Write("dev.conllu", Conllu([["Ivan", "is", "baking", "calmly"]], [["PROPN", "AUX", "VERB", "ADV"]]));
        return TaggerTraining.Train([train], dev, options ?? new TrainingOptions(Bits: 12, Epochs: 5), TextWriter.Null);
    }

    private static string Conllu(string[][] words, string[][] tags) => string.Concat(words.Select((sentence, s) =>
        string.Concat(sentence.Select((w, i) => $"{i + 1}\t{w}\t_\t{tags[s][i]}\t_\t_\t0\t_\t_\t_\n")) + "\n"));

    [Fact]
    public void Labeled_sentences_read_from_CoNLL_U_pair_each_word_with_its_universal_tag()
    {
        using var dir = new TempDir();
        var sentence = TaggerTraining.Sentences(dir.Write("t.conllu", Conllu([["Anna", "is"]], [["PROPN", "AUX"]]))).Single();

        Assert.Equal(new LabeledSentence(["Anna", "is"], ["PROPN", "AUX"]).Labels, sentence.Labels);
    }
}
