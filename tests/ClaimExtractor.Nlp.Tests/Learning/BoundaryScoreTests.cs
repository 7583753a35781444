using ClaimExtractor.Nlp.Corpora;
using ClaimExtractor.Nlp.Tests.Support;
using ClaimExtractor.Nlp.Text;

namespace ClaimExtractor.Nlp.Tests.Learning;

/// <summary>
/// Our tokenizer and sentence splitter against UD's gold boundaries on the EWT and GUM test splits, with floors at
/// the measured scores less a small margin (raise them when the tokenizer improves). Measured 2026-11-21: EWT test
/// token F1 0.927, sentence F1 0.689 (web text: many sentences end without punctuation on the same line); GUM test
/// token F1 0.979, sentence F1 0.931.
/// </summary>
public class BoundaryScoreTests
{
    [SharedEvalTheory]
    [InlineData("ud-english-ewt/en_ewt-ud-test.conllu", 0.922, 0.680)]
    [InlineData("ud-english-gum/en_gum-ccby-test.conllu", 0.975, 0.920)]
    public void The_tokenizer_finds_UD_token_and_sentence_boundaries_at_its_measured_F1(string file, double tokenFloor, double sentenceFloor)
    {
        var score = BoundaryScore.Of(ConlluReader.Read(RepositoryPaths.SharedData(["eval", .. file.Split('/')])), new Tokenizer(Shared.Models.Abbreviations, NlpLimits.Default));

        Assert.True(score.TokenF1 >= tokenFloor && score.SentenceF1 >= sentenceFloor,
            $"{file}: token F1 {score.TokenF1:0.0000} (floor {tokenFloor}), sentence F1 {score.SentenceF1:0.0000} (floor {sentenceFloor}); {score}");
    }

    [Fact]
    public void A_tokenizer_that_splits_like_UD_scores_one()
    {
        using var dir = new TempDir();
        string path = dir.Write("t.conllu", """
            # newdoc id = a
            # text = Prices rose 4%.
            1	Prices	_	NOUN	_	_	0	_	_	_
            2	rose	_	VERB	_	_	0	_	_	_
            3	4	_	NUM	_	_	0	_	_	SpaceAfter=No
            4	%	_	SYM	_	_	0	_	_	SpaceAfter=No
            5	.	_	PUNCT	_	_	0	_	_	_

            # text = Good.
            1	Good	_	ADJ	_	_	0	_	_	SpaceAfter=No
            2	.	_	PUNCT	_	_	0	_	_	_

            """);

        var score = BoundaryScore.Of(ConlluReader.Read(path), new Tokenizer(Shared.Models.Abbreviations, NlpLimits.Default));

        Assert.Equal(new BoundaryScore(7, 7, 7, 2, 2, 2), score);
    }
}
