using ClaimExtractor.Nlp.Corpora;

namespace ClaimExtractor.Nlp.Tests.Learning;

public class GumEntitiesTests
{
    // shaped like GUM: "the prominent critic Eduard Hanslick" is one person mention whose minimal span is the name,
    // "the United States" a place whose "United" is tagged ADJ, "his" a pronoun mention of a named person
    private const string Sample = """
        # text = Then the prominent critic Eduard Hanslick met his friends in the United States.
        1	Then	then	ADV	RB	_	0	root	_	_
        2	the	the	DET	DT	_	0	root	_	Entity=(1-person-new-sssss-cf1-4,5-coref-Eduard_Hanslick
        3	prominent	prominent	ADJ	JJ	_	0	root	_	_
        4	critic	critic	NOUN	NN	_	0	root	_	_
        5	Eduard	Eduard	PROPN	NNP	_	0	root	_	_
        6	Hanslick	Hanslick	PROPN	NNP	_	0	root	_	Entity=1)
        7	met	meet	VERB	VBD	_	0	root	_	_
        8	his	his	PRON	PRP$	_	0	root	_	Entity=(2-person-new-sssss-cf1-2-coref(1-person-giv-sssss-cf1-1-ana-Eduard_Hanslick)
        9	friends	friend	NOUN	NNS	_	0	root	_	Entity=2)
        10	in	in	ADP	IN	_	0	root	_	_
        11	the	the	DET	DT	_	0	root	_	Entity=(3-place-new-sssss-cf1-2,3-sgl-United_States
        12	United	United	ADJ	NNP	_	0	root	_	_
        13	States	States	PROPN	NNPS	_	0	root	_	Entity=3)|SpaceAfter=No
        14	.	.	PUNCT	.	_	0	root	_	_

        """;

    [Fact]
    public void Named_mentions_become_BIO_spans_without_determiners_descriptions_or_pronouns()
    {
        using var dir = new TempDir();
        var sentence = ConlluReader.Read(dir.Write("gum.conllu", Sample)).Single();

        string[] labels = GumEntities.Labels(sentence);

        Assert.Equal(["O", "O", "O", "O", "B-PER", "I-PER", "O", "O", "O", "O", "O", "B-LOC", "I-LOC", "O"], labels);
    }
}
