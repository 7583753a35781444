namespace ClaimExtractor.Nlp.Learning;

/// <summary>
/// The features of one greedy left-to-right labeller: what it looks at for word <c>i</c> given the labels already
/// chosen for the words before it. Training and tagging call the same method, so they cannot drift apart.
/// </summary>
public abstract class FeatureTemplates
{
    /// <summary>The most features <see cref="Extract"/> writes for one word.</summary>
    public abstract int MaxFeatures { get; }

    /// <summary>Writes the features of word <paramref name="i"/> into <paramref name="into"/> and returns how many.</summary>
    public abstract int Extract(SentenceFeatures sentence, int i, ReadOnlySpan<int> labels, Span<uint> into);

    /// <summary>The label to keep when the model picks <paramref name="label"/> after <paramref name="previous"/> (-1 at the start); by default, the pick.</summary>
    public virtual int Constrain(int previous, int label) => label;

    /// <summary>Adds what the features need beyond the words (lexicon codes, earlier labellers' tags); called once per sentence before labelling.</summary>
    public virtual void Prepare(SentenceFeatures sentence)
    {
    }

    /// <summary>
    /// The label word <paramref name="i"/> gets without scoring (a frequent unambiguous word), given the labels of the words
    /// before it, or -1 to let the model choose.
    /// </summary>
    public virtual int FixedLabel(SentenceFeatures sentence, int i, ReadOnlySpan<int> labels) => -1;

    /// <summary>
    /// Whether training still scores and learns from the words <see cref="FixedLabel"/> fixes: true when the rule only
    /// saves time when labelling, so the model's weights see every word as before.
    /// </summary>
    public virtual bool TrainsFixedWords => false;

    /// <summary>Labels every word of <paramref name="sentence"/> greedily with <paramref name="scorer"/>.</summary>
    public void Decode(ILinearScorer scorer, SentenceFeatures sentence, Span<int> labels)
    {
        ArgumentNullException.ThrowIfNull(scorer);
        ArgumentNullException.ThrowIfNull(sentence);
        Prepare(sentence);
        Span<uint> features = stackalloc uint[MaxFeatures];
        for (int i = 0; i < sentence.Count; i++)
        {
            int label = FixedLabel(sentence, i, labels);
            if (label < 0)
            {
                int n = Extract(sentence, i, labels, features);
                label = Constrain(i > 0 ? labels[i - 1] : -1, scorer.Best(features[..n]));
            }

            labels[i] = label;
        }
    }
}
