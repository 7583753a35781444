using ClaimExtractor.Nlp.Corpora;

namespace ClaimExtractor.Nlp.Tests.Learning;

public class GumEntitiesTests
{
    // shaped like GUM: "the prominent critic Eduard Hanslick" is one person mention whose minimal span is the name (GUM
    // joins the name to "critic" by flat), "the United States" a place whose "United" is tagged ADJ, "his" a pronoun
    // mention of a named person
    private const string Sample = """
        # text = Then the prominent critic Eduard Hanslick met his friends in the United States.
        1	Then	then	ADV	RB	_	7	advmod	_	_
        2	the	the	DET	DT	_	4	det	_	Entity=(1-person-new-sssss-cf1-4,5-coref-Eduard_Hanslick
        3	prominent	prominent	ADJ	JJ	_	4	amod	_	_
        4	critic	critic	NOUN	NN	_	7	nsubj	_	_
        5	Eduard	Eduard	PROPN	NNP	_	4	flat	_	_
        6	Hanslick	Hanslick	PROPN	NNP	_	4	flat	_	Entity=1)
        7	met	meet	VERB	VBD	_	0	root	_	_
        8	his	his	PRON	PRP$	_	9	nmod:poss	_	Entity=(2-person-new-sssss-cf1-2-coref(1-person-giv-sssss-cf1-1-ana-Eduard_Hanslick)
        9	friends	friend	NOUN	NNS	_	7	obj	_	Entity=2)
        10	in	in	ADP	IN	_	13	case	_	_
        11	the	the	DET	DT	_	13	det	_	Entity=(3-place-new-sssss-cf1-2,3-sgl-United_States
        12	United	United	ADJ	NNP	_	13	amod	_	_
        13	States	States	PROPN	NNPS	_	7	obl	_	Entity=3)|SpaceAfter=No
        14	.	.	PUNCT	.	_	7	punct	_	_

        """;

    // GUM's person mention "NASA Administrator Charles Bolden" holds a title (nmod:desc) and a nested organization; "the
    // Americans" is a person mention headed by a plural proper noun, a group rather than a name
    private const string Titled = """
        # text = NASA Administrator Charles Bolden thanked the Americans.
        1	NASA	NASA	PROPN	NNP	Number=Sing	2	compound	_	Entity=(1-person-new-sssss-cf1-1,2,3,4-coref-Charles_Bolden(2-organization-new-sssss-cf2-1-coref-NASA)
        2	Administrator	Administrator	PROPN	NNP	Number=Sing	3	nmod:desc	_	_
        3	Charles	Charles	PROPN	NNP	Number=Sing	5	nsubj	_	_
        4	Bolden	Bolden	PROPN	NNP	Number=Sing	3	flat	_	Entity=1)
        5	thanked	thank	VERB	VBD	_	0	root	_	_
        6	the	the	DET	DT	_	7	det	_	Entity=(3-person-new-sssss-cf3-2-sgl
        7	Americans	American	PROPN	NNPS	Number=Plur	5	obj	_	Entity=3)|SpaceAfter=No
        8	.	.	PUNCT	.	_	5	punct	_	_

        """;

    [Fact]
    public void Named_mentions_become_BIO_spans_without_determiners_descriptions_or_pronouns()
    {
        using var dir = new TempDir();
        var sentence = ConlluReader.Read(dir.Write("gum.conllu", Sample)).Single();

        string[] labels = GumEntities.Labels(sentence);

        Assert.Equal(["O", "O", "O", "O", "B-PER", "I-PER", "O", "O", "O", "O", "O", "B-LOC", "I-LOC", "O"], labels);
    }

    [Fact]
    public void A_person_name_leaves_out_titles_before_it_so_a_nested_name_counts_and_plural_groups_are_no_names()
    {
        using var dir = new TempDir();
        var sentence = ConlluReader.Read(dir.Write("gum.conllu", Titled)).Single();

        string[] labels = GumEntities.Labels(sentence);

        Assert.Equal(["B-ORG", "O", "B-PER", "I-PER", "O", "O", "O", "O"], labels);
    }
}
