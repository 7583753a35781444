using ClaimExtractor.Nlp.Learning;
using ClaimExtractor.Nlp.Names;
using ClaimExtractor.Nlp.Syntax;

namespace ClaimExtractor.Nlp.Tests.Learning;

public class NameFeaturesTests
{
    private static readonly Lazy<NameFeatures> Features = new(() => new NameFeatures(
        PosTagger.Load(Path.Combine(RepositoryPaths.Models, "syntax", "pos-ewt.cxpm")),
        new NameGazetteer(NlpModels.Load(RepositoryPaths.Models).Entities),
        new NameClasses(TrainedModelTests.Recognizer().Model.Lexicon)));

    private static readonly string[] Words = ["Shares", "of", "Acme", "rose", "as", "Tomasz", "Wielgosz", "said", "."];

    [Fact]
    public void Lower_case_words_that_no_name_starts_with_skip_the_model_after_a_word_outside_names()
    {
        var sentence = Prepared();
        var outside = new int[Words.Length];

        var skipped = Enumerable.Range(0, Words.Length).Where(i => Features.Value.FixedLabel(sentence, i, outside) == 0).Select(i => Words[i]);

        Assert.Equal(["of", "rose", "as", "said", "."], skipped);
    }

    [Fact]
    public void A_lower_case_noun_outside_the_lexicons_skips_the_model_after_a_word_outside_names()
    {
        var sentence = Prepared(["Acme", "raised", "prices", "."]);

        Assert.Equal(0, Features.Value.FixedLabel(sentence, 2, new int[4]));
    }

    [Fact]
    public void A_lower_case_word_after_a_name_is_still_scored()
    {
        // "Bank of England": the word after a name may continue it
        var sentence = Prepared();
        var labels = new int[Words.Length];
        labels[0] = 3;

        Assert.Equal(-1, Features.Value.FixedLabel(sentence, 1, labels));
    }

    [Theory]
    [InlineData("Prices rose sharply last year .", true)]
    [InlineData("Shares of Acme rose .", false)]
    [InlineData("i moved to boston last year .", false)]
    [InlineData("the american economy slowed .", false)]
    public void Only_a_sentence_without_capitalized_words_proper_nouns_or_lexicon_hits_is_left_unscored(string text, bool unscored)
    {
        // "boston": the tagger calls it a proper noun; "american": a demonym in the lexicon, written lower case
        var sentence = Prepared(text.Split(' '));

        Assert.Equal(unscored, Features.Value.NothingToLabel(sentence));
    }

    private static SentenceFeatures Prepared(string[]? words = null)
    {
        var sentence = SentenceFeatures.Of(words ?? Words);
        Features.Value.Prepare(sentence);
        return sentence;
    }
}
