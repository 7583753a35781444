using ClaimExtractor.Nlp.Learning;
using ClaimExtractor.Nlp.Syntax;

namespace ClaimExtractor.Nlp.Tests.Learning;

/// <summary>
/// WordNet's one-word forms give the tagger's rare and unseen words a class: read from a database folder laid out as
/// WordNet 3.0's (a small one written here, with the licence header lines its files start with).
/// </summary>
public class WordNetFormsTests
{
    private const string Header = "  1 This software and database is being provided to you, the LICENSEE, by\n";

    [Fact]
    public void Lemmas_their_regular_and_listed_inflections_and_capitalized_nouns_get_their_bits()
    {
        using var dir = WordNet();

        var forms = WordNetForms.Read(dir.Path);

        Assert.Equal(WordNetForms.Noun | WordNetForms.Verb, forms["walk"]);
        Assert.Equal(WordNetForms.Plural | WordNetForms.Inflected, forms["walks"]);
        Assert.Equal(WordNetForms.Inflected, forms["walked"]);
        Assert.Equal(WordNetForms.Inflected, forms["baking"]);
        Assert.Equal(WordNetForms.Inflected, forms["baked"]);
        Assert.Equal(WordNetForms.Plural, forms["cities"]);
        Assert.Equal(WordNetForms.Plural, forms["boxes"]);
        Assert.Equal(WordNetForms.Plural, forms["mice"]);
        Assert.Equal(WordNetForms.Inflected, forms["ran"]);
        Assert.Equal(WordNetForms.Adjective, forms["calm"]);
        Assert.Equal(WordNetForms.Adverb, forms["calmly"]);
        Assert.Equal(WordNetForms.Noun | WordNetForms.Capitalized, forms["paris"]);
        Assert.DoesNotContain("ice_cream", forms.Keys);
        Assert.DoesNotContain("Paris", forms.Keys);
    }

    [Fact]
    public void A_word_too_rare_in_training_for_a_tag_class_takes_its_WordNet_bits_and_a_frequent_one_keeps_its_tags()
    {
        using var dir = new TempDir();
        string[] tags = ["PROPN", "AUX", "VERB", "ADV"];
        string data = dir.Write("train.conllu", string.Concat(Enumerable.Range(0, 4).Select(_ =>
            string.Concat(new[] { "Anna", "is", "walking", "calmly" }.Select((w, i) => $"{i + 1}\t{w}\t_\t{tags[i]}\t_\t_\t0\t_\t_\t_\n")) + "\n")));
        var forms = new Dictionary<string, int> { ["calmly"] = WordNetForms.Adverb, ["quietly"] = WordNetForms.Adverb };

        var lexicon = TaggerTraining.Train([data], data, new TrainingOptions(Bits: 12, Epochs: 2), TextWriter.Null, forms).Model.Lexicon;

        Assert.Equal(WordNetForms.Adverb, lexicon["quietly"]);
        Assert.Equal(1 << Array.IndexOf(tags.Order(StringComparer.Ordinal).ToArray(), "ADV"), lexicon["calmly"] & 0xFFFFFF);
    }

    [Fact]
    public void Words_whose_hashes_collide_share_their_classes_instead_of_breaking_the_tagger()
    {
        // "glbvs" and "yacxa" have one FNV-1a hash: lexicons of WordNet's size can hold such a pair
        Assert.Equal(FeatureHash.Text("glbvs", normalize: false), FeatureHash.Text("yacxa", normalize: false));
        var features = new PosFeatures(new Dictionary<string, int> { ["glbvs"] = PosFeatures.Code(1, 0), ["yacxa"] = WordNetForms.Noun });
        var sentence = SentenceFeatures.Of(["yacxa"]);

        features.Prepare(sentence);

        Assert.Equal((uint)(1 | WordNetForms.Noun), sentence.Lexicon(0));
        Assert.False(features.UsuallyFixed(sentence, 0));
    }

    private static TempDir WordNet()
    {
        var dir = new TempDir();
        dir.Write("index.noun", Header + "ice_cream n 1 0 1 0 07614500\nwalk n 1 0 1 0 00290579\ncity n 1 0 1 0 08524735\nbox n 1 0 1 0 02883344\nmouse n 1 0 1 0 02330245\nparis n 1 0 1 0 08904173\n");
        dir.Write("index.verb", Header + "walk v 1 0 1 0 01904930\nbake v 1 0 1 0 01666131\nrun v 1 0 1 0 01926311\n");
        dir.Write("index.adj", Header + "calm a 1 0 1 0 00529657\n");
        dir.Write("index.adv", Header + "calmly r 1 0 1 0 00047392\n");
        dir.Write("noun.exc", "mice mouse\n");
        dir.Write("verb.exc", "ran run\n");
        dir.Write("data.noun", Header + "08904173 15 n 02 Paris 0 City_of_Light 0 000 | the capital of France\n07614500 13 n 01 ice_cream 0 000 | a frozen dessert\n");
        return dir;
    }
}
