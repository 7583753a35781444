using ClaimExtractor.Nlp.Corpora;

namespace ClaimExtractor.Nlp.Tests.Learning;

public class ConlluReaderTests
{
    private const string Sample = """
        # newdoc id = d1
        # sent_id = 1
        # text = I don't know.
        1	I	I	PRON	PRP	_	3	nsubj	_	_
        2-3	don't	_	_	_	_	_	_	_	_
        2	do	do	AUX	VBP	_	4	aux	_	_
        3	n't	not	PART	RB	_	4	advmod	_	_
        4	know	know	VERB	VB	_	0	root	_	SpaceAfter=No
        4.1	knew	know	VERB	VBD	_	_	_	_	_
        5	.	.	PUNCT	.	_	4	punct	_	_

        # sent_id = 2
        # text = Fine
        1	Fine	fine	ADJ	JJ	_	0	root	_	_

        """;

    [Fact]
    public void A_multiword_token_is_one_surface_token_over_its_words_and_empty_nodes_are_skipped()
    {
        using var dir = new TempDir();
        var sentences = ConlluReader.Read(dir.Write("a.conllu", Sample)).ToList();

        Assert.Equal(2, sentences.Count);
        var first = sentences[0];
        Assert.Equal("I don't know.", first.Text);
        Assert.Equal(["I", "do", "n't", "know", "."], first.Words.Select(w => w.Form));
        Assert.Equal(["PRON", "AUX", "PART", "VERB", "PUNCT"], first.Words.Select(w => w.Upos));
        Assert.Equal([3, 4, 4, 0, 4], first.Words.Select(w => w.Head));
        Assert.Equal([new SurfaceToken("I", true), new SurfaceToken("don't", true), new SurfaceToken("know", false), new SurfaceToken(".", true)], first.Surface);
        Assert.True(first.NewDocument);
        Assert.False(sentences[1].NewParagraph);
    }

    [Fact]
    public void A_line_with_too_few_columns_names_the_file_and_line()
    {
        using var dir = new TempDir();
        string path = dir.Write("bad.conllu", "# text = x\n1\tx\tx\n");

        var error = Assert.Throws<InvalidDataException>(() => ConlluReader.Read(path).ToList());

        Assert.Contains("bad.conllu:2", error.Message, StringComparison.Ordinal);
    }
}
