using ClaimExtractor.Nlp.Corpora;
using ClaimExtractor.Nlp.Names;

namespace ClaimExtractor.Nlp.Tests.Learning;

public class EntityScoreTests
{
    [Fact]
    public void A_name_counts_only_when_its_span_and_type_both_match()
    {
        var score = new EntityScore();
        string[] gold = ["B-PER", "I-PER", "O", "B-LOC", "O", "B-ORG"];
        string[] found = ["B-PER", "O", "O", "B-LOC", "O", "B-LOC"];

        score.Add(gold, found);

        Assert.Equal((1.0 / 3, 1.0 / 3), (score.Of(null).Precision, score.Of(null).Recall));
        Assert.Equal(1.0, score.Of("LOC").Recall);
        Assert.Equal(0.5, score.Of("LOC").Precision);
        Assert.Equal(0.0, score.Of("PER").F1);
    }

    [Fact]
    public void An_inside_label_without_a_beginning_opens_a_name_as_conlleval_does()
    {
        Assert.Equal([(0, 2, "ORG"), (2, 3, "PER")], EntityLabels.Spans(["I-ORG", "I-ORG", "I-PER", "O"]));
    }
}
